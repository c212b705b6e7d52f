package attendance.personio;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
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
}
