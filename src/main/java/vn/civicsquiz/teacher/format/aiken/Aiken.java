package vn.civicsquiz.teacher.format.aiken;

import java.util.regex.Pattern;

/** The Aiken format: question lines, options "A. text" or "A) text", then "ANSWER: A". */
final class Aiken {

    static final Pattern OPTION = Pattern.compile("^([A-Z])[.)][ \\t]+(.*)$");
    static final Pattern ANSWER = Pattern.compile("^ANSWER:\\s*(.*)$");

    private Aiken() {
    }

    /** A stem line the reader would take for an option or the answer line. */
    static boolean structural(String line) {
        String t = line.strip();
        return OPTION.matcher(t).matches() || ANSWER.matcher(t).matches();
    }
}
