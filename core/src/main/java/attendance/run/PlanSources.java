package attendance.run;

import attendance.importing.ImportAnswers;
import attendance.planning.DayEdit;
import java.time.LocalDate;
import java.util.Map;

/**
 * Where a month's plan comes from besides Personio and the settings: the days the user edited, or an imported file
 * with what the user answered about it and their edits of its days. Immutable.
 *
 * @param edits       the days the user changed in the plan, by date
 * @param importText  an imported file's text, or null: the plan is then the file's, and only its days are filled
 * @param answers     what the user answered about the file: whose entries, which date order
 * @param importEdits the user's edits of the file's days, by date
 */
public record PlanSources(Map<LocalDate, DayEdit> edits, String importText, ImportAnswers answers,
        Map<LocalDate, DayEdit> importEdits) {

    /** The settings' plan, with no edit. */
    public static final PlanSources NONE = new PlanSources(Map.of(), null, ImportAnswers.NONE, Map.of());

    public PlanSources {
        edits = Map.copyOf(edits);
        answers = answers == null ? ImportAnswers.NONE : answers;
        importEdits = Map.copyOf(importEdits);
    }

    /** The settings' plan with these edits. */
    public static PlanSources edited(Map<LocalDate, DayEdit> edits) {
        return new PlanSources(edits, null, ImportAnswers.NONE, Map.of());
    }

    /** The file's plan, with the answers about it and the user's edits of its days. */
    public static PlanSources imported(String fileText, ImportAnswers answers, Map<LocalDate, DayEdit> importEdits) {
        return new PlanSources(Map.of(), fileText, answers, importEdits);
    }

    public boolean fileOnly() {
        return importText != null;
    }
}
