package attendance.selfcheck;

import attendance.text.Message;
import java.util.List;

/**
 * What one check found.
 *
 * @param args   fill the code's words: counts, HTTP statuses, a shape's or a check's code; never a session value
 * @param fields names the code lists, as its {@link CheckCode#fieldsKind} says: field paths or cookie names
 * @param detail more for the page only, such as Personio's own words; never part of the report; may be null
 */
public record Finding(Check check, CheckCode code, List<String> args, List<String> fields, Message detail) {

    public Finding {
        args = List.copyOf(args);
        fields = List.copyOf(fields);
    }

    public static Finding of(Check check, CheckCode code, String... args) {
        return new Finding(check, code, List.of(args), List.of(), null);
    }

    public Result result() {
        return code.result();
    }

    public Finding withFields(List<String> names) {
        return new Finding(check, code, args, names, detail);
    }

    public Finding withDetail(Message message) {
        return new Finding(check, code, args, fields, message);
    }
}
