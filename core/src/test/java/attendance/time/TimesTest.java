package attendance.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class TimesTest {
    @Test
    void readsPersonioDateTimesWithTOrSpace() {
        LocalDateTime expected = LocalDateTime.of(2025, 11, 4, 8, 0, 0);
        assertEquals(expected, Times.dateTime("2025-11-04T08:00:00"));
        assertEquals(expected, Times.dateTime("2025-11-04 08:00:00"));
        assertEquals(expected, Times.dateTime("2025-11-04T08:00"));
    }

    @Test
    void refusesImpossibleValues() {
        assertNull(Times.date("2025-13-01"));
        assertNull(Times.date("2025-02-30"));
        assertNull(Times.date("25-11-04"));
        assertNull(Times.time("24:00"));
        assertNull(Times.time("8:00"));
        assertNull(Times.dateTime("2025-11-04X08:00:00"));
        assertNull(Times.month("2025-1"));
    }

    @Test
    void writesFixedWidthText() {
        assertEquals("2025-11-04 08:05:00", Times.format(LocalDateTime.of(2025, 11, 4, 8, 5), ' '));
        assertEquals("2025-11-04T08:05:00", Times.format(LocalDateTime.of(2025, 11, 4, 8, 5), 'T'));
        assertEquals("07:30", Times.format(LocalTime.of(7, 30)));
        assertEquals("2026-01", Times.format(YearMonth.of(2026, 1)));
        assertEquals("2026-01-02", Times.format(LocalDate.of(2026, 1, 2)));
        assertEquals("PT601M", Times.duration(601), "a raw ISO 8601 duration, which the pages write");
    }
}
