package attendance.planning;

/** FNV-1a, 64 bits, as 16 hex digits: a fingerprint that needs no crypto library in the browser build. */
public final class Digest {
    private static final long OFFSET = 0xcbf29ce484222325L;
    private static final long PRIME = 0x100000001b3L;

    private Digest() {
    }

    public static String of(String text) {
        long hash = OFFSET;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            hash ^= c & 0xff;
            hash *= PRIME;
            hash ^= c >>> 8;
            hash *= PRIME;
        }
        String hex = Long.toHexString(hash);
        return "0".repeat(16 - hex.length()) + hex;
    }
}
