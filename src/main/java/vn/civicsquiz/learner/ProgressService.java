package vn.civicsquiz.learner;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import vn.civicsquiz.quiz.ItemViews;
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
                mastery(learnerId), history(learnerId), weakestFacts(learnerId));
    }

    /** Progress of someone who has not answered anything yet: only the size of each topic. */
    public Progress empty() {
        Map<String, Integer> totals = counts.published();
        List<Progress.TopicMastery> topics = QuizTopics.ALL.stream()
                .map(t -> new Progress.TopicMastery(t, 0, totals.getOrDefault(t, 0))).toList();
        return new Progress(0, 0, 0, 0, 0, 0, false, topics, List.of(), List.of());
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
        List<?> rows = em.createNativeQuery("""
                        SELECT id, topic, mode, finished_at, score, size FROM quiz_attempt
                        WHERE learner_id = ?1 AND finished_at IS NOT NULL ORDER BY finished_at DESC LIMIT ?2""")
                .setParameter(1, learnerId).setParameter(2, HISTORY).getResultList();
        List<Progress.ScorePoint> points = new ArrayList<>();
        for (Object row : rows) {
            Object[] c = (Object[]) row;
            points.add(new Progress.ScorePoint(((Number) c[0]).longValue(), (String) c[1], (String) c[2],
                    time(c[3]), num(c[4]), num(c[5])));
        }
        Collections.reverse(points);
        return points;
    }

    private List<Progress.WeakFact> weakestFacts(long learnerId) {
        List<?> rows = em.createNativeQuery("""
                        SELECT qf.fact_id, sum(lq.correct_count), sum(lq.wrong_count),
                               (array_agg(q.quote ORDER BY q.id))[1], (array_agg(q.source_id ORDER BY q.id))[1]
                        FROM learner_question lq
                        JOIN question_fact qf ON qf.question_id = lq.question_id
                        JOIN question q ON q.id = lq.question_id
                        WHERE lq.learner_id = ?1
                        GROUP BY qf.fact_id HAVING sum(lq.wrong_count) > 0
                        ORDER BY sum(lq.wrong_count)::float / sum(lq.correct_count + lq.wrong_count) DESC,
                                 sum(lq.wrong_count) DESC, qf.fact_id
                        LIMIT ?2""")
                .setParameter(1, learnerId).setParameter(2, WEAK_FACTS).getResultList();
        List<Progress.WeakFact> facts = new ArrayList<>();
        for (Object row : rows) {
            Object[] c = (Object[]) row;
            String factId = (String) c[0];
            facts.add(new Progress.WeakFact(factId, num(c[1]), num(c[2]), (String) c[3],
                    ItemViews.sourceUrl((String) c[4], factId)));
        }
        return facts;
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
