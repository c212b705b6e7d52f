package attendance.text;

/** The languages the product speaks; German for German-speaking users, English for everyone else. */
public enum Language {
    DE, EN;

    /** From a browser language tag such as {@code de-AT} or {@code en-US}. */
    public static Language fromTag(String tag) {
        if (tag != null && tag.length() >= 2 && tag.substring(0, 2).equalsIgnoreCase("de")) {
            return DE;
        }
        return EN;
    }
}
