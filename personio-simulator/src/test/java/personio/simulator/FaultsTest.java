package personio.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FaultsTest {

    final Faults faults = new Faults();

    @Test
    void aFaultHitsExactlyCountRequests() {
        faults.add(Faults.SERVER_ERROR, 2, -1, null);

        assertTrue(faults.take("/api/x").isPresent());
        assertTrue(faults.take("/svc/y").isPresent());
        assertTrue(faults.take("/api/x").isEmpty());
    }

    @Test
    void aPrefixLimitsTheFaultToMatchingPaths() {
        faults.add(Faults.DISCONNECT, 1, -1, "/svc/attendance-api/");

        assertTrue(faults.take("/api/v1/projects").isEmpty());
        assertEquals(Optional.of(new Faults.Fault(Faults.DISCONNECT, -1)),
                faults.take("/svc/attendance-api/v1/days/x"));
    }

    @Test
    void tooManyRequestsComesBeforeServerErrorsBeforeDisconnects() {
        faults.add(Faults.DISCONNECT, 1, -1, null);
        faults.add(Faults.SERVER_ERROR, 1, -1, null);
        faults.add(Faults.TOO_MANY_REQUESTS, 1, 4, null);

        assertEquals(new Faults.Fault("429", 4), faults.take("/api").orElseThrow());
        assertEquals("500", faults.take("/api").orElseThrow().kind());
        assertEquals("disconnect", faults.take("/api").orElseThrow().kind());
    }

    @Test
    void clearingDropsPendingFaultsAndRestoresTheDelay() {
        faults.add(Faults.TOO_MANY_REQUESTS, 3, 1, null);
        faults.delay(Duration.ofSeconds(2));

        faults.clear(Duration.ofMillis(5));

        assertTrue(faults.take("/api").isEmpty());
        assertEquals(Duration.ofMillis(5), faults.delay());
    }

    @Test
    void refusesAnUnknownKindOrANegativeCount() {
        assertThrows(IllegalArgumentException.class, () -> faults.add("404", 1, -1, null));
        assertThrows(IllegalArgumentException.class, () -> faults.add(Faults.SERVER_ERROR, -1, -1, null));
    }
}
