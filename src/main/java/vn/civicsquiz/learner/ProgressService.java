package vn.civicsquiz.learner;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import vn.civicsquiz.quiz.Passage;
import vn.civicsquiz.quiz.QuizMode;
import vn.civicsquiz.quiz.QuizSettings;
import vn.civicsquiz.quiz.QuizTopics;

import java.sql.Date;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads a learner's progress with a handful of aggregate queries, none of which grows with the bank. */
@ApplicationScoped
public class ProgressService {

    static final int HISTORY = 20;
    static final int WEAK_FACTS = 5;

    private final EntityManager em;
    private final TopicCounts counts;
    private final ZoneId zone;

    public ProgressService(EntityManager em, TopicCounts counts, QuizSettings settings) {
        this.em = em;
        this.counts = counts;
        this.zone = settings.studyZone();
    }

    public Progress of(long learnerId) {
        Object[] totals = (Object[]) em.createNativeQuery("""
                        SELECT (SELECT count(*) FROM quiz_attempt WHERE learner_id = ?1),
                               (SELECT count(*) FROM quiz_attempt WHERE learner_id = ?1 AND finished_at IS NOT NULL),
                               coalesce(sum(correct_count + wrong_count), 0), coalesce(sum(correct_count), 0)
                        FROM learner_question WHERE learner_id = ?1""")
                .setParameter(1, learnerId).getSingleResult();
        List<LocalDate> days = studyDays(learnerId);
        LocalDate today = LocalDate.now(zone);
        return new Progress(num(totals[0]), num(totals[1]), num(totals[2]), num(totals[3]),
                StreakCalculator.current(days, today), StreakCalculator.longest(days), days.contains(today),
                mastery(learnerId), history(learnerId), weakestFacts(learnerId), factGroups(learnerId));
    }

    /** Progress of someone who has not answered anything yet: only the size of each topic. */
    public Progress empty() {
        Map<String, Integer> totals = counts.published();
        List<Progress.TopicMastery> topics = QuizTopics.ALL.stream()
                .map(t -> new Progress.TopicMastery(t, 0, totals.getOrDefault(t, 0))).toList();
        return new Progress(0, 0, 0, 0, 0, 0, false, topics, List.of(), List.of(), factGroups(-1));
    }

    /** Published questions the learner answered wrong the last time. */
    public int mistakes(long learnerId) {
        return num(em.createNativeQuery("""
                        SELECT count(*) FROM learner_question lq JOIN question q ON q.id = lq.question_id
                        WHERE lq.learner_id = ?1 AND NOT lq.last_correct AND q.status = 'published'""")
                .setParameter(1, learnerId).getSingleResult());
    }

    private List<LocalDate> studyDays(long learnerId) {
        List<?> rows = em.createNativeQuery("""
                        SELECT DISTINCT CAST(a.answered_at AT TIME ZONE ?2 AS date) FROM attempt_answer a
                        JOIN quiz_attempt t ON t.id = a.attempt_id
                        WHERE t.learner_id = ?1 AND a.answered_at > now() - interval '400 days'""")
                .setParameter(1, learnerId).setParameter(2, zone.getId()).getResultList();
        return rows.stream().map(ProgressService::date).toList();
    }

    private List<Progress.TopicMastery> mastery(long learnerId) {
        List<?> rows = em.createNativeQuery("""
                        SELECT q.topic, count(*) FROM learner_question lq JOIN question q ON q.id = lq.question_id
                        WHERE lq.learner_id = ?1 AND lq.last_correct AND q.status = 'published' GROUP BY q.topic""")
                .setParameter(1, learnerId).getResultList();
        Map<String, Integer> mastered = new HashMap<>();
        for (Object row : rows) {
            Object[] cells = (Object[]) row;
            mastered.put((String) cells[0], num(cells[1]));
        }
        Map<String, Integer> totals = counts.published();
        List<Progress.TopicMastery> topics = new ArrayList<>();
        for (String topic : QuizTopics.ALL) {
            int count = topic.equals(QuizTopics.MIXED)
                    ? mastered.values().stream().mapToInt(Integer::intValue).sum() : mastered.getOrDefault(topic, 0);
            topics.add(new Progress.TopicMastery(topic, count, totals.getOrDefault(topic, 0)));
        }
        return topics;
    }

    private List<Progress.ScorePoint> history(long learnerId) {
        return history(learnerId, null, null);
    }

    /**
     * The last finished attempts, oldest first (at most {@value #HISTORY}), of one topic and one mode when given.
     *
     * @param topic a topic, or null for every topic
     * @param mode  a mode, or null for both
     */
    public List<Progress.ScorePoint> history(long learnerId, String topic, QuizMode mode) {
        List<?> rows = em.createNativeQuery("""
                        SELECT id, topic, mode, finished_at, score, size FROM quiz_attempt
                        WHERE learner_id = ?1 AND finished_at IS NOT NULL
                          AND (CAST(?3 AS varchar) IS NULL OR topic = CAST(?3 AS varchar))
                          AND (CAST(?4 AS varchar) IS NULL OR mode = CAST(?4 AS varchar))
                        ORDER BY finished_at DESC LIMIT ?2""")
                .setParameter(1, learnerId).setParameter(2, HISTORY)
                .setParameter(3, topic).setParameter(4, mode == null ? null : mode.name()).getResultList();
        List<Progress.ScorePoint> points = new ArrayList<>();
        for (Object row : rows) {
            Object[] c = (Object[]) row;
            points.add(new Progress.ScorePoint(((Number) c[0]).longValue(), (String) c[1], (String) c[2],
                    time(c[3]), c[4] == null ? java.math.BigDecimal.ZERO
                    : vn.civicsquiz.quiz.grading.Credit.plain((java.math.BigDecimal) c[4]), num(c[5])));
        }
        Collections.reverse(points);
        return points;
    }

    /** Distinct facts, each with its own quote and a link to its passage in its own article. */
    private List<Progress.WeakFact> weakestFacts(long learnerId) {
        List<?> rows = em.createNativeQuery("""
                        SELECT lf.fact_id, lf.correct_count, lf.wrong_count, f.quote, f.source_id, lf.last_results
                        FROM learner_fact lf JOIN fact f ON f.id = lf.fact_id
                        WHERE lf.learner_id = ?1 AND lf.wrong_count > 0 AND f.status = 'active'
                        ORDER BY lf.last_correct, lf.wrong_count::float / (lf.correct_count + lf.wrong_count) DESC,
                                 lf.wrong_count DESC, lf.fact_id
                        LIMIT ?2""")
                .setParameter(1, learnerId).setParameter(2, WEAK_FACTS).getResultList();
        List<Progress.WeakFact> facts = new ArrayList<>();
        for (Object row : rows) {
            Object[] c = (Object[]) row;
            String factId = (String) c[0];
            facts.add(new Progress.WeakFact(factId, num(c[1]), num(c[2]), (String) c[3],
                    Passage.url((String) c[4], factId), (String) c[5]));
        }
        return facts;
    }

    /** "k of n facts" per group, over the active facts of the catalogue (a hundred or so rows). */
    private List<Progress.FactGroup> factGroups(long learnerId) {
        List<?> rows = em.createNativeQuery("""
                        SELECT f.fact_set, count(*) FILTER (WHERE lf.last_correct), count(lf.fact_id), count(*)
                        FROM fact f LEFT JOIN learner_fact lf ON lf.fact_id = f.id AND lf.learner_id = ?1
                        WHERE f.status = 'active' GROUP BY f.fact_set""")
                .setParameter(1, learnerId).getResultList();
        Map<String, Progress.FactGroup> groups = new HashMap<>();
        for (Object row : rows) {
            Object[] c = (Object[]) row;
            groups.put((String) c[0], new Progress.FactGroup((String) c[0], num(c[1]), num(c[2]), num(c[3])));
        }
        List<Progress.FactGroup> ordered = new ArrayList<>();
        for (String topic : QuizTopics.ALL) {
            if (groups.containsKey(topic)) {
                ordered.add(groups.get(topic));
            }
        }
        return ordered;
    }

    private static int num(Object value) {
        return value == null ? 0 : ((Number) value).intValue();
    }

    private static LocalDate date(Object value) {
        return value instanceof LocalDate d ? d : ((Date) value).toLocalDate();
    }

    private static OffsetDateTime time(Object value) {
        if (value instanceof OffsetDateTime t) {
            return t;
        }
        if (value instanceof java.time.Instant i) {
            return i.atOffset(java.time.ZoneOffset.UTC);
        }
        return ((java.sql.Timestamp) value).toInstant().atOffset(java.time.ZoneOffset.UTC);
    }
}
