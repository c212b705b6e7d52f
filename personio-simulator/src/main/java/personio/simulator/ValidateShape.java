package personio.simulator;

import java.util.Locale;

/**
 * Which answer shape the validate endpoint gives on success: one of the two reported, or, to test a client against a
 * changed Personio, one in neither.
 */
public enum ValidateShape {
    /** The seed's answer: {@code {"day": {...}, "validation": {"is_valid": true, ...}}}. */
    SEED,
    /** The answer observed in use: {@code {"success": true, "data": {"work_duration_in_min": ...}}}. */
    OBSERVED,
    /** Neither: {@code {"result": "ok", "minutes": {"work", "break"}}}, as a changed Personio might answer. */
    UNKNOWN;

    /** Reads {@code seed}, {@code observed} or {@code unknown}, in any case. */
    public static ValidateShape parse(String text) {
        Require.that(text != null, "a validate shape is seed, observed or unknown, not null");
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("a validate shape is seed, observed or unknown, not " + text, e);
        }
    }
}
