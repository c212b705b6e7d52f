package attendance.settings;

import attendance.text.Language;
import java.util.List;

/**
 * One thing wrong with the settings.
 *
 * @param field where it is: a weekday in lower case ({@code monday}), or a setting's key ({@code project_id})
 */
public record Violation(String field, ViolationCode code, List<String> args) {

    public Violation {
        args = List.copyOf(args);
    }

    public String text(Language language) {
        String text = code.template(language);
        for (int i = 0; i < args.size(); i++) {
            text = text.replace("{" + i + "}", args.get(i));
        }
        return text;
    }
}
