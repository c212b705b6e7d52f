package attendance.importing;

import attendance.planning.PlannedPeriod;
import java.time.LocalDate;
import java.util.List;

/**
 * One day of an import: its work periods in time order with the gaps between them as breaks.
 *
 * @param projectFromSettings whether a work period of the day took the settings' project, because its own project
 *                            is not one of the company's by that exact name, or it had none
 */
public record ImportedDay(LocalDate date, List<PlannedPeriod> periods, boolean projectFromSettings) {

    public ImportedDay {
        periods = List.copyOf(periods);
    }
}
