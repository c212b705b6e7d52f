package attendance.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import attendance.importing.CsvTimes.Order;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTimesTest {
    private static final LocalDate NOV_3 = LocalDate.of(2025, 11, 3);

    @Test
    void yearFirstAndDayFirstWithDotsNeedNoOrder() {
        assertEquals(NOV_3, CsvTimes.date("2025-11-03", Order.UNKNOWN));
        assertEquals(NOV_3, CsvTimes.date("2025/11/03", Order.UNKNOWN));
        assertEquals(NOV_3, CsvTimes.date("03.11.2025", Order.UNKNOWN));
        assertEquals(NOV_3, CsvTimes.date("3.11.2025", Order.MONTH_FIRST));
    }

    @Test
    void slashesAndDashesWithTheYearLastFollowTheFilesOrder() {
        assertEquals(NOV_3, CsvTimes.date("11/03/2025", Order.MONTH_FIRST));
        assertEquals(NOV_3, CsvTimes.date("03/11/2025", Order.DAY_FIRST));
        assertEquals(NOV_3, CsvTimes.date("03-11-2025", Order.DAY_FIRST));
    }

    @Test
    void aNumberOver12IsADayWhateverTheOrder() {
        assertEquals(LocalDate.of(2025, 11, 13), CsvTimes.date("11/13/2025", Order.UNKNOWN));
        assertEquals(LocalDate.of(2025, 11, 13), CsvTimes.date("13/11/2025", Order.UNKNOWN));
    }

    @Test
    void withoutAnOrderBothNumbersUpTo12AreAmbiguousUnlessTheyAreEqual() {
        assertTrue(CsvTimes.ambiguous("11/03/2025", Order.UNKNOWN));
        assertNull(CsvTimes.date("11/03/2025", Order.UNKNOWN));
        assertFalse(CsvTimes.ambiguous("05/05/2025", Order.UNKNOWN));
        assertEquals(LocalDate.of(2025, 5, 5), CsvTimes.date("05/05/2025", Order.UNKNOWN));
        assertFalse(CsvTimes.ambiguous("11/03/2025", Order.MONTH_FIRST));
        assertFalse(CsvTimes.ambiguous("03.11.2025", Order.UNKNOWN));
    }

    @Test
    void theFilesDatesSettleTheOrderOnlyWhenTheyPointOneWay() {
        assertEquals(Order.DAY_FIRST, CsvTimes.order(List.of("03/11/2025", "17/11/2025")));
        assertEquals(Order.MONTH_FIRST, CsvTimes.order(List.of("11/03/2025", "11/17/2025")));
        assertEquals(Order.UNKNOWN, CsvTimes.order(List.of("11/03/2025", "11/04/2025")));
        assertEquals(Order.UNKNOWN, CsvTimes.order(List.of("11/17/2025", "17/11/2025")));
        assertEquals(Order.UNKNOWN, CsvTimes.order(List.of("2025-11-17", "17.11.2025")));
    }

    @Test
    void aTwoDigitYearIsThisCentury() {
        assertEquals(LocalDate.of(2025, 11, 3), CsvTimes.date("03/11/25", Order.DAY_FIRST));
        assertEquals(LocalDate.of(2022, 7, 27), CsvTimes.date("7/27/22", Order.UNKNOWN));
        assertEquals(LocalDate.of(2022, 1, 14), CsvTimes.date("14.01.22", Order.UNKNOWN));
    }

    @Test
    void whatIsNoDateIsNull() {
        assertNull(CsvTimes.date("2025-13-01", Order.UNKNOWN));
        assertNull(CsvTimes.date("31.11.2025", Order.UNKNOWN));
        assertNull(CsvTimes.date("2025-11", Order.UNKNOWN));
        assertNull(CsvTimes.date("03/11/025", Order.DAY_FIRST));
        assertNull(CsvTimes.date("2025.11.03", Order.UNKNOWN));
        assertNull(CsvTimes.date("yesterday", Order.UNKNOWN));
        assertNull(CsvTimes.date("2025-11/03", Order.UNKNOWN));
    }

    @Test
    void timesAre24HourOr12HourWithOrWithoutSeconds() {
        assertEquals(LocalTime.of(14, 5), CsvTimes.time("14:05"));
        assertEquals(LocalTime.of(14, 5, 9), CsvTimes.time("14:05:09"));
        assertEquals(LocalTime.of(9, 5), CsvTimes.time("9:05"));
        assertEquals(LocalTime.of(14, 5, 9), CsvTimes.time("02:05:09 PM"));
        assertEquals(LocalTime.of(14, 5), CsvTimes.time("2:05 pm"));
        assertEquals(LocalTime.of(9, 0), CsvTimes.time("09:00:00 AM"));
    }

    @Test
    void twelveAmIsMidnightAndTwelvePmIsNoon() {
        assertEquals(LocalTime.of(0, 30), CsvTimes.time("12:30 AM"));
        assertEquals(LocalTime.of(12, 30), CsvTimes.time("12:30 PM"));
    }

    @Test
    void whatIsNoTimeIsNull() {
        assertNull(CsvTimes.time("24:00"));
        assertNull(CsvTimes.time("13:00 PM"));
        assertNull(CsvTimes.time("0:30 AM"));
        assertNull(CsvTimes.time("9:5"));
        assertNull(CsvTimes.time("09:60"));
        assertNull(CsvTimes.time("0900"));
        assertNull(CsvTimes.time(""));
        assertNull(CsvTimes.time("noon"));
    }
}
