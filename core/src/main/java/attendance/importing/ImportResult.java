package attendance.importing;

import attendance.settings.Violation;
import java.util.List;

/**
 * What an import file gives: its days, or, when anything is wrong with it, no day at all and everything wrong.
 *
 * @param format     the kind of file, or null when it is none the import reads
 * @param problems   the file's bad lines (or JSON values), one each
 * @param violations the days that break the working-time rules, each against its date ({@code YYYY-MM-DD})
 */
public record ImportResult(ImportFormat format, List<ImportedDay> days, List<ImportProblem> problems,
        List<Violation> violations) {

    public ImportResult {
        days = List.copyOf(days);
        problems = List.copyOf(problems);
        violations = List.copyOf(violations);
    }

    /** Nothing is imported from a file with anything wrong in it, so that no half of it is written. */
    public static ImportResult refused(ImportFormat format, List<ImportProblem> problems, List<Violation> violations) {
        return new ImportResult(format, List.of(), problems, violations);
    }

    public boolean ok() {
        return problems.isEmpty() && violations.isEmpty();
    }
}
