package vn.civicsquiz.teacher.stats;

import java.util.List;

/** A page of learner accounts in username order. */
public record LearnerStatsPage(List<LearnerStat> items, int page, int size, long total, Long classId) {

    public LearnerStatsPage {
        items = List.copyOf(items);
    }
}
