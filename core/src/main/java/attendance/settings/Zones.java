package attendance.settings;

import java.util.function.Predicate;

/**
 * Which time zones the runtime knows. The core carries no zone database (it would grow the browser build); the
 * browser build plugs in its own ({@code Intl}), and the JVM's tests theirs. Until one is plugged in, a zone is judged
 * by its spelling alone.
 */
public final class Zones {
    private static Predicate<String> known = zone -> true;

    private Zones() {
    }

    /** The runtime's own judgement of a zone name, used from now on. */
    public static void use(Predicate<String> runtimeZones) {
        known = runtimeZones;
    }

    static boolean known(String zone) {
        try {
            return known.test(zone);
        } catch (RuntimeException e) {
            return false;
        }
    }
}
