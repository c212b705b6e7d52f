package attendance.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import attendance.settings.Settings;
import attendance.settings.SettingsCodec;
import attendance.settings.Violation;
import attendance.settings.ViolationCode;
import attendance.settings.Zones;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.json.JSONArray;
import org.json.JSONObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CompanyValuesTest {
    private static final Set<String> ZONES = ZoneId.getAvailableZoneIds();

    @BeforeEach
    void knowTheJvmsZones() {
        Zones.use(ZONES::contains);
    }

    @AfterEach
    void forgetThem() {
        Zones.use(zone -> true);
    }

    private static JSONObject company() {
        return new JSONObject().put("timezone", "Mars/Olympus_Mons").put("comment", "x".repeat(600))
                .put("project_id", "1001").put("through_today", false)
                .put("locked", new JSONArray().put("timezone").put("comment").put("project_id"));
    }

    @Test
    void anUnknownZoneAndATooLongCommentAreIgnoredAndTheRestApplies() {
        JSONObject usable = CompanyValues.usable(company());
        assertEquals(Set.of("project_id", "through_today", "locked"), usable.keySet());
        Settings settings = SettingsCodec.parse(SettingsCodec.layered(null, usable)).settings();
        assertEquals("1001", settings.projectId());
        assertEquals(Settings.DEFAULT_TIMEZONE, settings.timezone());
        assertNull(settings.comment());
        assertEquals(List.of("project_id"), SettingsCodec.locked(usable), "an ignored value locks nothing");
    }

    @Test
    void eachIgnoredValueIsNamedByItsKeyWithWhy() {
        List<Violation> ignored = CompanyValues.ignored(company());
        assertEquals(List.of(new Violation("comment", ViolationCode.COMMENT_TOO_LONG, List.of("500")),
                new Violation("timezone", ViolationCode.BAD_TIMEZONE, List.of("Mars/Olympus_Mons"))), ignored);
    }

    @Test
    void aScheduleThatBreaksTheWorkingTimeRulesIsIgnoredWhole() {
        JSONObject day = new JSONObject().put("start", "07:00").put("end", "19:00").put("breaks", new JSONArray());
        JSONObject company = new JSONObject().put("schedule", new JSONObject().put("monday", day))
                .put("comment", "ok");
        assertEquals(Set.of("comment"), CompanyValues.usable(company).keySet());
        assertTrue(CompanyValues.ignored(company).stream().allMatch(v -> v.field().equals("schedule")));
        assertTrue(!CompanyValues.ignored(company).isEmpty());
    }

    @Test
    void goodValuesAreAllKeptAndNothingIsIgnored() {
        JSONObject company = new JSONObject().put("timezone", "Europe/Vienna").put("comment", "ACME")
                .put("locked", new JSONArray().put("timezone"));
        assertTrue(company.similar(CompanyValues.usable(company)));
        assertTrue(CompanyValues.ignored(company).isEmpty());
        assertNull(CompanyValues.usable("not an object"));
    }

    @Test
    void aCompanyMayKeepTheAutopilotOffButNotSwitchItOn() {
        JSONObject on = new JSONObject().put("autopilot", true).put("locked", new JSONArray().put("autopilot"));
        assertEquals(Set.of("locked"), CompanyValues.usable(on).keySet());
        assertEquals(List.of(new Violation("autopilot", ViolationCode.AUTOPILOT_NOT_BY_COMPANY, List.of())),
                CompanyValues.ignored(on));
        JSONObject off = new JSONObject().put("autopilot", false).put("locked", new JSONArray().put("autopilot"));
        assertEquals(List.of("autopilot"), SettingsCodec.locked(CompanyValues.usable(off)));
        Settings mine = SettingsCodec.parse(SettingsCodec.layered(new JSONObject().put("autopilot", true),
                CompanyValues.usable(off))).settings();
        assertFalse(mine.autopilot().on(), "a lock keeps it off whatever the user stored");
    }
}
