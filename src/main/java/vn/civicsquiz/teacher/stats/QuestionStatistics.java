package vn.civicsquiz.teacher.stats;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.civicsquiz.teacher.QuestionFilter;

/**
 * Per-question statistics in a few set-based statements per page, whatever the page size: the page of questions
 * with their answer counts (and, for everyone, the total from {@code answered_question_count}), the option picks of
 * those questions, and their discrimination (see {@link Discrimination}).
 * <p>
 * Without a class the counts come from the running totals {@code question_stats} and {@code option_pick_count}
 * (kept by a trigger on every answer), so the cost does not grow with the number of answers. With a class they
 * are counted from the members' answers, reached through indexes (learner -> attempts -> answers).
 */
@ApplicationScoped
public class QuestionStatistics {

    private static final Set<String> CHOICE_KINDS = Set.of("SINGLE", "MULTIPLE", "TRUE_FALSE", "NEGATIVE");

    private final EntityManager em;
    private final AnswerTallies tallies;
    private final Discrimination discrimination;

    public QuestionStatistics(EntityManager em, Discrimination discrimination, AnswerTallies tallies) {
        this.em = em;
        this.discrimination = discrimination;
        this.tallies = tallies;
    }

    @Transactional
    public QuestionStatsPage page(Long classId, String topic, QuestionFilter filter, int page, int size) {
        tallies.fold(); // the answers of the last second, so the totals read below are exact
        StatsScope scope = new StatsScope(classId, topic, filter);
        List<Object[]> rows = scope.bindAll(em.createNativeQuery(questionsSql(scope)))
                .setParameter("limit", size).setParameter("offset", (long) page * size).getResultList();
        long total = !scope.byClass() && !scope.filtered() ? answeredQuestions(scope)
                : !scope.byClass() ? filteredQuestions(scope)
                : rows.isEmpty() ? countAll(scope, page) : Rows.asLong(rows.get(0)[6]);
        List<Long> ids = rows.stream().map(r -> Rows.asLong(r[0])).toList();
        Map<Long, List<Object[]>> options = options(scope, ids);
        Discrimination.Result indices = discrimination.of(scope, ids);
        List<QuestionStat> items = new ArrayList<>();
        for (Object[] r : rows) {
            long id = Rows.asLong(r[0]);
            String kind = (String) r[2];
            long answers = Rows.asLong(r[4]);
            long correct = Rows.asLong(r[5]);
            List<OptionStat> optionStats = CHOICE_KINDS.contains(kind)
                    ? options.getOrDefault(id, List.of()).stream().map(o -> option(o, answers)).toList()
                    : List.of();
            Discrimination.Index index = indices.byQuestion().get(id);
            items.add(new QuestionStat(id, (String) r[1], kind, (String) r[3], answers, correct,
                    Rows.percent(correct, answers),
                    index == null ? null : Rows.round(index.discrimination(), 4),
                    index == null ? null : Rows.round(index.pointBiserial(), 4), optionStats));
        }
        return new QuestionStatsPage(items, page, size, total, classId, topic, indices.rankedLearners(),
                indices.groupSize());
    }

    private static String questionsSql(StatsScope scope) {
        if (!scope.byClass()) {
            return """
                    SELECT q.id, q.topic, q.kind, q.stem, s.answers, s.correct
                    FROM question_stats s JOIN question q ON q.id = s.question_id
                    WHERE true""" + scope.questionCondition("q") + """
                    
                    ORDER BY s.question_id DESC LIMIT :limit OFFSET :offset""";
        }
        return "WITH " + StatsScope.MEMBERS + """
                
                SELECT q.id, q.topic, q.kind, q.stem, count(*) AS answers, count(*) FILTER (WHERE a.correct) AS correct,
                       count(*) OVER () AS total
                FROM members mb
                JOIN quiz_attempt t ON t.learner_id = mb.learner_id
                JOIN attempt_answer a ON a.attempt_id = t.id
                JOIN question q ON q.id = a.question_id
                WHERE true""" + scope.questionCondition("q") + """
                
                GROUP BY q.id, q.topic, q.kind, q.stem
                ORDER BY q.id DESC LIMIT :limit OFFSET :offset""";
    }

    /** Questions with answers, everyone's: from the counts kept by triggers (seven rows at most). */
    private long answeredQuestions(StatsScope scope) {
        String sql = "SELECT coalesce(sum(c.questions), 0) FROM answered_question_count c WHERE true"
                + scope.topicCondition("c");
        return Rows.asLong(scope.bind(em.createNativeQuery(sql)).getSingleResult());
    }

    /** Answered questions that the filters cover, everyone's. */
    private long filteredQuestions(StatsScope scope) {
        String sql = "SELECT count(*) FROM question_stats s JOIN question q ON q.id = s.question_id WHERE true"
                + scope.questionCondition("q");
        return Rows.asLong(scope.bindAll(em.createNativeQuery(sql)).getSingleResult());
    }

    /** A class's total when the page is past the end (the window count rides on the rows of a page). */
    private long countAll(StatsScope scope, int page) {
        if (page == 0) {
            return 0;
        }
        List<Object[]> first = scope.bindAll(em.createNativeQuery(questionsSql(scope)))
                .setParameter("limit", 1).setParameter("offset", 0L).getResultList();
        return first.isEmpty() ? 0 : Rows.asLong(first.get(0)[6]);
    }

    private Map<Long, List<Object[]>> options(StatsScope scope, List<Long> ids) {
        Map<Long, List<Object[]>> byQuestion = new HashMap<>();
        if (ids.isEmpty()) {
            return byQuestion;
        }
        String picks = scope.byClass() ? """
                WITH %s,
                picked AS (
                    SELECT a.question_id, x.option_id::bigint AS option_id, count(*) AS picks
                    FROM members mb
                    JOIN quiz_attempt t ON t.learner_id = mb.learner_id
                    JOIN attempt_answer a ON a.attempt_id = t.id
                    CROSS JOIN LATERAL jsonb_array_elements_text(CASE WHEN a.response::jsonb ->> 'type' = 'choice'
                        THEN a.response::jsonb -> 'optionIds' ELSE '[]'::jsonb END) AS x(option_id)
                    WHERE a.question_id IN (:ids)
                    GROUP BY a.question_id, x.option_id)
                """.formatted(StatsScope.MEMBERS) : "WITH picked AS (SELECT question_id, option_id, picks "
                + "FROM option_pick_count WHERE question_id IN (:ids))\n";
        String sql = picks + """
                SELECT o.question_id, o.id, o.ordinal, o.text, o.correct, coalesce(p.picks, 0)
                FROM question_option o
                LEFT JOIN picked p ON p.option_id = o.id AND p.question_id = o.question_id
                WHERE o.question_id IN (:ids)
                ORDER BY o.question_id, o.ordinal""";
        var query = em.createNativeQuery(sql).setParameter("ids", ids);
        if (scope.byClass()) {
            query.setParameter("classId", scope.classId());
        }
        List<Object[]> rows = query.getResultList();
        rows.forEach(r -> byQuestion.computeIfAbsent(Rows.asLong(r[0]), k -> new ArrayList<>()).add(r));
        return byQuestion;
    }

    private static OptionStat option(Object[] r, long answers) {
        boolean correct = (Boolean) r[4];
        long picks = Rows.asLong(r[5]);
        return new OptionStat(Rows.asLong(r[1]), ((Number) r[2]).intValue(), (String) r[3], correct, picks,
                Rows.percent(picks, answers), !correct && picks == 0 && answers > 0);
    }
}
