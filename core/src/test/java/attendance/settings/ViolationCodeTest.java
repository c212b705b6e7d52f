package attendance.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ViolationCodeTest {
    @Test
    void everyCodeIsUniqueAndReadsBackToItself() {
        Set<String> codes = new HashSet<>();
        for (ViolationCode c : ViolationCode.values()) {
            assertTrue(codes.add(c.code()), c.code());
            assertEquals(c, ViolationCode.fromCode(c.code()));
        }
    }
}
