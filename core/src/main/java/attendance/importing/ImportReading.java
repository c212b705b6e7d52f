package attendance.importing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** What reading a file's lines found: its entries, its problems, and what only a day or the page needs to say. */
final class ImportReading {
    final List<Entry> entries = new ArrayList<>();
    final List<ImportProblem> problems = new ArrayList<>();
    final Set<LocalDate> timeOff = new TreeSet<>();
    final Set<LocalDate> commentsCut = new TreeSet<>();
    Map<String, Integer> persons = new LinkedHashMap<>();
    ImportQuestion question;
    int tooShort;

    void entry(Entry entry) {
        entries.add(entry);
    }

    void problem(ImportProblem problem) {
        problems.add(problem);
    }

    void ask(ImportQuestion open) {
        question = open;
    }

    void persons(Map<String, Integer> found) {
        persons = new LinkedHashMap<>(found);
    }

    void timeOff(LocalDate date) {
        timeOff.add(date);
    }

    void commentCut(LocalDate date) {
        commentsCut.add(date);
    }

    void tooShort() {
        tooShort++;
    }
}
