package attendance.importing;

import attendance.text.MessageCode;
import java.util.List;

/**
 * One thing wrong with an import file.
 *
 * @param where the CSV line in digits (the header is line 1), the JSON path such as
 *              {@code days[2].periods[0].start}, or null for the file as a whole
 * @param args  what fills the code's text, in order
 */
public record ImportProblem(String where, MessageCode code, List<String> args) {

    public ImportProblem {
        args = List.copyOf(args);
    }

    public static ImportProblem of(String where, MessageCode code, String... args) {
        return new ImportProblem(where, code, List.of(args));
    }
}
