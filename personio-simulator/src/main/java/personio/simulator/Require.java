package personio.simulator;

/** Argument checks in one place. */
final class Require {

    private Require() {
    }

    static void that(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }
}
