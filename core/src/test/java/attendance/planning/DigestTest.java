package attendance.planning;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

class DigestTest {
    /** FNV-1a over each char's two bytes, in 64-bit arithmetic: what the digest was first written as. */
    private static String withLongs(String text) {
        long hash = 0xcbf29ce484222325L;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            hash ^= c & 0xff;
            hash *= 0x100000001b3L;
            hash ^= c >>> 8;
            hash *= 0x100000001b3L;
        }
        String hex = Long.toHexString(hash);
        return "0".repeat(16 - hex.length()) + hex;
    }

    @Test
    void isFnv1aOf64BitsAsBefore() {
        assertEquals("cbf29ce484222325", Digest.of(""));
        Random random = new Random(42);
        for (int n = 0; n < 2000; n++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(60);
            for (int i = 0; i < length; i++) {
                text.append((char) (n % 2 == 0 ? random.nextInt(128) : random.nextInt(0x10000)));
            }
            assertEquals(withLongs(text.toString()), Digest.of(text.toString()), text.toString());
        }
        assertEquals(withLongs("2025-11-03|08:00-12:00 work|12:00-13:00 break"),
                Digest.of("2025-11-03|08:00-12:00 work|12:00-13:00 break"));
    }
}
