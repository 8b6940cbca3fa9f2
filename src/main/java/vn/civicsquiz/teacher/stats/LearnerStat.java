package vn.civicsquiz.teacher.stats;

import java.time.OffsetDateTime;

/**
 * One learner's activity.
 *
 * @param percentCorrect share of answers that were right, 0-100; null before the first answer
 * @param lastActivity   the latest quiz start or answer; null when the learner has not taken a quiz
 */
public record LearnerStat(long accountId, String username, String displayName, long attempts, long answers,
                          long correct, Double percentCorrect, OffsetDateTime lastActivity) {
}
