package attendance.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class CsvReaderTest {

    @Test
    void quotedCellsHoldCommasDoubledQuotesAndLineBreaks() {
        List<CsvReader.Row> rows = CsvReader.read("a,\"b, c\",\"say \"\"hi\"\"\"\n\"two\nlines\",x,\"\"\n");
        assertEquals(List.of("a", "b, c", "say \"hi\""), rows.get(0).cells());
        assertEquals(List.of("two\nlines", "x", ""), rows.get(1).cells());
        assertEquals(2, rows.size());
    }

    @Test
    void eachRowKnowsTheLineItStartsOnCountingLineBreaksInsideQuotes() {
        List<CsvReader.Row> rows = CsvReader.read("h1,h2\r\n\"a\r\nb\",c\r\nd,e\r\n");
        assertEquals(List.of(1, 2, 4), rows.stream().map(CsvReader.Row::line).toList());
    }

    @Test
    void crlfLfAndCrAllEndALine() {
        List<CsvReader.Row> rows = CsvReader.read("a\r\nb\nc\rd");
        assertEquals(List.of("a", "b", "c", "d"), rows.stream().map(r -> r.cells().get(0)).toList());
        assertEquals(List.of(1, 2, 3, 4), rows.stream().map(CsvReader.Row::line).toList());
    }

    @Test
    void emptyLinesAreSkippedButKeepTheirLineNumber() {
        List<CsvReader.Row> rows = CsvReader.read("a,b\n\n\nc,d\n\n");
        assertEquals(2, rows.size());
        assertEquals(4, rows.get(1).line());
        assertEquals(List.of("c", "d"), rows.get(1).cells());
    }

    @Test
    void emptyCellsAtTheEndOfALineAreCells() {
        assertEquals(List.of("a", "", ""), CsvReader.read("a,,\n").get(0).cells());
    }

    @Test
    void aSemicolonSeparatesOnlyWhenTheFirstLineHasNoComma() {
        assertEquals(List.of("a", "b,c"), CsvReader.read("x;y\na;\"b,c\"").get(1).cells());
        assertEquals(List.of("a;b", "c"), CsvReader.read("x,y\na;b,c").get(1).cells());
        assertEquals(List.of("a", "b"), CsvReader.read("\"x,1\";y\na;b").get(1).cells());
    }

    @Test
    void aQuoteNeverClosedMakesItsRowMalformedFromTheLineItOpened() {
        List<CsvReader.Row> rows = CsvReader.read("h\nok\n\"open\nmore\n");
        assertFalse(rows.get(1).malformed());
        assertTrue(rows.get(2).malformed());
        assertEquals(3, rows.get(2).line());
        assertEquals(3, rows.size());
    }

    @Test
    void textAfterAClosingQuoteIsMalformedButAQuoteInsideAnUnquotedCellIsKept() {
        assertTrue(CsvReader.read("\"ab\"c,d").get(0).malformed());
        CsvReader.Row lenient = CsvReader.read("5\" disk,d").get(0);
        assertFalse(lenient.malformed());
        assertEquals(List.of("5\" disk", "d"), lenient.cells());
    }
}
