package vn.civicsquiz.quiz.web;

import vn.civicsquiz.quiz.ItemView;
import vn.civicsquiz.quiz.QuizAttempt;
import vn.civicsquiz.quiz.QuizTopics;
import vn.civicsquiz.quiz.grading.Credit;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * The headline of a results page: score, percentage, time taken and a word of encouragement.
 *
 * @param right  answers that earned full credit
 * @param points the score (sum of credits) as the reader writes numbers, e.g. "3,5"
 * @param partly true when some answer earned part of its mark, so the score is shown in points
 * @param wrong  questions not fully right
 */
public record ResultSummary(int right, String points, boolean partly, int max, int percent, long minutes,
                            long seconds, int wrong, String topicKey, String praiseKey) {

    public static ResultSummary of(QuizAttempt attempt, List<ItemView> items, Locale locale) {
        BigDecimal score = attempt.score == null ? BigDecimal.ZERO : attempt.score;
        int right = (int) items.stream().filter(i -> i.feedback() != null && i.feedback().correct()).count();
        boolean partly = items.stream().anyMatch(i -> i.feedback() != null && i.feedback().partial());
        int percent = attempt.size == 0 ? 0 : score.multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(attempt.size), 0, java.math.RoundingMode.HALF_UP).intValue();
        Duration time = attempt.elapsed(attempt.finishedAt);
        String praise = percent >= 80 ? "praise_high" : percent >= 50 ? "praise_mid" : "praise_low";
        return new ResultSummary(right, Credit.text(score, locale), partly, attempt.size, percent, time.toMinutes(),
                time.toSecondsPart(), attempt.size - right, "topic_" + QuizTopics.key(attempt.topic), praise);
    }

    /** XP this quiz earned (see {@link vn.civicsquiz.learner.habit.XpRule}): fully right answers only. */
    public long xp() {
        return vn.civicsquiz.learner.habit.XpRule.ofQuiz(right);
    }
}
