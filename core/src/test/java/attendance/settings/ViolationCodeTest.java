package attendance.settings;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import attendance.text.Language;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ViolationCodeTest {
    @Test
    void everyCodeIsUniqueAndSpeaksGermanAndEnglish() {
        Set<String> codes = new HashSet<>();
        for (ViolationCode c : ViolationCode.values()) {
            assertTrue(codes.add(c.code()), c.code());
            assertFalse(c.template(Language.DE).isBlank());
            assertFalse(c.template(Language.EN).isBlank());
            assertNotEquals(c.template(Language.DE), c.template(Language.EN), c.code());
        }
    }
}
