package attendance.settings;

import java.util.List;

/** Settings as read, with every problem found; a field with a problem holds its default instead. */
public record ParsedSettings(Settings settings, List<Violation> problems) {

    public ParsedSettings {
        problems = List.copyOf(problems);
    }
}
