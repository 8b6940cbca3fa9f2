package vn.civicsquiz.platform.csv;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;

/**
 * Writes RFC 4180 rows in UTF-8 with a byte order mark first, so spreadsheet programs read Vietnamese diacritics.
 * A text cell that a spreadsheet would run as a formula gets a leading apostrophe.
 */
public final class CsvWriter {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final CsvFormat format;
    private final StringBuilder out = new StringBuilder();

    public CsvWriter(CsvFormat format) {
        this.format = format;
    }

    /** Cells: text, numbers, times (in the format's zone), booleans; null is an empty cell. */
    public CsvWriter row(Object... cells) {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                out.append(format.separator());
            }
            out.append(quote(cell(cells[i])));
        }
        out.append("\r\n");
        return this;
    }

    public byte[] bytes() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(BOM);
        bytes.writeBytes(out.toString().getBytes(StandardCharsets.UTF_8));
        return bytes.toByteArray();
    }

    private String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof OffsetDateTime time) {
            return time.atZoneSameInstant(format.zone()).format(TIME);
        }
        if (value instanceof Double d) {
            return number(BigDecimal.valueOf(d));
        }
        if (value instanceof BigDecimal d) {
            return number(d);
        }
        if (value instanceof Number || value instanceof Boolean) {
            return value.toString();
        }
        return text(value.toString());
    }

    private String number(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        String plain = (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
        return format.decimalComma() ? plain.replace('.', ',') : plain;
    }

    private static String text(String value) {
        return !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }

    private String quote(String cell) {
        if (cell.indexOf(format.separator()) >= 0 || cell.contains("\"") || cell.contains("\n") || cell.contains("\r")) {
            return '"' + cell.replace("\"", "\"\"") + '"';
        }
        return cell;
    }
}
