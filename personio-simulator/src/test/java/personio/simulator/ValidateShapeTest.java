package personio.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ValidateShapeTest {

    @Test
    void readsEitherNameInAnyCase() {
        assertEquals(ValidateShape.SEED, ValidateShape.parse("seed"));
        assertEquals(ValidateShape.OBSERVED, ValidateShape.parse(" Observed "));
        assertEquals(ValidateShape.UNKNOWN, ValidateShape.parse("UNKNOWN"));
    }

    @Test
    void refusesAnyOtherName() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> ValidateShape.parse("both"));

        assertEquals("a validate shape is seed, observed or unknown, not both", refused.getMessage());
    }
}
