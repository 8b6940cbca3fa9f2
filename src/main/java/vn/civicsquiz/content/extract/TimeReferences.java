package vn.civicsquiz.content.extract;

import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Explicit time references in Vietnamese text, as ISO dates: "năm 2019" (2019), "2018-2019" (2019, the end of the
 * span), "tháng 12/2023" (2023-12), "14/12/2021", "11 tháng của năm 2021" (2021-11), "Sáng 13-12" (day and month
 * in the article's year).
 */
final class TimeReferences {

    private static final String YEAR = "((?:19|20)\\d{2})";
    private static final Pattern UP_TO_NOW = Pattern.compile(
            "(?iu)(?<!\\p{L})(?:đến nay|tới nay|hiện nay|hiện tại|nay)(?!\\p{L})");

    private record Rule(Pattern pattern, BiFunction<Matcher, String, String> iso) {
    }

    /** Later rules win when two references end at the same place ("11 tháng của năm 2021" over "năm 2021"). */
    private static final List<Rule> RULES = List.of(
            new Rule(Pattern.compile("(?<![\\d/.,-])" + YEAR + "(?![\\d/.,-]\\d|\\s*[-–]\\s*\\d)"),
                    (m, articleDate) -> m.group(1)),
            new Rule(Pattern.compile(YEAR + "\\s*[-–]\\s*" + YEAR + "(?!\\d)"), (m, articleDate) -> m.group(2)),
            new Rule(Pattern.compile("(?<![\\d/])(\\d{1,2})/" + YEAR + "(?!\\d)"),
                    (m, articleDate) -> m.group(2) + "-" + twoDigits(m.group(1))),
            new Rule(Pattern.compile("(?<![\\d/])(\\d{1,2})/(\\d{1,2})/" + YEAR + "(?!\\d)"),
                    (m, articleDate) -> m.group(3) + "-" + twoDigits(m.group(2)) + "-" + twoDigits(m.group(1))),
            new Rule(Pattern.compile("(?iu)(?<!\\d)(\\d{1,2}) tháng (?:đầu )?(?:của )?năm " + YEAR + "(?!\\d)"),
                    (m, articleDate) -> m.group(2) + "-" + twoDigits(m.group(1))),
            new Rule(Pattern.compile(
                    "(?iu)(?:ngày|sáng|chiều|tối|trưa|đêm|hôm)(?: nay)?\\s*[,(]?\\s*(\\d{1,2})[-/](\\d{1,2})(?![\\d/-])"),
                    TimeReferences::dayMonth));

    private TimeReferences() {
    }

    static boolean meansNow(String text) {
        return UP_TO_NOW.matcher(text).find();
    }

    /** The reference that ends last in {@code text}, as an ISO date, year-month or year. */
    static Optional<String> last(String text, String articleDate) {
        String found = null;
        int foundEnd = -1;
        for (Rule rule : RULES) {
            Matcher m = rule.pattern().matcher(text);
            while (m.find()) {
                String iso = rule.iso().apply(m, articleDate);
                if (iso != null && m.end() >= foundEnd) {
                    found = iso;
                    foundEnd = m.end();
                }
            }
        }
        return Optional.ofNullable(found);
    }

    private static String dayMonth(Matcher m, String articleDate) {
        int day = Integer.parseInt(m.group(1));
        int month = Integer.parseInt(m.group(2));
        if (articleDate == null || articleDate.length() < 4 || day < 1 || day > 31 || month < 1 || month > 12) {
            return null;
        }
        return articleDate.substring(0, 4) + "-" + twoDigits(m.group(2)) + "-" + twoDigits(m.group(1));
    }

    private static String twoDigits(String number) {
        return number.length() == 1 ? "0" + number : number;
    }
}
