package attendance.run;

import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Everything the run needs from the world.
 *
 * @param ids       new random UUIDs
 * @param progress  receives the job after each of its transitions
 * @param cancelled whether the user asked to stop
 */
public record Ports(Transport transport, SessionCookies cookies, RunClock clock, Supplier<String> ids,
        Consumer<Job> progress, BooleanSupplier cancelled) {
}
