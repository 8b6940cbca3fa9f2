package vn.civicsquiz.content.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When a figure was true. The nearest time reference before the figure in its sentence wins ("đến nay" means the
 * article date, "năm 2019" means 2019); failing that, a time frame opening an earlier sentence of the paragraph
 * ("Trong giai đoạn 2011-2020, …", "Sáng 13-12, …"); failing that, the article date. Years after the article's
 * are targets and do not count.
 * "trong 2 năm 2018-2019 (… tương ứng 7,5 tỷ USD và 8,6 tỷ USD)" gives 2018 and 2019 respectively.
 */
final class AsOf {

    private static final Pattern CLAUSE_BREAK = Pattern.compile("[;:(]|,(?!\\d)");
    private static final Pattern YEAR_RANGE = Pattern.compile("((?:19|20)\\d{2})\\s*[-–]\\s*((?:19|20)\\d{2})");
    private static final Pattern RESPECTIVELY = Pattern.compile("(?iu)tương ứng");

    private AsOf() {
    }

    /**
     * @param sentence        the sentence text
     * @param at              offset of the figure in the sentence
     * @param figureStarts    offsets of all figures of the sentence, to pair "tương ứng" figures with a year range
     * @param earlierSentences the sentences before it in the same paragraph, nearest last
     */
    static String resolve(String sentence, int at, List<Integer> figureStarts, List<String> earlierSentences,
                          String articleDate) {
        String respective = respectiveYear(sentence, at, figureStarts);
        if (respective != null) {
            return respective;
        }
        List<int[]> clauses = clauses(sentence);
        for (int c = clauses.size() - 1; c >= 0; c--) {
            int[] clause = clauses.get(c);
            if (clause[0] <= at) {
                Optional<String> dated = dated(sentence.substring(clause[0], Math.min(clause[1], at)), articleDate);
                if (dated.isPresent()) {
                    return dated.get();
                }
            }
        }
        for (int i = earlierSentences.size() - 1; i >= 0; i--) {
            String earlier = earlierSentences.get(i);
            int[] opening = clauses(earlier).get(0);
            Optional<String> frame = dated(earlier.substring(opening[0], opening[1]), articleDate);
            if (frame.isPresent()) {
                return frame.get();
            }
        }
        return articleDate;
    }

    /** A year after the article's own ("mục tiêu đến năm 2030") is a target, never the time a figure was true. */
    private static Optional<String> dated(String text, String articleDate) {
        if (TimeReferences.meansNow(text)) {
            return Optional.ofNullable(articleDate);
        }
        return TimeReferences.last(text, articleDate).filter(iso -> articleDate == null || articleDate.length() < 4
                || iso.substring(0, 4).compareTo(articleDate.substring(0, 4)) <= 0);
    }

    /** In "2018-2019 (… tương ứng A và B)" the k-th figure after "tương ứng" belongs to the k-th year. */
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
