package vn.civicsquiz.teacher.stats;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.util.List;

/**
 * Per-learner activity of learner accounts (guests are not listed), one statement per page: the page of accounts
 * is chosen first, then each row's totals come from index lookups (learner_question by learner_id, quiz_attempt
 * by (learner_id, started_at)), so the cost follows the page size, not the number of answers.
 */
@ApplicationScoped
public class LearnerStatistics {

    private final EntityManager em;

    public LearnerStatistics(EntityManager em) {
        this.em = em;
    }

    @Transactional
    public LearnerStatsPage page(Long classId, int page, int size) {
        return page(classId, null, page, size);
    }

    /**
     * @param owner without a class, only learners in a class of this teacher are listed; null lists every learner
     */
    @Transactional
    public LearnerStatsPage page(Long classId, Long owner, int page, int size) {
        String members = members(classId, owner);
        String sql = """
                WITH accounts AS (
                    SELECT a.id, a.username, a.display_name, count(*) OVER () AS total
                    FROM account a %s
                    WHERE a.role = 'learner'
                    ORDER BY lower(a.username), a.id LIMIT :limit OFFSET :offset)
                SELECT ac.id, ac.username, ac.display_name, coalesce(t.attempts, 0), coalesce(s.answers, 0),
                       coalesce(s.correct, 0), greatest(t.last_start, s.last_answer), ac.total
                FROM accounts ac
                LEFT JOIN learner l ON l.account_id = ac.id
                LEFT JOIN LATERAL (SELECT count(*) AS attempts, max(started_at) AS last_start
                                   FROM quiz_attempt WHERE learner_id = l.id) t ON true
                LEFT JOIN LATERAL (SELECT sum(correct_count + wrong_count) AS answers, sum(correct_count) AS correct,
                                          max(last_answered_at) AS last_answer
                                   FROM learner_question WHERE learner_id = l.id) s ON true
                ORDER BY lower(ac.username), ac.id""".formatted(members);
        var query = em.createNativeQuery(sql).setParameter("limit", size).setParameter("offset", (long) page * size);
        bind(query, classId, owner);
        List<Object[]> rows = query.getResultList();
        long total = rows.isEmpty() ? count(classId, owner) : Rows.asLong(rows.get(0)[7]);
        List<LearnerStat> items = rows.stream().map(r -> {
            long answers = Rows.asLong(r[4]);
            long correct = Rows.asLong(r[5]);
            return new LearnerStat(Rows.asLong(r[0]), (String) r[1], (String) r[2], Rows.asLong(r[3]), answers,
                    correct, Rows.percent(correct, answers), Rows.asTime(r[6]));
        }).toList();
        return new LearnerStatsPage(items, page, size, total, classId);
    }

    private static String members(Long classId, Long owner) {
        if (classId != null) {
            return "JOIN class_member m ON m.account_id = a.id AND m.class_id = :classId";
        }
        return owner == null ? "" : "JOIN (SELECT DISTINCT m.account_id FROM class_member m JOIN school_class c "
                + "ON c.id = m.class_id WHERE c.teacher_id = :owner) mine ON mine.account_id = a.id";
    }

    private static void bind(jakarta.persistence.Query query, Long classId, Long owner) {
        if (classId != null) {
            query.setParameter("classId", classId);
        } else if (owner != null) {
            query.setParameter("owner", owner);
        }
    }

    private long count(Long classId, Long owner) {
        var query = em.createNativeQuery("SELECT count(*) FROM account a " + members(classId, owner)
                + " WHERE a.role = 'learner'");
        bind(query, classId, owner);
        return Rows.asLong(query.getSingleResult());
    }
}
