package vn.civicsquiz.teacher.stats;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Discrimination index and point-biserial correlation of some questions.
 * <p>
 * A learner's total is their share of right answers over the questions in scope (every question, or the topic's),
 * read from {@code learner_question}, which holds one row of right/wrong counts per learner and question (so it
 * is far smaller than the answers). Learners are ranked by total with window functions; the top and bottom 27%
 * (Kelley's groups, at least one learner each; ties at a group edge are split by learner id) form the upper and
 * lower groups. Discrimination = right-answer rate of the upper group on the question minus that of the lower
 * group. The point-biserial correlation is {@code corr(item score, total score)} over the learners who answered.
 * <p>
 * Over all learners or one topic, the totals kept by triggers give the groups' edges ({@link GroupEdges}) and
 * only the page's questions' learner_question rows are read. For a class, one pass over the members'
 * {@code learner_question} rows (by primary key learner_id) plus sorting their totals, O(L log L) for L members.
 */
@ApplicationScoped
public class Discrimination {

    /** Kelley's group share. */
    static final double GROUP_SHARE = GroupEdges.GROUP_SHARE;

    public record Index(Double discrimination, Double pointBiserial) {
    }

    public record Result(Map<Long, Index> byQuestion, long rankedLearners, long groupSize) {
    }

    private final EntityManager em;
    private final GroupEdges groupEdges;

    public Discrimination(EntityManager em, GroupEdges groupEdges) {
        this.em = em;
        this.groupEdges = groupEdges;
    }

    Result of(StatsScope scope, List<Long> questionIds) {
        if (questionIds.isEmpty()) {
            return new Result(Map.of(), 0, 0);
        }
        if (scope.byClass()) {
            return computed(scope, questionIds);
        }
        GroupEdges.Edges edges = groupEdges.of(scope.topic());
        return edges == null ? new Result(Map.of(), 0, 0) : placed(scope.topic(), edges, questionIds);
    }

    /**
     * The figures over everyone, or a topic's learners, from the kept totals: each learner who answered one of
     * the questions is placed against the groups' edges; the cost is that of the questions' learner_question rows.
     */
    private Result placed(String topic, GroupEdges.Edges edges, List<Long> questionIds) {
        String sql = """
                WITH lq AS (SELECT lq.question_id, lq.correct_count AS c, lq.correct_count + lq.wrong_count AS n,
                                   t.score,
                                   CASE WHEN t.score > :upperScore
                                             OR (t.score = :upperScore AND t.learner_id <= :upperLearner) THEN 1
                                        WHEN t.score < :lowerScore
                                             OR (t.score = :lowerScore AND t.learner_id >= :lowerLearner) THEN -1
                                        ELSE 0 END AS grp
                            FROM learner_question lq JOIN %s t ON t.learner_id = lq.learner_id%s
                            WHERE lq.question_id IN (:ids) AND lq.correct_count + lq.wrong_count > 0)
                SELECT lq.question_id,
                       (sum(lq.c) FILTER (WHERE lq.grp = 1))::float8 / nullif(sum(lq.n) FILTER (WHERE lq.grp = 1), 0)
                     - (sum(lq.c) FILTER (WHERE lq.grp = -1))::float8 / nullif(sum(lq.n) FILTER (WHERE lq.grp = -1), 0),
                       corr(lq.c::float8 / lq.n, lq.score)
                FROM lq
                GROUP BY lq.question_id""".formatted(GroupEdges.totalsTable(topic), GroupEdges.topicCondition(topic));
        var query = em.createNativeQuery(sql).setParameter("ids", questionIds)
                .setParameter("upperScore", edges.upperScore()).setParameter("upperLearner", edges.upperLearner())
                .setParameter("lowerScore", edges.lowerScore()).setParameter("lowerLearner", edges.lowerLearner());
        if (topic != null) {
            query.setParameter("topic", topic);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        Map<Long, Index> byQuestion = new HashMap<>();
        rows.forEach(r -> byQuestion.put(Rows.asLong(r[0]), new Index(Rows.asDouble(r[1]), Rows.asDouble(r[2]))));
        return new Result(byQuestion, edges.learners(), edges.groupSize());
    }

    /** The figures computed from the scope's learner_question rows alone (any scope, all learners included). */
    Result computed(StatsScope scope, List<Long> questionIds) {
        String scoped = scope.byClass()
                ? "JOIN members mb ON mb.learner_id = lq.learner_id" : "";
        String topicJoin = scope.topic() == null ? "" : "JOIN question q ON q.id = lq.question_id AND q.topic = :topic";
        String sql = "WITH " + (scope.byClass() ? StatsScope.MEMBERS + ",\n" : "") + """
                lq AS (SELECT lq.learner_id, lq.question_id, lq.correct_count AS c,
                              lq.correct_count + lq.wrong_count AS n
                       FROM learner_question lq %s %s
                       WHERE lq.correct_count + lq.wrong_count > 0),
                totals AS (SELECT learner_id, sum(c)::float8 / sum(n) AS score FROM lq GROUP BY learner_id),
                ranked AS (SELECT learner_id, score,
                                  row_number() OVER (ORDER BY score DESC, learner_id) AS from_top,
                                  row_number() OVER (ORDER BY score, learner_id DESC) AS from_bottom,
                                  count(*) OVER () AS learners
                           FROM totals),
                grouped AS (SELECT learner_id, score, learners,
                                   greatest(1, round(learners * %s)) AS group_size,
                                   CASE WHEN from_top <= greatest(1, round(learners * %s)) THEN 1
                                        WHEN from_bottom <= greatest(1, round(learners * %s)) THEN -1
                                        ELSE 0 END AS grp
                            FROM ranked)
                SELECT lq.question_id,
                       (sum(lq.c) FILTER (WHERE g.grp = 1))::float8 / nullif(sum(lq.n) FILTER (WHERE g.grp = 1), 0)
                     - (sum(lq.c) FILTER (WHERE g.grp = -1))::float8 / nullif(sum(lq.n) FILTER (WHERE g.grp = -1), 0),
                       corr(lq.c::float8 / lq.n, g.score),
                       max(g.learners), max(g.group_size)
                FROM lq JOIN grouped g ON g.learner_id = lq.learner_id
                WHERE lq.question_id IN (:ids)
                GROUP BY lq.question_id""".formatted(scoped, topicJoin, GROUP_SHARE, GROUP_SHARE, GROUP_SHARE);
        return result(scope.bind(em.createNativeQuery(sql)).setParameter("ids", questionIds).getResultList());
    }

    private static Result result(List<Object[]> rows) {
        Map<Long, Index> byQuestion = new HashMap<>();
        long learners = 0;
        long groupSize = 0;
        for (Object[] r : rows) {
            byQuestion.put(Rows.asLong(r[0]), new Index(Rows.asDouble(r[1]), Rows.asDouble(r[2])));
            learners = Math.max(learners, Rows.asLong(r[3]));
            groupSize = Math.max(groupSize, Rows.asLong(r[4]));
        }
        return new Result(byQuestion, learners, groupSize);
    }
}
