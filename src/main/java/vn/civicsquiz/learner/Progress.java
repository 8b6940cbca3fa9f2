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
 * @param weakestFacts  distinct facts last answered wrong (then most often wrong), worst first, each with its own
 *                      quote and passage
 * @param factGroups    mastery per fact group: facts whose last answer was right, of the group's facts
 */
public record Progress(int attempts, int finishedAttempts, int answered, int correct, int streakDays,
                       int longestStreakDays, boolean studiedToday, List<TopicMastery> topics,
                       List<ScorePoint> history, List<WeakFact> weakestFacts, List<FactGroup> factGroups) {

    /**
     * "k of n facts" of one group (nine-tasks, five-lessons, three-pillars, figures, people, events, phrases).
     *
     * @param mastered facts of the group whose last answer was right
     * @param asked    facts of the group the learner was asked about
     * @param total    the group's facts
     */
    public record FactGroup(String group, int mastered, int asked, int total) {
        public int percent() {
            return total == 0 ? 0 : Math.round(100f * mastered / total);
        }

        /**
         * The learner's level in the group, from what they know of it: 0 not started (nothing asked), 1 under a
         * third of its facts mastered, 2 under two thirds, 3 more, 4 every fact.
         */
        @com.fasterxml.jackson.annotation.JsonProperty("level")
        public int level() {
            if (asked == 0 || total == 0) {
                return 0;
            }
            if (mastered >= total) {
                return 4;
            }
            return 3 * mastered < total ? 1 : 3 * mastered < 2 * total ? 2 : 3;
        }

        public String levelKey() {
            return "fact_level_" + level();
        }

        public String nameKey() {
            return "topic_" + group.replace('-', '_');
        }
    }

    /** @param mastered published questions of the topic whose last answer was right */
    public record TopicMastery(String topic, int mastered, int total) {
        public int percent() {
            return total == 0 ? 0 : Math.round(100f * mastered / total);
        }

        public String nameKey() {
            return "topic_" + topic.replace('-', '_');
        }
    }

    /** @param score the sum of the attempt's credits (a partly right answer counts its share) */
    public record ScorePoint(long attemptId, String topic, String mode, OffsetDateTime finishedAt,
                             java.math.BigDecimal score, int max) {
        public int percent() {
            return max == 0 ? 0 : score.multiply(java.math.BigDecimal.valueOf(100))
                    .divide(java.math.BigDecimal.valueOf(max), 0, java.math.RoundingMode.HALF_UP).intValue();
        }

        public String nameKey() {
            return "topic_" + topic.replace('-', '_');
        }
    }

    /**
     * @param quote       the fact's own sentence; sourceUrl its passage in the fact's own article
     * @param lastResults the last results, newest first: '1' right, '0' wrong
     */
    public record WeakFact(String factId, int correct, int wrong, String quote, String sourceUrl,
                           String lastResults) {
        public int total() {
            return correct + wrong;
        }

        /** The last results as marks, newest first: "✗ ✓ ✓". */
        public String lastResultMarks() {
            return String.join(" ", lastResults.chars().mapToObj(c -> c == '1' ? "✓" : "✗").toList());
        }
    }

    public int accuracyPercent() {
        return answered == 0 ? 0 : Math.round(100f * correct / answered);
    }

    public boolean empty() {
        return answered == 0 && attempts == 0;
    }
}
