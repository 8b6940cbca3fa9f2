package vn.civicsquiz.teacher.format.gift;

import java.util.regex.Pattern;

/** Symbols of the GIFT format shared by the reader and the writer. */
final class Gift {

    /** Characters that have a meaning in GIFT and are written with a backslash when meant literally. */
    static final String CONTROL = "~=#{}:";

    /** What Moodle inserts where an answer block stood in the middle of the question text. */
    static final String BLANK = "_____";

    static final String GENERAL_FEEDBACK = "####";

    static final String CATEGORY = "$CATEGORY:";

    /** A leading answer weight such as {@code %50%} or {@code %-33.3%}. */
    static final Pattern WEIGHT_PREFIX = Pattern.compile("^%(-?[0-9]+(?:\\.[0-9]*)?)%");

    /** The text markers Moodle knows; any other {@code [word]} is ordinary text. */
    static final java.util.Set<String> TEXT_FORMATS = java.util.Set.of("html", "moodle", "plain", "markdown");

    /** What Moodle exports after some closing braces and tolerates on import. */
    static final String STRAY_TAIL = "\";";

    /** Option labels of TRUE_FALSE questions, true first. */
    static final String TRUE_LABEL = "Đúng";
    static final String FALSE_LABEL = "Sai";

    private Gift() {
    }

    /** Whitespace as the reader trims it: ASCII control characters, space and Unicode whitespace. */
    static boolean isSpace(char c) {
        return c <= ' ' || Character.isWhitespace(c);
    }

    static String trim(String s) {
        int from = 0;
        int to = s.length();
        while (from < to && isSpace(s.charAt(from))) {
            from++;
        }
        while (to > from && isSpace(s.charAt(to - 1))) {
            to--;
        }
        return s.substring(from, to);
    }
}
