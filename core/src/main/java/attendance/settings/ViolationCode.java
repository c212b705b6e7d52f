package attendance.settings;

import attendance.text.Language;

/**
 * Everything that can be wrong with settings, with its stable code and its text in German and English.
 * Texts take arguments as {0}, {1}, ...
 */
public enum ViolationCode {
    SETTINGS_UNREADABLE("settings_unreadable",
            "Die gespeicherten Einstellungen sind nicht lesbar ({0}). Bitte neu speichern.",
            "The stored settings cannot be read ({0}). Please save them again."),
    MISSING_TIME("missing_time",
            "Eine Uhrzeit fehlt.",
            "A time is missing."),
    BAD_TIME("bad_time",
            "„{0}“ ist keine Uhrzeit (HH:MM).",
            "\"{0}\" is not a time (HH:MM)."),
    BAD_PROJECT_ID("bad_project_id",
            "Die Projekt-ID „{0}“ ist keine Zahl. Personio-Projekte haben eine Nummer.",
            "The project id \"{0}\" is not a number. Personio projects have a number."),
    BAD_TIMEZONE("bad_timezone",
            "„{0}“ ist keine Zeitzone wie Europe/Berlin.",
            "\"{0}\" is not a time zone such as Europe/Berlin."),
    BAD_TENANT("bad_tenant",
            "„{0}“ ist keine Personio-Firma wie acme oder acme.app.personio.com.",
            "\"{0}\" is not a Personio company such as acme or acme.app.personio.com."),
    BAD_EMPLOYEE_ID("bad_employee_id",
            "Die Mitarbeiter-ID „{0}“ ist keine positive Zahl.",
            "The employee id \"{0}\" is not a positive number."),
    COMMENT_TOO_LONG("comment_too_long",
            "Der Kommentar ist länger als {0} Zeichen.",
            "The comment is longer than {0} characters."),
    END_NOT_AFTER_START("end_not_after_start",
            "Das Arbeitsende ({1}) muss nach dem Arbeitsbeginn ({0}) liegen.",
            "Work must end ({1}) after it starts ({0})."),
    BREAK_END_NOT_AFTER_START("break_end_not_after_start",
            "Die Pause {0} muss nach ihrem Beginn enden.",
            "The break {0} must end after it starts."),
    BREAK_OUTSIDE_WORK("break_outside_work",
            "Die Pause {0} liegt nicht innerhalb der Arbeitszeit {1}.",
            "The break {0} is not within the working time {1}."),
    BREAKS_OVERLAP("breaks_overlap",
            "Die Pausen {0} und {1} überschneiden sich.",
            "The breaks {0} and {1} overlap."),
    BREAK_30_AFTER_6H("break_30_after_6h",
            "ArbZG § 4: Bei mehr als 6 Stunden Arbeit sind 30 Minuten Pause nötig. Dieser Tag hat {0} h Arbeit und "
                    + "{1} Minuten Pause, die zählen (Pausen unter 15 Minuten zählen nicht).",
            "ArbZG § 4: more than 6 hours of work need 30 minutes of breaks. This day has {0} h of work and {1} "
                    + "minutes of breaks that count (breaks under 15 minutes do not)."),
    BREAK_45_AFTER_9H("break_45_after_9h",
            "ArbZG § 4: Bei mehr als 9 Stunden Arbeit sind 45 Minuten Pause nötig. Dieser Tag hat {0} h Arbeit und "
                    + "{1} Minuten Pause, die zählen (Pausen unter 15 Minuten zählen nicht).",
            "ArbZG § 4: more than 9 hours of work need 45 minutes of breaks. This day has {0} h of work and {1} "
                    + "minutes of breaks that count (breaks under 15 minutes do not)."),
    OVER_6H_IN_A_ROW("over_6h_in_a_row",
            "ArbZG § 4: Von {0} bis {1} sind {2} h Arbeit ohne Pause; mehr als 6 Stunden am Stück sind nicht erlaubt.",
            "ArbZG § 4: from {0} to {1} is {2} h of work without a break; more than 6 hours in a row are not allowed."),
    REST_UNDER_11H("rest_under_11h",
            "ArbZG § 5: Zwischen dem Arbeitsende am Vortag ({0}) und dem Beginn ({1}) liegen nur {2} h Ruhe; nötig "
                    + "sind 11 Stunden.",
            "ArbZG § 5: only {2} h of rest between the end of the day before ({0}) and the start ({1}); 11 hours "
                    + "are needed."),
    OVER_10H_NET("over_10h_net",
            "ArbZG § 3: {0} h Arbeit an einem Tag; mehr als 10 Stunden sind nicht erlaubt.",
            "ArbZG § 3: {0} h of work in one day; more than 10 hours are not allowed.");

    private final String code;
    private final String german;
    private final String english;

    ViolationCode(String code, String german, String english) {
        this.code = code;
        this.german = german;
        this.english = english;
    }

    public String code() {
        return code;
    }

    public String template(Language language) {
        return language == Language.DE ? german : english;
    }
}
