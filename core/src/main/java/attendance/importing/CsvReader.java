package attendance.importing;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads CSV as RFC 4180 writes it: cells in double quotes may hold the delimiter, line breaks and doubled quotes;
 * lines end in CRLF, LF or CR. The delimiter is a comma, or a semicolon when the first line has semicolons and no
 * comma outside quotes (a file saved again by a spreadsheet in a German locale). A quote inside an unquoted cell is
 * kept as it is. Empty lines are skipped. Hand-written because commons-csv made {@code core.js} half as large again.
 */
final class CsvReader {
    private CsvReader() {
    }

    /**
     * One record of the file.
     *
     * @param line      the line it starts on; the first line is 1
     * @param malformed whether a quote in it is never closed, or text follows a closing quote
     */
    record Row(int line, List<String> cells, boolean malformed) {

        Row {
            cells = List.copyOf(cells);
        }
    }

    /** One line of cells as RFC 4180 writes it, with a CRLF: a cell with a comma, a quote or a line break quoted. */
    static void write(List<String> cells, StringBuilder out) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            String v = cells.get(i);
            boolean quote = v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0;
            out.append(quote ? '"' + v.replace("\"", "\"\"") + '"' : v);
        }
        out.append("\r\n");
    }

    static List<Row> read(String s) {
        char delimiter = delimiter(s);
        List<Row> rows = new ArrayList<>();
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        int line = 1;
        int rowLine = 1;
        boolean malformed = false;
        boolean quoted = false;
        boolean afterQuote = false;
        boolean any = false;
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            int breakLength = c == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n' ? 2
                    : c == '\r' || c == '\n' ? 1 : 0;
            if (quoted) {
                if (c == '"' && i + 1 < s.length() && s.charAt(i + 1) == '"') {
                    cell.append('"');
                    i += 2;
                    continue;
                }
                if (c == '"') {
                    quoted = false;
                    afterQuote = true;
                } else {
                    cell.append(s, i, i + Math.max(1, breakLength));
                    line += breakLength > 0 ? 1 : 0;
                }
                i += Math.max(1, breakLength);
                continue;
            }
            if (breakLength > 0) {
                if (any) {
                    cells.add(cell.toString());
                    rows.add(new Row(rowLine, cells, malformed));
                }
                cells = new ArrayList<>();
                cell.setLength(0);
                malformed = false;
                afterQuote = false;
                any = false;
                line++;
                rowLine = line;
                i += breakLength;
                continue;
            }
            any = true;
            if (c == delimiter) {
                cells.add(cell.toString());
                cell.setLength(0);
                afterQuote = false;
            } else if (c == '"' && cell.length() == 0 && !afterQuote) {
                quoted = true;
            } else {
                malformed |= afterQuote;
                cell.append(c);
            }
            i++;
        }
        if (any || quoted) {
            cells.add(cell.toString());
            rows.add(new Row(rowLine, cells, malformed || quoted));
        }
        return rows;
    }

    /** A semicolon only when the first line has one and no comma, outside quotes. */
    private static char delimiter(String s) {
        boolean quoted = false;
        boolean semicolon = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && c == ',') {
                return ',';
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted) {
                semicolon |= c == ';';
            }
        }
        return semicolon ? ';' : ',';
    }
}
