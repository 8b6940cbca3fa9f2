package vn.civicsquiz.quiz;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Chooses the questions of a new attempt. Its cost does not grow with the bank: each query walks an index on
 * {@code pick_key} from a random point (wrapping around to the start once) and stops after {@code n} rows;
 * questions the learner already answered correctly are skipped by an anti-join on the learner_question key.
 */
@ApplicationScoped
public class QuestionPicker {

    /** Fresh questions of one topic; %s is empty or the topic filter. Parameters :learner, :start, :n. */
    private static final String FRESH = """
            (SELECT q.id FROM question q
              WHERE q.status = 'published' AND NOT q.held_back%1$s AND q.pick_key >= :start%2$s
              ORDER BY q.pick_key LIMIT :n)
            UNION ALL
            (SELECT q.id FROM question q
              WHERE q.status = 'published' AND NOT q.held_back%1$s AND q.pick_key < :start%2$s
              ORDER BY q.pick_key LIMIT :n)
            LIMIT :n""";
    private static final String NOT_MASTERED = """

                AND NOT EXISTS (SELECT 1 FROM learner_question lq
                                WHERE lq.learner_id = :learner AND lq.question_id = q.id AND lq.correct_count > 0)""";
    private static final String TOPIC = " AND q.topic = :topic";

    /** The selection query for a topic (or {@link QuizTopics#MIXED}), skipping mastered questions. */
    public static String freshQuery(String topic) {
        return FRESH.formatted(QuizTopics.MIXED.equals(topic) ? "" : TOPIC, NOT_MASTERED);
    }

    /** Like {@link #freshQuery} without the anti-join: used once the learner has mastered the whole pool. */
    public static String anyQuery(String topic) {
        return FRESH.formatted(QuizTopics.MIXED.equals(topic) ? "" : TOPIC, "");
    }

    /** The learner's mistakes, oldest first: bounded by their own answers, not by the bank. */
    public static String mistakesQuery(String topic) {
        return """
                SELECT q.id FROM learner_question lq JOIN question q ON q.id = lq.question_id
                WHERE lq.learner_id = :learner AND NOT lq.last_correct AND q.status = 'published' AND NOT q.held_back%s
                ORDER BY lq.last_answered_at LIMIT :n""".formatted(QuizTopics.MIXED.equals(topic) ? "" : TOPIC);
    }

    private final EntityManager em;
    private final Random random = new SecureRandom();

    public QuestionPicker(EntityManager em) {
        this.em = em;
    }

    /** Up to n question ids in random order; mastered questions only when fresh ones run out. */
    public List<Long> pick(long learnerId, String topic, int n) {
        Set<Long> chosen = new LinkedHashSet<>(run(freshQuery(topic), learnerId, topic, n, true));
        if (chosen.size() < n) {
            for (Long id : run(anyQuery(topic), learnerId, topic, n + chosen.size(), true)) {
                if (chosen.size() < n) {
                    chosen.add(id);
                }
            }
        }
        return shuffled(chosen);
    }

    /** Up to n questions the learner got wrong last time, in random order. */
    public List<Long> mistakes(long learnerId, String topic, int n) {
        return shuffled(run(mistakesQuery(topic), learnerId, topic, n, false));
    }

    private List<Long> run(String sql, long learnerId, String topic, int n, boolean randomStart) {
        // untyped: Hibernate 7.3 never finds a native query typed with a result class in its plan cache and piles up
        // one entry per call under the same hash, which made every later lookup slower
        Query query = em.createNativeQuery(sql).setParameter("n", n);
        if (sql.contains(":learner")) {
            query.setParameter("learner", learnerId);
        }
        if (!QuizTopics.MIXED.equals(topic)) {
            query.setParameter("topic", topic);
        }
        if (randomStart) {
            query.setParameter("start", random.nextInt(Integer.MAX_VALUE));
        }
        @SuppressWarnings("unchecked")
        List<Number> ids = query.getResultList();
        return ids.stream().map(Number::longValue).toList();
    }

    private List<Long> shuffled(java.util.Collection<Long> ids) {
        List<Long> list = new ArrayList<>(ids);
        Collections.shuffle(list, random);
        return list;
    }
}
