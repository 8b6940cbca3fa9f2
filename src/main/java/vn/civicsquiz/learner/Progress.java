package vn.civicsquiz.learner;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A learner's progress as the dashboard and GET /api/v1/me/progress show it.
 *
 * @param answered      answers given, all attempts together
 * @param correct       of which right
 * @param streakDays    consecutive study days up to today (or yesterday)
 * @param history       finished attempts, oldest first (at most the last 20)
 * @param weakestFacts  facts most often answered wrong, worst first
 */
public record Progress(int attempts, int finishedAttempts, int answered, int correct, int streakDays,
                       int longestStreakDays, boolean studiedToday, List<TopicMastery> topics,
                       List<ScorePoint> history, List<WeakFact> weakestFacts) {

    /** @param mastered published questions of the topic whose last answer was right */
    public record TopicMastery(String topic, int mastered, int total) {
        public int percent() {
            return total == 0 ? 0 : Math.round(100f * mastered / total);
        }

        public String nameKey() {
            return "topic_" + topic.replace('-', '_');
        }
    }

    public record ScorePoint(long attemptId, String topic, String mode, OffsetDateTime finishedAt, int score, int max) {
        public int percent() {
            return max == 0 ? 0 : Math.round(100f * score / max);
        }

        public String nameKey() {
            return "topic_" + topic.replace('-', '_');
        }
    }

    /** @param quote a source sentence of a question testing the fact; sourceUrl its passage */
    public record WeakFact(String factId, int correct, int wrong, String quote, String sourceUrl) {
        public int total() {
            return correct + wrong;
        }
    }

    public int accuracyPercent() {
        return answered == 0 ? 0 : Math.round(100f * correct / answered);
    }

    public boolean empty() {
        return answered == 0 && attempts == 0;
    }
}
