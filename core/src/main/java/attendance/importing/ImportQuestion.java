package attendance.importing;

import java.time.LocalDate;
import java.util.List;

/**
 * What the import must ask before it can plan the file: whose entries to take from a team's report, or which order a
 * file's dates are written in. Nothing is preselected.
 *
 * @param persons   for {@link Kind#PERSON}: each person in the file (e-mail, else user name) with their entries'
 *                  count, in the file's order; else empty
 * @param date      for {@link Kind#DATE_ORDER}: one of the file's dates as written; else null
 * @param dayFirst  that date read day first
 * @param monthFirst that date read month first
 */
public record ImportQuestion(Kind kind, List<Person> persons, String date, LocalDate dayFirst, LocalDate monthFirst) {

    /** The two questions. */
    public enum Kind {
        PERSON("person"), DATE_ORDER("date_order");

        private final String code;

        Kind(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }
    }

    /** One person of a team's report and how many entries the file has of them. */
    public record Person(String id, int entries) {
    }

    public ImportQuestion {
        persons = List.copyOf(persons);
    }

    static ImportQuestion person(List<Person> persons) {
        return new ImportQuestion(Kind.PERSON, persons, null, null, null);
    }

    static ImportQuestion dateOrder(String date, LocalDate dayFirst, LocalDate monthFirst) {
        return new ImportQuestion(Kind.DATE_ORDER, List.of(), date, dayFirst, monthFirst);
    }
}
