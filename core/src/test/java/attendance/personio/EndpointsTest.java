package attendance.personio;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class EndpointsTest {
    @Test
    void theTimesheetPathEncodesTheZone() {
        assertEquals("/svc/attendance-bff/v1/timesheet/13011272?start_date=2025-11-01&end_date=2025-11-30"
                + "&timezone=Europe%2FBerlin", Endpoints.timesheet(13011272L, LocalDate.of(2025, 11, 1),
                        LocalDate.of(2025, 11, 30), "Europe/Berlin"));
    }

    @Test
    void aDayIdCannotEscapeItsPath() {
        assertEquals("/svc/attendance-api/v1/days/f2245f74-1f7f", Endpoints.day("f2245f74-1f7f"));
        assertEquals("/svc/attendance-api/v1/days/..%2Fx%3Fa%3D1", Endpoints.day("../x?a=1"));
    }

    @Test
    void encodesEachByteOfTheUtf8AsJavasEncoderMakesIt() {
        for (String value : List.of("Europe/Berlin", "a b+c", "Zürich", "€", "日本", "\uD83D\uDE00", "\uD800",
                "x\uDC00y", "~-_.", "\u0000\u007f\u0080\u07ff\u0800\uffff")) {
            StringBuilder expected = new StringBuilder();
            for (byte raw : value.getBytes(StandardCharsets.UTF_8)) {
                int b = raw & 0xff;
                boolean unreserved = Character.isLetterOrDigit(b) && b < 0x80 || "-_.~".indexOf(b) >= 0;
                expected.append(unreserved ? String.valueOf((char) b) : String.format("%%%02X", b));
            }
            assertEquals(expected.toString(), Endpoints.encode(value), value);
        }
    }
}
