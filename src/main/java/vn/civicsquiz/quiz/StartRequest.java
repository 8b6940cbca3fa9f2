package vn.civicsquiz.quiz;

/**
 * What a learner asks for when starting a quiz (already validated for shape).
 *
 * @param timeLimitSeconds only for test mode, else null
 */
public record StartRequest(String topic, int size, QuizMode mode, boolean review, Integer timeLimitSeconds) {
}
