package personio.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.json.JSONObject;
import org.junit.jupiter.api.Test;

class DayBodiesTest {

    static final LocalDate DAY = LocalDate.of(2026, 10, 13);
    static final String DAY_ID = "f2245f74-1f7f-4cab-a4c5-41cdafc700ab";

    static Set<String> refusedFields(Runnable parse) {
        Refusal refusal = assertThrows(Refusal.class, parse::run);
        assertEquals(400, refusal.reply().status());
        JSONObject answer = new JSONObject(refusal.reply().body());
        assertFalse(answer.getBoolean("success"));
        assertEquals(400, answer.getJSONObject("error").get("code"));
        return answer.getJSONObject("error").getJSONObject("error_data").keySet();
    }

    @Test
    void readsTheSeedsValidateBody() {
        DayRequest request = DayBodies.validation(Bodies.validate(DAY_ID, Bodies.validateDay(DAY)).toString(),
                Bodies.EMPLOYEE);

        assertEquals(DAY_ID, request.dayId());
        assertEquals(List.of("work", "break", "work"), request.periods().stream().map(RequestedPeriod::type)
                .toList());
        assertEquals(DAY.atTime(8, 0), request.periods().get(0).start());
        assertNull(request.periods().get(0).projectId());
    }

    @Test
    void readsTheSaveBodyOfTheProtocol() {
        DayRequest request = DayBodies.save(DAY_ID, Bodies.save(Bodies.saveDay(DAY)).toString(), Bodies.EMPLOYEE);

        assertEquals(3, request.periods().size());
        assertEquals(DAY.atTime(17, 0), request.periods().get(2).end());
    }

    @Test
    void validateRefusesATAndSaveRefusesASpace() {
        JSONObject validatePeriod = Bodies.validatePeriod(DAY, "work", "08:00", "12:00")
                .put("start", DAY + "T08:00:00");
        JSONObject savePeriod = Bodies.savePeriod(DAY, "work", "08:00", "12:00").put("end", DAY + " 12:00:00");

        assertEquals(Set.of("periods[0].start"), refusedFields(() -> DayBodies.validation(
                Bodies.validate(DAY_ID, validatePeriod).toString(), Bodies.EMPLOYEE)));
        assertEquals(Set.of("periods[0].end"), refusedFields(() -> DayBodies.save(DAY_ID,
                Bodies.save(savePeriod).toString(), Bodies.EMPLOYEE)));
    }

    @Test
    void refusesAnImpossibleTimeInTheRightFormat() {
        JSONObject period = Bodies.validatePeriod(DAY, "work", "08:00", "12:00").put("end", DAY + " 25:00:00");

        assertEquals(Set.of("periods[0].end"), refusedFields(() -> DayBodies.validation(
                Bodies.validate(DAY_ID, period).toString(), Bodies.EMPLOYEE)));
    }

    @Test
    void refusesAnotherEmployeeANumberInQuotesAndAMissingOne() {
        String other = Bodies.validate(DAY_ID, Bodies.validateDay(DAY)).put("employee_id", 42).toString();
        String quoted = Bodies.validate(DAY_ID, Bodies.validateDay(DAY)).put("employee_id", "13011272").toString();
        JSONObject missing = Bodies.validate(DAY_ID, Bodies.validateDay(DAY));
        missing.remove("employee_id");

        assertEquals(Set.of("employee_id"), refusedFields(() -> DayBodies.validation(other, Bodies.EMPLOYEE)));
        assertEquals(Set.of("employee_id"), refusedFields(() -> DayBodies.validation(quoted, Bodies.EMPLOYEE)));
        assertEquals(Set.of("employee_id"), refusedFields(() -> DayBodies.validation(missing.toString(),
                Bodies.EMPLOYEE)));
    }

    @Test
    void refusesAnUnknownPeriodTypeAndANonStringComment() {
        JSONObject period = Bodies.validatePeriod(DAY, "lunch", "08:00", "12:00").put("comment", 5);

        assertEquals(Set.of("periods[0].period_type", "periods[0].comment"), refusedFields(() -> DayBodies.validation(
                Bodies.validate(DAY_ID, period).toString(), Bodies.EMPLOYEE)));
    }

    @Test
    void refusesLenientJson() {
        assertEquals(Set.of("body"), refusedFields(() -> DayBodies.validation("{'attendance_day_id': 'x'}",
                Bodies.EMPLOYEE)));
        assertEquals(Set.of("body"), refusedFields(() -> DayBodies.validation("", Bodies.EMPLOYEE)));
    }

    @Test
    void keepsANumericProjectIdForTheRulesToJudge() {
        JSONObject period = Bodies.validatePeriod(DAY, "work", "08:00", "12:00").put("project_id", 1001);

        DayRequest request = DayBodies.validation(Bodies.validate(DAY_ID, period).toString(), Bodies.EMPLOYEE);

        assertEquals(1001, request.periods().get(0).projectId());
    }
}
