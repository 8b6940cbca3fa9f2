package vn.civicsquiz.teacher.stats;

import java.util.List;

/**
 * One question's statistics, as in Moodle's quiz statistics report.
 *
 * @param facility       share of answers that were right, 0-100
 * @param discrimination right-answer rate of the upper 27% of learners (by their total score) minus that of the
 *                       lower 27%, -1..1; null when either group did not answer the question
 * @param pointBiserial  Pearson correlation between the learner's score on this question and their total score,
 *                       -1..1; null with fewer than two learners or no spread
 * @param options        the options of a choice question with their pick counts; empty for other kinds
 */
public record QuestionStat(long questionId, String topic, String kind, String stem, long answers, long correct,
                           Double facility, Double discrimination, Double pointBiserial, List<OptionStat> options) {

    public QuestionStat {
        options = List.copyOf(options);
    }
}
