package attendance.importing;

import attendance.settings.Violation;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * What an import file gives: its days, and the days it leaves out; or a question to answer first; or, when the file
 * cannot be read, why, and no day at all.
 *
 * @param format      the kind of file, or null when it is none the import reads
 * @param days        the days to plan, each with its periods; a day that breaks a rule is not among them
 * @param problems    the file's unreadable lines (or JSON values), one each, when the file is refused as bad
 * @param violations  the days left out because they break a working-time rule, each against its date
 *                    ({@code YYYY-MM-DD})
 * @param refusal     why nothing of the file can be planned, or null
 * @param question    what to ask before the file can be planned, or null
 * @param tooShort    how many entries were left out for lasting under a minute
 * @param timeOff     the dates on which the file has time off (a holiday or an absence), which is no attendance
 * @param commentsCut the dates of which a comment was cut to the 500 characters Personio takes
 */
public record ImportResult(ImportFormat format, List<ImportedDay> days, List<ImportProblem> problems,
        List<Violation> violations, Refusal refusal, ImportQuestion question, int tooShort, Set<LocalDate> timeOff,
        Set<LocalDate> commentsCut) {

    /** Why a file gives nothing, by the code the page shows. */
    public enum Refusal {
        /** Lines or values that cannot be read: nothing of the file is written. */
        BAD_FILE("bad_file"),
        /** A summary, a list of projects, or an export without the time columns: no entries to read. */
        NOT_DETAILED_REPORT("not_detailed_report"),
        /** Nothing of a minute or more. */
        IMPORT_EMPTY("import_empty");

        private final String code;

        Refusal(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }
    }

    public ImportResult {
        days = List.copyOf(days);
        problems = List.copyOf(problems);
        violations = List.copyOf(violations);
        timeOff = Set.copyOf(timeOff);
        commentsCut = Set.copyOf(commentsCut);
    }

    /** A file that gives nothing, and why. */
    public static ImportResult refused(ImportFormat format, Refusal why, List<ImportProblem> problems) {
        return new ImportResult(format, List.of(), problems, List.of(), why, null, 0, Set.of(), Set.of());
    }

    /** Whether the file can be planned: readable, and nothing left to ask. */
    public boolean ok() {
        return refusal == null && question == null;
    }

    /** The days left out for breaking a rule, by date. */
    public Set<LocalDate> leftOut() {
        java.util.Set<LocalDate> dates = new java.util.TreeSet<>();
        for (Violation v : violations) {
            // Times.date, not LocalDate.parse: java.time's formatters would grow core.js by half.
            dates.add(attendance.time.Times.date(v.field()));
        }
        return dates;
    }
}
