package vn.civicsquiz.content.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When a figure was true. The nearest time reference before the figure in its sentence wins: "đến nay" means the
 * article date, "năm 2019" means 2019, "tháng 12/2023" means 2023-12; without one the article date applies.
 * "trong 2 năm 2018-2019 (... tương ứng 7,5 tỷ USD và 8,6 tỷ USD)" gives 2018 and 2019 respectively.
 */
final class AsOf {

    private static final Pattern CLAUSE_BREAK = Pattern.compile("[,;:(]");
    private static final Pattern UP_TO_NOW = Pattern.compile("(?iu)(?<!\\p{L})(?:đến nay|tới nay|hiện nay|hiện tại|nay)(?!\\p{L})");
    private static final Pattern FULL_DATE = Pattern.compile("(?<![\\d/])(\\d{1,2})/(\\d{1,2})/((?:19|20)\\d{2})\\b");
    private static final Pattern MONTH_YEAR = Pattern.compile("(?<![\\d/])(\\d{1,2})/((?:19|20)\\d{2})\\b");
    private static final Pattern YEAR_RANGE = Pattern.compile("\\b((?:19|20)\\d{2})\\s*[-–]\\s*((?:19|20)\\d{2})\\b");
    private static final Pattern YEAR = Pattern.compile("(?<![\\d/.,-])((?:19|20)\\d{2})(?![\\d/.,]\\d)");
    private static final Pattern RESPECTIVELY = Pattern.compile("(?iu)tương ứng");

    private AsOf() {
    }

    /**
     * @param sentence     the sentence text
     * @param at           offset of the figure in the sentence
     * @param figureStarts offsets of all figures of the sentence, to pair "tương ứng" figures with a year range
     */
    static String resolve(String sentence, int at, List<Integer> figureStarts, String articleDate) {
        String respective = respectiveYear(sentence, at, figureStarts);
        if (respective != null) {
            return respective;
        }
        List<int[]> clauses = clauses(sentence);
        for (int c = clauses.size() - 1; c >= 0; c--) {
            int[] clause = clauses.get(c);
            if (clause[0] > at) {
                continue;
            }
            String text = sentence.substring(clause[0], Math.min(clause[1], at));
            if (UP_TO_NOW.matcher(text).find()) {
                return articleDate;
            }
            String dated = lastDate(text);
            if (dated != null) {
                return dated;
            }
        }
        return articleDate;
    }

    private static String lastDate(String before) {
        Matcher range = YEAR_RANGE.matcher(before);
        String found = null;
        int foundAt = -1;
        while (range.find()) {
            found = range.group(2);
            foundAt = range.start();
        }
        Matcher monthYear = MONTH_YEAR.matcher(before);
        while (monthYear.find()) {
            if (monthYear.start() > foundAt) {
                found = monthYear.group(2) + "-" + twoDigits(monthYear.group(1));
                foundAt = monthYear.start();
            }
        }
        Matcher fullDate = FULL_DATE.matcher(before);
        while (fullDate.find()) {
            if (fullDate.start() > foundAt) {
                found = fullDate.group(3) + "-" + twoDigits(fullDate.group(2)) + "-" + twoDigits(fullDate.group(1));
                foundAt = fullDate.start();
            }
        }
        Matcher year = YEAR.matcher(before);
        while (year.find()) {
            if (year.start() > foundAt && !insideRange(before, year.start())) {
                found = year.group(1);
                foundAt = year.start();
            }
        }
        return found;
    }

    /** In "2018-2019 (... tương ứng A và B)" the k-th figure after "tương ứng" belongs to the k-th year. */
    private static String respectiveYear(String sentence, int at, List<Integer> figureStarts) {
        Matcher respectively = RESPECTIVELY.matcher(sentence);
        if (!respectively.find() || respectively.start() > at) {
            return null;
        }
        Matcher range = YEAR_RANGE.matcher(sentence.substring(0, respectively.start()));
        String first = null;
        String last = null;
        while (range.find()) {
            first = range.group(1);
            last = range.group(2);
        }
        if (first == null) {
            return null;
        }
        int k = (int) figureStarts.stream().filter(s -> s >= respectively.start() && s < at).count();
        int year = Integer.parseInt(first) + k;
        return year <= Integer.parseInt(last) ? String.valueOf(year) : null;
    }

    private static String twoDigits(String number) {
        return number.length() == 1 ? "0" + number : number;
    }

    private static boolean insideRange(String text, int yearStart) {
        Matcher range = YEAR_RANGE.matcher(text);
        while (range.find()) {
            if (yearStart >= range.start() && yearStart < range.end()) {
                return true;
            }
        }
        return false;
    }

    private static List<int[]> clauses(String sentence) {
        List<int[]> clauses = new ArrayList<>();
        Matcher m = CLAUSE_BREAK.matcher(sentence);
        int start = 0;
        while (m.find()) {
            clauses.add(new int[] {start, m.start()});
            start = m.end();
        }
        clauses.add(new int[] {start, sentence.length()});
        return clauses;
    }
}
