package vn.civicsquiz.quiz.grading;

import java.math.BigDecimal;
import vn.civicsquiz.platform.problem.Say;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a number as a learner types it, the Vietnamese way first: "5.200" and "5 200" are five thousand two
 * hundred, "24,8" is twenty-four point eight; "1.200,5" and "1,200.5" are both 1200.5; a unit after the number is
 * ignored ("5.200 đoàn", "24,8 tỷ USD"). One dot or comma followed by exactly three digits can mean a thousands
 * group or a decimal part; the question decides which reading is plausible ({@link Context}), and when both are
 * the input is refused with both readings ({@code answer_number_ambiguous}), never graded.
 *
 * <p>Cheap by construction: the text is at most {@link #MAX_LENGTH} characters, the number at most
 * {@link #MAX_WHOLE_DIGITS} digits before its decimal separator and {@link #MAX_FRACTION_DIGITS} after, and no
 * exponent is accepted, so no {@link BigDecimal} of huge scale or precision is ever made.
 */
public final class NumberReader {

    public static final int MAX_LENGTH = 60;
    public static final int MAX_WHOLE_DIGITS = 15;
    public static final int MAX_FRACTION_DIGITS = 6;

    /**
     * What the question makes plausible.
     *
     * @param integral the answer (and its tolerance) are whole numbers: a decimal reading of "5.200" is implausible
     */
    public record Context(boolean integral) {

        public static final Context ANY = new Context(false);

        public static Context of(GradingKey key) {
            return new Context(whole(key.numericAnswer()) && whole(key.tolerance()));
        }

        private static boolean whole(BigDecimal value) {
            return value == null || value.signum() == 0 || value.stripTrailingZeros().scale() <= 0;
        }
    }

    /** sign, the digits with their separators, then anything that is not a digit: a unit. */
    private static final Pattern SHAPE = Pattern.compile(
            "([+\\-\u2212]?)\\s*(\\d[\\d., ]*?)[., ]*(?:\\s*([\\p{L}%][\\p{L}\\p{M}%/.\\s]*))?");
    private static final Pattern RUN = Pattern.compile("\\d+|[., ]");

    private NumberReader() {
    }

    /**
     * @return the number, never null
     * @throws InvalidAnswer answer_number (not a number), answer_number_range (too long, too many digits),
     *                       answer_number_ambiguous (two plausible readings, given as the reason's arguments)
     */
    public static BigDecimal read(String typed, Context context) {
        if (typed == null || typed.isBlank()) {
            throw new InvalidAnswer("value", "answer_number", GIVE_A_NUMBER);
        }
        if (typed.length() > MAX_LENGTH) {
            throw range(typed.substring(0, 20) + "…");
        }
        String text = typed.strip().replace('\u00a0', ' ').replace('\u202f', ' ').replace('\u2009', ' ')
                .replaceAll(" {2,}", " ");
        Matcher shape = SHAPE.matcher(text);
        if (!shape.matches()) {
            throw notANumber(typed);
        }
        boolean negative = !shape.group(1).isEmpty();
        List<String> runs = new ArrayList<>();
        Matcher run = RUN.matcher(shape.group(2));
        while (run.find()) {
            runs.add(run.group());
        }
        Reading reading = reading(runs, context, typed);
        BigDecimal value = reading.value();
        return negative ? value.negate() : value;
    }

    private static final Pattern JSON_NUMBER = Pattern.compile("-?(\\d+)(?:\\.(\\d+))?(?:[eE]([+-]?\\d{1,3}))?");

    /**
     * Reads a JSON number ("5200", "24.8", "5.2E+3") exactly, within the same bounds as typed text.
     *
     * @throws InvalidAnswer answer_number or answer_number_range
     */
    public static BigDecimal readExact(String json) {
        if (json == null || json.isBlank()) {
            throw new InvalidAnswer("value", "answer_number", GIVE_A_NUMBER);
        }
        if (json.length() > MAX_LENGTH) {
            throw range(json.substring(0, 20) + "…");
        }
        Matcher m = JSON_NUMBER.matcher(json.strip());
        if (!m.matches()) {
            throw notANumber(json);
        }
        int exponent = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
        if (Math.abs(exponent) > MAX_WHOLE_DIGITS + MAX_FRACTION_DIGITS + MAX_LENGTH) {
            throw range(json);
        }
        BigDecimal value = new BigDecimal(json.strip()).stripTrailingZeros(); // small exponent: cheap
        int whole = value.precision() - value.scale();
        if (whole > MAX_WHOLE_DIGITS || value.scale() > MAX_FRACTION_DIGITS) {
            throw range(json);
        }
        return value.scale() < 0 ? value.setScale(0) : value;
    }

    /** Digits before and after the decimal separator (the latter empty for a whole number). */
    private record Reading(String whole, String fraction) {
        BigDecimal value() {
            return new BigDecimal(fraction.isEmpty() ? whole : whole + "." + fraction);
        }
    }

    private static Reading reading(List<String> runs, Context context, String typed) {
        List<String> digits = new ArrayList<>();
        List<Character> separators = new ArrayList<>();
        for (String r : runs) {
            if (Character.isDigit(r.charAt(0))) {
                digits.add(r);
            } else if (separators.size() == digits.size() - 1) {
                separators.add(r.charAt(0));
            } else {
                throw notANumber(typed); // two separators in a row
            }
        }
        if (separators.size() != digits.size() - 1) {
            throw notANumber(typed);
        }
        Character decimal = decimalSeparator(separators, digits, context, typed);
        int split = decimal == null ? digits.size() : separators.lastIndexOf(decimal) + 1;
        List<String> wholeGroups = digits.subList(0, split);
        List<Character> groupMarks = separators.subList(0, split - 1);
        if (!groupMarks.isEmpty()) {
            checkGroups(wholeGroups, typed);
            long marks = groupMarks.stream().filter(c -> c != ' ').distinct().count();
            if (marks > 1 || decimal != null && groupMarks.contains(decimal)) {
                throw notANumber(typed); // "1.200,000" or "1,200,5" as groups
            }
        }
        String whole = String.join("", wholeGroups);
        String fraction = split < digits.size() ? digits.get(split) : "";
        return bounded(new Reading(whole, fraction), typed);
    }

    /**
     * The separator that starts the decimal part, or null for a whole number.
     *
     * @throws InvalidAnswer answer_number_ambiguous when one "." or "," before three digits has two plausible readings
     */
    private static Character decimalSeparator(List<Character> separators, List<String> digits, Context context,
                                              String typed) {
        if (separators.isEmpty()) {
            return null;
        }
        char last = separators.get(separators.size() - 1);
        if (last == ' ') {
            return null; // spaces only ever group thousands
        }
        long sameAsLast = separators.stream().filter(c -> c == last).count();
        boolean otherMarks = separators.stream().anyMatch(c -> c != last && c != ' ');
        if (otherMarks) {
            if (sameAsLast > 1) {
                throw notANumber(typed); // "1.200,5,3"
            }
            return last; // "1.200,5" and "1,200.5": the mark that comes once, last, is the decimal one
        }
        if (sameAsLast > 1) {
            return null; // "1.200.000": groups
        }
        String before = digits.get(digits.size() - 2);
        String after = digits.get(digits.size() - 1);
        boolean couldBeGroup = after.length() == 3 && before.length() <= 3 && !before.startsWith("0")
                && digits.size() == 2;
        if (!couldBeGroup || separators.size() > 1) {
            return last; // "24,8", "7.5", "0,125", "12345.678", "5 200,5"
        }
        if (context.integral()) {
            return null; // a count: "5.200" and "1,467" are thousands
        }
        if (last == ',') {
            return last; // a decimal answer: "1,467" is Vietnamese for 1.467
        }
        // a decimal answer and "1.467": Vietnamese thousands (1467) or an English decimal (1.467)
        String thousands = before + after;
        String decimal = before + "," + after;
        throw new InvalidAnswer("value", "answer_number_ambiguous",
                new Say("'" + typed.strip() + "' có thể là " + thousands + " hoặc " + decimal + "; hãy gõ "
                        + thousands + " (số nguyên) hoặc " + decimal + " (số thập phân, dấu phẩy)",
                        "'" + typed.strip() + "' could be " + thousands + " or " + before + "." + after
                        + "; type " + thousands + " or " + decimal),
                List.of(typed.strip(), thousands, decimal, before + "." + after));
    }

    /** After the first, every group of a grouped whole part has three digits; the first has one to three. */
    private static void checkGroups(List<String> groups, String typed) {
        if (groups.get(0).length() > 3 || (groups.get(0).startsWith("0"))) {
            throw notANumber(typed);
        }
        for (int i = 1; i < groups.size(); i++) {
            if (groups.get(i).length() != 3) {
                throw notANumber(typed);
            }
        }
    }

    private static Reading bounded(Reading reading, String typed) {
        String whole = reading.whole().replaceFirst("^0+(?=\\d)", "");
        if (whole.length() > MAX_WHOLE_DIGITS || reading.fraction().length() > MAX_FRACTION_DIGITS) {
            throw range(typed);
        }
        return new Reading(whole, reading.fraction());
    }

    static final Say GIVE_A_NUMBER = new Say("Hãy nhập một số", "Give a number");

    private static InvalidAnswer notANumber(String typed) {
        return new InvalidAnswer("value", "answer_number",
                new Say("Không phải một số: " + typed, "Not a number: " + typed));
    }

    private static InvalidAnswer range(String typed) {
        return new InvalidAnswer("value", "answer_number_range", new Say("Một số có tối đa " + MAX_WHOLE_DIGITS
                + " chữ số phần nguyên và " + MAX_FRACTION_DIGITS + " chữ số thập phân, không viết dạng lũy thừa: "
                + typed, "A number of at most " + MAX_WHOLE_DIGITS + " digits and " + MAX_FRACTION_DIGITS
                + " decimals, without exponent: " + typed));
    }
}
