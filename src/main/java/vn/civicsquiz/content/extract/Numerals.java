package vn.civicsquiz.content.extract;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/** Numerals as Vietnamese writes them, and digit strings that are not amounts (dates, codes, clock times). */
final class Numerals {

    private static final Pattern THOUSANDS_DOT = Pattern.compile("\\d{1,3}(\\.\\d{3})+(,\\d+)?");
    private static final Pattern DECIMAL_COMMA = Pattern.compile("\\d+,\\d+");
    private static final Pattern DECIMAL_POINT = Pattern.compile("\\d+\\.\\d+");
    private static final Pattern INTEGER = Pattern.compile("\\d+");

    private Numerals() {
    }

    /** Digits stuck to letters, hyphens or colons belong to a name, a code, a date or a clock time. */
    static boolean glued(String text, Token t) {
        char before = t.start() > 0 ? text.charAt(t.start() - 1) : ' ';
        boolean afterHyphen = before == '-' && t.start() > 1
                && Character.isLetterOrDigit(text.charAt(t.start() - 2)); // "Covid-19", second half of "13-12"
        boolean afterColon = before == ':' && t.start() > 1 && Character.isDigit(text.charAt(t.start() - 2));
        return Character.isLetter(before) || afterHyphen || afterColon || gluedAfter(text, t);
    }

    static boolean gluedAfter(String text, Token t) {
        char after = t.end() < text.length() ? text.charAt(t.end()) : ' ';
        char next = t.end() + 1 < text.length() ? text.charAt(t.end() + 1) : ' ';
        return Character.isLetter(after) || after == '-' && Character.isLetter(next)
                || after == ':' && Character.isDigit(next);
    }

    /** "14/12" (day/month) and "11/2021" (month/year) are dates; "189/193" is a part of a whole. */
    static boolean looksLikeDate(String first, String second) {
        if (!INTEGER.matcher(first).matches() || !INTEGER.matcher(second).matches()
                || first.length() > 4 || second.length() > 4) { // no day, month or year has more digits
            return false;
        }
        long a = Long.parseLong(first);
        long b = Long.parseLong(second);
        boolean dayMonth = a >= 1 && a <= 31 && b >= 1 && b <= 12;
        boolean monthYear = a >= 1 && a <= 12 && b >= 1900 && b <= 2100;
        return dayMonth || monthYear;
    }

    /** "1.200" is 1200 (thousands dot), "24,8" is 24.8 (decimal comma); null if not a numeral. */
    static BigDecimal digits(String s) {
        if (THOUSANDS_DOT.matcher(s).matches()) {
            return new BigDecimal(s.replace(".", "").replace(',', '.'));
        }
        if (DECIMAL_COMMA.matcher(s).matches()) {
            return new BigDecimal(s.replace(',', '.'));
        }
        if (DECIMAL_POINT.matcher(s).matches() || INTEGER.matcher(s).matches()) {
            return new BigDecimal(s);
        }
        return null;
    }
}
