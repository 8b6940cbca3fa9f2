package vn.civicsquiz.quiz;

/**
 * What a learner asks for when starting a quiz (already validated for shape).
 *
 * @param timeLimitSeconds only for test mode, else null
 * @param assignmentId     the class assignment it answers (checked by the caller), else null
 */
public record StartRequest(String topic, int size, QuizMode mode, boolean review, Integer timeLimitSeconds,
                           Long assignmentId) {

    public StartRequest(String topic, int size, QuizMode mode, boolean review, Integer timeLimitSeconds) {
        this(topic, size, mode, review, timeLimitSeconds, null);
    }
}
