package vn.civicsquiz.quiz;

/**
 * What a learner asks for when starting a quiz (already validated for shape).
 *
 * @param timeLimitSeconds only for test mode, else null
 * @param assignmentId     the class assignment it answers (checked by the caller), else null
 * @param questionIds      the questions to ask, in order (an assignment's choice), else null to pick by topic
 */
public record StartRequest(String topic, int size, QuizMode mode, boolean review, Integer timeLimitSeconds,
                           Long assignmentId, java.util.List<Long> questionIds) {

    public StartRequest(String topic, int size, QuizMode mode, boolean review, Integer timeLimitSeconds) {
        this(topic, size, mode, review, timeLimitSeconds, null, null);
    }

    public StartRequest(String topic, int size, QuizMode mode, boolean review, Integer timeLimitSeconds,
                        Long assignmentId) {
        this(topic, size, mode, review, timeLimitSeconds, assignmentId, null);
    }
}
