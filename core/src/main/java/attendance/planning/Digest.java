package attendance.planning;

/**
 * FNV-1a, 64 bits, as 16 hex digits: a fingerprint that needs no crypto library in the browser build. The 64-bit
 * state is kept as four 16-bit parts in ints: TeaVM emulates {@code long} arithmetic in JavaScript, and a plan
 * fingerprints every day.
 */
public final class Digest {
    /** FNV's 64-bit prime is 2^40 + 0x1b3. */
    private static final int PRIME_LOW = 0x1b3;

    private Digest() {
    }

    public static String of(String text) {
        // The offset basis 0xcbf29ce484222325, from the lowest 16 bits up.
        int[] h = {0x2325, 0x8422, 0x9ce4, 0xcbf2};
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            h[0] ^= c & 0xff;
            multiply(h);
            h[0] ^= c >>> 8;
            multiply(h);
        }
        StringBuilder hex = new StringBuilder(16);
        for (int part = 3; part >= 0; part--) {
            String digits = Integer.toHexString(h[part]);
            hex.append("0".repeat(4 - digits.length())).append(digits);
        }
        return hex.toString();
    }

    /** h := h × (2^40 + 0x1b3) mod 2^64. */
    private static void multiply(int[] h) {
        int t0 = h[0] * PRIME_LOW;
        int t1 = h[1] * PRIME_LOW;
        int t2 = h[2] * PRIME_LOW + (h[0] << 8);
        int t3 = h[3] * PRIME_LOW + (h[1] << 8);
        t1 += t0 >>> 16;
        t2 += t1 >>> 16;
        t3 += t2 >>> 16;
        h[0] = t0 & 0xffff;
        h[1] = t1 & 0xffff;
        h[2] = t2 & 0xffff;
        h[3] = t3 & 0xffff;
    }
}
