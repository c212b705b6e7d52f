package attendance.importing;

/**
 * What the user answered about a file: whose entries to take ({@code person}, the e-mail or user name the file
 * gives), and in which order its dates are written ({@code day_first} or {@code month_first}); each null until
 * answered.
 */
public record ImportAnswers(String person, String dateOrder) {
    public static final ImportAnswers NONE = new ImportAnswers(null, null);
}
