package personio.simulator;

import java.util.Locale;

/** Which of the two reported answer shapes the validate endpoint gives on success. */
public enum ValidateShape {
    /** The seed's answer: {@code {"day": {...}, "validation": {"is_valid": true, ...}}}. */
    SEED,
    /** The answer observed in use: {@code {"success": true, "data": {"work_duration_in_min": ...}}}. */
    OBSERVED;

    /** Reads {@code seed} or {@code observed}, in any case. */
    public static ValidateShape parse(String text) {
        Require.that(text != null, "a validate shape is seed or observed, not null");
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("a validate shape is seed or observed, not " + text, e);
        }
    }
}
