package attendance.settings;

import java.util.List;

/**
 * One thing wrong with the settings.
 *
 * @param field where it is: a weekday in lower case ({@code monday}), or a setting's key ({@code project_id})
 * @param args  what fills the code's text, in order
 */
public record Violation(String field, ViolationCode code, List<String> args) {

    public Violation {
        args = List.copyOf(args);
    }
}
