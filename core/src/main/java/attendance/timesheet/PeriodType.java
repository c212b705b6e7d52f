package attendance.timesheet;

import attendance.json.AsciiCase;

/** A period is either work or a break; Personio spells them {@code work} and {@code break}. */
public enum PeriodType {
    WORK("work"), BREAK("break");

    private final String wire;

    PeriodType(String wire) {
        this.wire = wire;
    }

    public String wire() {
        return wire;
    }

    /** The type for Personio's spelling, or null when it is neither. */
    public static PeriodType fromWire(String s) {
        for (PeriodType t : values()) {
            if (AsciiCase.equalsIgnoreCase(t.wire, s)) {
                return t;
            }
        }
        return null;
    }
}
