package vn.civicsquiz.platform.csv;

import vn.civicsquiz.platform.problem.ProblemException;
import vn.civicsquiz.platform.problem.Say;

import java.time.ZoneId;

/**
 * How a CSV download is written for the spreadsheet that opens it: comma-separated with a decimal point (the
 * standard, and English-locale Excel), or semicolon-separated with a decimal comma (Excel and LibreOffice set to
 * Vietnamese). Times are written in {@code zone} as {@code 2026-12-02 17:24:50}, which spreadsheets read as dates.
 */
public record CsvFormat(char separator, boolean decimalComma, ZoneId zone) {

    public static final String MEDIA_TYPE = "text/csv; charset=UTF-8";

    public static CsvFormat standard(ZoneId zone) {
        return new CsvFormat(',', false, zone);
    }

    /**
     * @param separator the request's {@code separator}: absent or {@code comma}, or {@code semicolon}
     * @throws ProblemException 400 for any other value
     */
    public static CsvFormat of(String separator, ZoneId zone) {
        if (separator == null || separator.isBlank() || separator.strip().equals("comma") || separator.equals(",")) {
            return standard(zone);
        }
        if (separator.strip().equals("semicolon") || separator.equals(";")) {
            return new CsvFormat(';', true, zone);
        }
        throw ProblemException.badRequest(new Say("separator là comma (mặc định) hoặc semicolon",
                "separator is comma (the default) or semicolon"), ProblemException.fault("separator",
                "comma hoặc semicolon", "comma or semicolon"));
    }
}
