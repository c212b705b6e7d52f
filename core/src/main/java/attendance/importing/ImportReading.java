package attendance.importing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** What reading a file's lines found: its entries, its problems, and what only a day or the page needs to say. */
final class ImportReading {
    final List<Entry> entries = new ArrayList<>();
    final List<ImportProblem> problems = new ArrayList<>();
    final Set<LocalDate> timeOff = new TreeSet<>();
    final Set<LocalDate> commentsCut = new TreeSet<>();
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
