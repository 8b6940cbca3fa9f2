package vn.civicsquiz.teacher.stats;

import java.util.List;

/**
 * A page of answered questions, newest first.
 *
 * @param rankedLearners learners whose totals were ranked for the discrimination index
 * @param groupSize      learners in each of the upper and lower groups (27% of the ranked, at least one)
 */
public record QuestionStatsPage(List<QuestionStat> items, int page, int size, long total, Long classId, String topic,
                                long rankedLearners, long groupSize) {

    public QuestionStatsPage {
        items = List.copyOf(items);
    }
}
