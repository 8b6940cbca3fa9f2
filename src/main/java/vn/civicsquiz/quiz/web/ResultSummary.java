package vn.civicsquiz.quiz.web;

import vn.civicsquiz.quiz.QuizAttempt;
import vn.civicsquiz.quiz.QuizTopics;

import java.time.Duration;

/** The headline of a results page: score, percentage, time taken and a word of encouragement. */
public record ResultSummary(int score, int max, int percent, long minutes, long seconds, int wrong, String topicKey,
                            String praiseKey) {

    public static ResultSummary of(QuizAttempt attempt) {
        int score = attempt.score == null ? 0 : attempt.score;
        int percent = attempt.size == 0 ? 0 : Math.round(100f * score / attempt.size);
        Duration time = attempt.elapsed(attempt.finishedAt);
        String praise = percent >= 80 ? "praise_high" : percent >= 50 ? "praise_mid" : "praise_low";
        return new ResultSummary(score, attempt.size, percent, time.toMinutes(), time.toSecondsPart(),
                attempt.size - score, "topic_" + QuizTopics.key(attempt.topic), praise);
    }

    /** XP this quiz earned (see {@link vn.civicsquiz.learner.habit.XpRule}). */
    public long xp() {
        return vn.civicsquiz.learner.habit.XpRule.ofQuiz(score);
    }
}
