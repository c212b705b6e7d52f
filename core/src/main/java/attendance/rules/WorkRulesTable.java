package attendance.rules;

import attendance.rules.WorkRules.BreakStep;
import java.util.List;

/**
 * The rules of each country the product knows, one row each; {@code docs/working-time.md} gives every number with its
 * source in words. Facts to check a schedule against, not legal advice.
 */
public final class WorkRulesTable {
    public static final String DEFAULT = "de";

    /** Germany: Arbeitszeitgesetz. */
    static final WorkRules DE = new WorkRules("de", List.of(new BreakStep(360, 30), new BreakStep(540, 45)),
            "ArbZG § 4", 15, 360, "ArbZG § 4", 600, "ArbZG § 3", 660, "ArbZG § 5", 48 * 60, "ArbZG § 3", false,
            true, "ArbZG § 9");
    /** Austria: Arbeitszeitgesetz and Arbeitsruhegesetz. */
    static final WorkRules AT = new WorkRules("at", List.of(new BreakStep(360, 30)), "AZG § 11", 10, null, null,
            720, "AZG § 9", 660, "AZG § 12", 48 * 60, "AZG § 9", false, true, "ARG § 3");
    /** Switzerland: Arbeitsgesetz. */
    static final WorkRules CH = new WorkRules("ch", List.of(new BreakStep(330, 15), new BreakStep(420, 30),
            new BreakStep(540, 60)), "ArG Art. 15", 15, null, null, null, null, 660, "ArG Art. 15a", 45 * 60,
            "ArG Art. 9", false, true, "ArG Art. 18");
    /** The United Kingdom: Working Time Regulations 1998. */
    static final WorkRules GB = new WorkRules("gb", List.of(new BreakStep(360, 20)), "WTR 1998 reg. 12", 20, null,
            null, null, null, 660, "WTR 1998 reg. 10", 48 * 60, "WTR 1998 reg. 4", true, false, null);
    /** Ireland: Organisation of Working Time Act 1997. */
    static final WorkRules IE = new WorkRules("ie", List.of(new BreakStep(270, 15), new BreakStep(360, 30)),
            "OWTA 1997 s. 12", 15, null, null, null, null, 660, "OWTA 1997 s. 11", 48 * 60, "OWTA 1997 s. 15",
            false, false, null);
    /** The Netherlands: Arbeidstijdenwet. */
    static final WorkRules NL = new WorkRules("nl", List.of(new BreakStep(330, 30), new BreakStep(600, 45)),
            "ATW art. 5:4", 15, null, null, 720, "ATW art. 5:7", 660, "ATW art. 5:3", 60 * 60, "ATW art. 5:7", false,
            true, "ATW art. 5:6");
    /** Spain: Estatuto de los Trabajadores. */
    static final WorkRules ES = new WorkRules("es", List.of(new BreakStep(360, 15)), "ET art. 34.4", 15, null, null,
            540, "ET art. 34.3", 720, "ET art. 34.3", 40 * 60, "ET art. 34.1", false, false, null);
    /** France: Code du travail. */
    static final WorkRules FR = new WorkRules("fr", List.of(new BreakStep(360, 20)), "C. trav. L3121-16", 20, null,
            null, 600, "C. trav. L3121-18", 660, "C. trav. L3131-1", 48 * 60, "C. trav. L3121-20", false, true,
            "C. trav. L3132-3");
    /** Italy: Decreto legislativo 66/2003. */
    static final WorkRules IT = new WorkRules("it", List.of(new BreakStep(360, 10)), "D.Lgs. 66/2003 art. 8", 10,
            null, null, 780, "D.Lgs. 66/2003 art. 7", 660, "D.Lgs. 66/2003 art. 7", 48 * 60, "D.Lgs. 66/2003 art. 4",
            false, true, "D.Lgs. 66/2003 art. 9");
    /** Personio's own checks only. */
    static final WorkRules NONE = new WorkRules("none", List.of(), null, 1, null, null, null, null, 0, null, null,
            null, false, false, null);

    private static final List<WorkRules> ALL = List.of(DE, AT, CH, GB, IE, NL, ES, FR, IT, NONE);

    private WorkRulesTable() {
    }

    /** The rules of a country code, or null for a code the table does not know. */
    public static WorkRules of(String code) {
        for (WorkRules rules : ALL) {
            if (rules.code().equals(code)) {
                return rules;
            }
        }
        return null;
    }

    public static WorkRules defaults() {
        return DE;
    }

    /** Every code, in the order the options page offers them. */
    public static List<String> codes() {
        List<String> codes = new java.util.ArrayList<>();
        for (WorkRules rules : ALL) {
            codes.add(rules.code());
        }
        return codes;
    }
}
