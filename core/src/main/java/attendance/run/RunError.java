package attendance.run;

import attendance.settings.Violation;
import attendance.text.Message;
import java.util.List;

/**
 * Why a plan or a run stopped.
 *
 * @param detail     more about it, such as Personio's own words; or null
 * @param violations for {@code invalid_settings}, everything wrong with the settings; otherwise empty
 */
public record RunError(RunErrorCode code, Message detail, List<Violation> violations) {

    public RunError {
        violations = List.copyOf(violations);
    }

    public static RunError of(RunErrorCode code) {
        return new RunError(code, null, List.of());
    }

    public static RunError of(RunErrorCode code, Message detail) {
        return new RunError(code, detail, List.of());
    }
}
