package vn.civicsquiz.generate;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;

/** Vietnamese wording for numbers, ordinals and dates as the source articles write them. */
final class Vietnamese {

    private static final List<String> ORDINALS = List.of("nhất", "hai", "ba", "tư", "năm", "sáu", "bảy", "tám", "chín",
            "mười");
    private static final List<String> CARDINALS = List.of("không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy",
            "tám", "chín", "mười");

    private Vietnamese() {
    }

    /** 3 → "thứ ba", 4 → "thứ tư". */
    static String ordinal(int n) {
        if (n < 1 || n > ORDINALS.size()) {
            return "thứ " + n;
        }
        return "thứ " + ORDINALS.get(n - 1);
    }

    /** "Thứ ba": an ordinal used as an option. */
    static String ordinalOption(int n) {
        return capitalise(ordinal(n));
    }

    /** 9 → "chín"; larger numbers stay in digits. */
    static String cardinal(int n) {
        return n >= 0 && n < CARDINALS.size() ? CARDINALS.get(n) : Integer.toString(n);
    }

    /** 1200 → "1.200", 24.8 → "24,8": dot groups thousands, comma marks decimals. */
    static String number(BigDecimal value) {
        BigDecimal plain = value.stripTrailingZeros();
        int scale = Math.max(0, plain.scale());
        DecimalFormatSymbols symbols = new DecimalFormatSymbols(Locale.ROOT);
        symbols.setGroupingSeparator('.');
        symbols.setDecimalSeparator(',');
        DecimalFormat format = new DecimalFormat(scale == 0 ? "#,##0" : "#,##0." + "0".repeat(scale), symbols);
        format.setRoundingMode(RoundingMode.HALF_EVEN);
        return format.format(plain);
    }

    /** "2021-12-14" → "14/12/2021", "2023-12" → "tháng 12/2023", "1986" → "năm 1986"; anything else unchanged. */
    static String date(String iso) {
        if (iso == null) {
            return "";
        }
        String[] parts = iso.strip().split("-");
        if (parts.length == 3 && parts[0].length() == 4) {
            return Integer.parseInt(parts[2]) + "/" + Integer.parseInt(parts[1]) + "/" + parts[0];
        }
        if (parts.length == 2 && parts[0].length() == 4) {
            return "tháng " + Integer.parseInt(parts[1]) + "/" + parts[0];
        }
        if (parts.length == 1 && iso.strip().matches("\\d{4}")) {
            return "năm " + iso.strip();
        }
        return iso;
    }

    /** The year of an ISO date, year-month or year, or null. */
    static String year(String iso) {
        return iso != null && iso.strip().matches("\\d{4}.*") ? iso.strip().substring(0, 4) : null;
    }

    static String capitalise(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        int first = text.codePointAt(0);
        return new StringBuilder().appendCodePoint(Character.toUpperCase(first))
                .append(text.substring(Character.charCount(first))).toString();
    }

    static String decapitalise(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        int first = text.codePointAt(0);
        int second = text.length() > Character.charCount(first) ? text.codePointAt(Character.charCount(first)) : 'a';
        if (Character.isUpperCase(second)) {
            return text; // an acronym such as "ASEAN" keeps its case
        }
        return new StringBuilder().appendCodePoint(Character.toLowerCase(first))
                .append(text.substring(Character.charCount(first))).toString();
    }

    /** Strips a final full stop so a text can be embedded in a longer sentence. */
    static String withoutFinalStop(String text) {
        String s = text.strip();
        while (s.endsWith(".") || s.endsWith(";")) {
            s = s.substring(0, s.length() - 1).strip();
        }
        return s;
    }
}
