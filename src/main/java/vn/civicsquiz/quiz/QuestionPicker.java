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
 * Chooses the questions of a new attempt, at most one question per fact while the pool has questions on facts not
 * yet asked ({@link FactSpread}). Its cost does not grow with the bank: each query walks an index on
 * {@code pick_key} from a random point (wrapping around to the start once) and stops after a few candidates per question asked for;
 * questions the learner already answered correctly are skipped by an anti-join on the learner_question key.
 */
@ApplicationScoped
public class QuestionPicker {

    /**
     * Candidates of one topic with the facts each tests (newline-separated, null for none); %s is empty or the
     * topic filter. Parameters :learner, :start, :n (the number of candidates, not of questions).
     */
    private static final String FRESH = """
            SELECT c.id, (SELECT string_agg(qf.fact_id, E'\\n') FROM question_fact qf WHERE qf.question_id = c.id)
            FROM ((SELECT q.id FROM question q
              WHERE q.status = 'published' AND NOT q.held_back%1$s AND q.pick_key >= :start%2$s
              ORDER BY q.pick_key LIMIT :n)
            UNION ALL
            (SELECT q.id FROM question q
              WHERE q.status = 'published' AND NOT q.held_back%1$s AND q.pick_key < :start%2$s
              ORDER BY q.pick_key LIMIT :n)
            LIMIT :n) c""";
    private static final String NOT_MASTERED = """

                AND NOT EXISTS (SELECT 1 FROM learner_question lq
                                WHERE lq.learner_id = :learner AND lq.question_id = q.id AND lq.correct_count > 0)""";
    private static final String TOPIC = " AND q.topic = :topic";
    /** Candidates read per question asked for: enough for a quiz whose questions share facts to find others. */
    static final int CANDIDATES_PER_QUESTION = 6;

    /** The selection query for a topic (or {@link QuizTopics#MIXED}), skipping mastered questions. */
    public static String freshQuery(String topic) {
        return FRESH.formatted(QuizTopics.MIXED.equals(topic) ? "" : TOPIC, NOT_MASTERED);
    }

    /** Like {@link #freshQuery} without the anti-join: used once the learner has mastered the whole pool. */
    public static String anyQuery(String topic) {
        return FRESH.formatted(QuizTopics.MIXED.equals(topic) ? "" : TOPIC, "");
    }

    /** The learner's mistakes, oldest first, with their facts: bounded by their own answers, not by the bank. */
    public static String mistakesQuery(String topic) {
        return """
                SELECT q.id, (SELECT string_agg(qf.fact_id, E'\\n') FROM question_fact qf WHERE qf.question_id = q.id)
                FROM learner_question lq JOIN question q ON q.id = lq.question_id
                WHERE lq.learner_id = :learner AND NOT lq.last_correct AND q.status = 'published' AND NOT q.held_back%s
                ORDER BY lq.last_answered_at LIMIT :n""".formatted(QuizTopics.MIXED.equals(topic) ? "" : TOPIC);
    }

    private final EntityManager em;
    private final Random random = new SecureRandom();

    public QuestionPicker(EntityManager em) {
        this.em = em;
    }

    /**
     * Up to n question ids in random order, no two testing the same fact ({@link FactSpread}); mastered questions
     * only when fresh ones run out. Questions of a fact already in the quiz come only when no question on an unasked
     * fact is left, fresh or mastered: a topic with fewer separate facts than the quiz's size repeats facts evenly.
     */
    public List<Long> pick(long learnerId, String topic, int n) {
        int candidates = Math.multiplyExact(n, CANDIDATES_PER_QUESTION);
        int start = random.nextInt(Integer.MAX_VALUE);
        List<FactSpread.Candidate> fresh = run(freshQuery(topic), learnerId, topic, candidates, start);
        FactSpread spread = new FactSpread(n);
        spread.takeUnasked(fresh);
        if (!spread.full()) {
            List<FactSpread.Candidate> any = run(anyQuery(topic), learnerId, topic, candidates, start);
            spread.takeUnasked(any);
            spread.fillEvenly(fresh, any);
        }
        return shuffled(spread.chosen());
    }

    /** Up to n questions the learner got wrong last time, in random order, no two testing the same fact. */
    public List<Long> mistakes(long learnerId, String topic, int n) {
        FactSpread spread = new FactSpread(n);
        List<FactSpread.Candidate> wrong = run(mistakesQuery(topic), learnerId, topic,
                Math.multiplyExact(n, CANDIDATES_PER_QUESTION), null);
        spread.takeUnasked(wrong);
        spread.fillEvenly(wrong);
        return shuffled(spread.chosen());
    }

    private List<FactSpread.Candidate> run(String sql, long learnerId, String topic, int n, Integer start) {
        // untyped: Hibernate 7.3 never finds a native query typed with a result class in its plan cache and piles up
        // one entry per call under the same hash, which made every later lookup slower
        Query query = em.createNativeQuery(sql).setParameter("n", n);
        if (sql.contains(":learner")) {
            query.setParameter("learner", learnerId);
        }
        if (!QuizTopics.MIXED.equals(topic)) {
            query.setParameter("topic", topic);
        }
        if (start != null) {
            query.setParameter("start", start);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(r -> FactSpread.Candidate.of(((Number) r[0]).longValue(), (String) r[1])).toList();
    }

    private List<Long> shuffled(java.util.Collection<Long> ids) {
        List<Long> list = new ArrayList<>(ids);
        Collections.shuffle(list, random);
        return list;
    }
}
