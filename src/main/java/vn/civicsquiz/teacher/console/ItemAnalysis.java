package vn.civicsquiz.teacher.console;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.civicsquiz.classes.AnswerMark;
import vn.civicsquiz.classes.AttemptMarks;

/**
 * Item analysis of one assignment over its counted attempts: per question, the share of right answers (facility)
 * and the discrimination index, as the statistics API computes it over a bank (Kelley's upper and lower 27 % by
 * score, at least one attempt each; ties at an edge go to the earlier attempt; D = right-answer rate of the upper
 * group minus that of the lower). With fewer than two attempts, or a question one group never met, D is absent.
 */
final class ItemAnalysis {

    static final double GROUP_SHARE = 0.27;

    /** @param discrimination -1 to 1, or null when the attempts cannot tell */
    record Item(long questionId, String stem, long right, long answered, Double discrimination) {
    }

    private ItemAnalysis() {
    }

    static List<Item> of(List<AttemptMarks> attempts) {
        List<AttemptMarks> ranked = new ArrayList<>(attempts);
        ranked.sort(Comparator.comparing((AttemptMarks a) -> a.score() == null ? BigDecimal.ZERO : a.score())
                .reversed().thenComparingLong(AttemptMarks::attemptId));
        int group = ranked.size() < 2 ? 0 : Math.max(1, (int) Math.round(GROUP_SHARE * ranked.size()));
        List<AttemptMarks> upper = ranked.subList(0, group);
        List<AttemptMarks> lower = ranked.subList(ranked.size() - group, ranked.size());

        Map<Long, long[]> counts = new LinkedHashMap<>();
        Map<Long, String> stems = new LinkedHashMap<>();
        for (AttemptMarks attempt : attempts) {
            for (AnswerMark answer : attempt.answers()) {
                long[] c = counts.computeIfAbsent(answer.questionId(), q -> new long[2]);
                c[0] += answer.correct() ? 1 : 0;
                c[1]++;
                stems.putIfAbsent(answer.questionId(), answer.stem());
            }
        }
        List<Item> items = new ArrayList<>();
        counts.forEach((question, c) -> {
            Double up = rate(upper, question);
            Double low = rate(lower, question);
            items.add(new Item(question, stems.get(question), c[0], c[1],
                    group == 0 || up == null || low == null ? null : up - low));
        });
        return items;
    }

    /** The group's share of right answers to the question, or null when none of it answered the question. */
    private static Double rate(List<AttemptMarks> group, long question) {
        long right = 0;
        long answered = 0;
        for (AttemptMarks attempt : group) {
            for (AnswerMark answer : attempt.answers()) {
                if (answer.questionId() == question) {
                    right += answer.correct() ? 1 : 0;
                    answered++;
                }
            }
        }
        return answered == 0 ? null : (double) right / answered;
    }
}
