package vn.civicsquiz.question.report;

import jakarta.enterprise.context.ApplicationScoped;
import vn.civicsquiz.platform.problem.Say;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import vn.civicsquiz.content.text.TextNormaliser;
import vn.civicsquiz.platform.problem.Problem;
import vn.civicsquiz.platform.problem.ProblemException;

/**
 * Learners' reports of questions: one per learner and question (a second one changes nothing), kept after a teacher
 * acts on them. A learner reports only a question one of their quizzes asked. When a question's open reports from
 * signed-in learners reach {@code quiz.reports.hold-threshold} it is held back from new quizzes until a teacher
 * retires or releases it; guests' reports reach the teacher but never hold a question back, since anyone can make
 * guests and could otherwise take a whole topic out of service.
 */
@ApplicationScoped
public class QuestionReports {

    public static final int MAX_COMMENT = 500;

    private final EntityManager em;
    private final int threshold;

    public QuestionReports(EntityManager em, @ConfigProperty(name = "quiz.reports.hold-threshold") int threshold) {
        this.em = em;
        this.threshold = Math.max(1, threshold);
    }

    /** The outcome for the learner: whether this report is new, and whether the question is now held back. */
    public record Filed(boolean created, boolean heldBack) {
    }

    @Transactional
    public Filed report(long learnerId, long questionId, String comment) {
        String text = comment == null ? null : TextNormaliser.display(comment).strip();
        if (text != null && text.length() > MAX_COMMENT) {
            throw ProblemException.badRequest(new Say("Lời nhận xét quá dài", "The comment is too long"),
                    ProblemException.fault("comment", "tối đa " + MAX_COMMENT + " ký tự",
                            "at most " + MAX_COMMENT + " characters"));
        }
        Number published = (Number) em.createNativeQuery("""
                        SELECT count(*) FROM question q WHERE q.id = ?1 AND q.status = 'published'
                          AND EXISTS (SELECT 1 FROM quiz_attempt a JOIN attempt_item i ON i.attempt_id = a.id
                                      WHERE a.learner_id = ?2 AND i.question_id = q.id)""")
                .setParameter(1, questionId).setParameter(2, learnerId).getSingleResult();
        if (published.longValue() == 0) {
            throw ProblemException.notFound(new Say("Câu hỏi", "Question"));
        }
        int created = em.createNativeQuery("""
                        INSERT INTO question_report (question_id, learner_id, comment) VALUES (?1, ?2, ?3)
                        ON CONFLICT ON CONSTRAINT question_report_once DO NOTHING""")
                .setParameter(1, questionId).setParameter(2, learnerId)
                .setParameter(3, text == null || text.isEmpty() ? null : text).executeUpdate();
        // one statement decides, so that two learners reporting at once cannot both stay under the threshold
        int held = em.createNativeQuery("""
                        UPDATE question SET held_back = true
                        WHERE id = ?1 AND NOT held_back AND (SELECT count(*) FROM question_report r
                              JOIN learner l ON l.id = r.learner_id
                              WHERE r.question_id = ?1 AND r.resolved_at IS NULL AND l.account_id IS NOT NULL) >= ?2""")
                .setParameter(1, questionId).setParameter(2, threshold).executeUpdate();
        boolean heldBack = held > 0 || Boolean.TRUE.equals(em.createNativeQuery(
                "SELECT held_back FROM question WHERE id = ?1").setParameter(1, questionId).getSingleResult());
        return new Filed(created > 0, heldBack);
    }

    /** Every reported question, most open reports first. */
    @Transactional
    public List<ReportSummary> summaries() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT q.id, q.topic, q.stem, q.status, q.version, q.held_back,
                       count(*) FILTER (WHERE r.resolved_at IS NULL), count(*), max(r.created_at),
                       coalesce(string_agg(r.comment, E'\\u001f' ORDER BY r.created_at)
                                FILTER (WHERE r.comment IS NOT NULL), '')
                FROM question_report r JOIN question q ON q.id = r.question_id
                GROUP BY q.id
                ORDER BY count(*) FILTER (WHERE r.resolved_at IS NULL) DESC, max(r.created_at) DESC, q.id""")
                .getResultList();
        List<ReportSummary> out = new ArrayList<>();
        for (Object[] row : rows) {
            String comments = (String) row[9];
            out.add(new ReportSummary(((Number) row[0]).longValue(), (String) row[1], (String) row[2],
                    (String) row[3], ((Number) row[4]).intValue(), (Boolean) row[5], ((Number) row[6]).longValue(),
                    ((Number) row[7]).longValue(), toTime(row[8]),
                    comments.isEmpty() ? List.of() : Arrays.asList(comments.split("\u001f"))));
        }
        return out;
    }

    /**
     * The teacher found the question sound, having read this version of it: its open reports are resolved as
     * released and the hold lifted. A question changed since is a conflict, and nothing changes.
     */
    @Transactional
    public void release(long questionId, int version) {
        List<?> current = em.createNativeQuery("SELECT version FROM question WHERE id = ?1 FOR UPDATE")
                .setParameter(1, questionId).getResultList();
        if (current.isEmpty()) {
            throw ProblemException.notFound(new Say("Câu hỏi " + questionId, "Question " + questionId));
        }
        int now = ((Number) current.get(0)).intValue();
        if (now != version) {
            throw ProblemException.conflict(new Say("Câu hỏi đã thay đổi từ khi bạn đọc (phiên bản " + version
                    + ", nay là " + now + "); hãy đọc lại các báo lỗi", "The question changed since it was read (version "
                    + version + ", now " + now + "); read the reports again"));
        }
        resolve(questionId, "released");
    }

    /** After the teacher retired the question or found it sound: its open reports are resolved, the hold lifted. */
    @Transactional
    public void resolve(long questionId, String resolution) {
        em.createNativeQuery("UPDATE question_report SET resolved_at = now(), resolution = ?2 "
                        + "WHERE question_id = ?1 AND resolved_at IS NULL")
                .setParameter(1, questionId).setParameter(2, resolution).executeUpdate();
        em.createNativeQuery("UPDATE question SET held_back = false WHERE id = ?1")
                .setParameter(1, questionId).executeUpdate();
    }

    /** Whether this learner has reported the question (at any time, resolved or not). */
    @Transactional
    public boolean reportedBy(long learnerId, long questionId) {
        return ((Number) em.createNativeQuery(
                        "SELECT count(*) FROM question_report WHERE question_id = ?1 AND learner_id = ?2")
                .setParameter(1, questionId).setParameter(2, learnerId).getSingleResult()).longValue() > 0;
    }

    @Transactional
    public boolean reported(long questionId) {
        return ((Number) em.createNativeQuery("SELECT count(*) FROM question_report WHERE question_id = ?1")
                .setParameter(1, questionId).getSingleResult()).longValue() > 0;
    }

    private static OffsetDateTime toTime(Object value) {
        if (value instanceof OffsetDateTime time) {
            return time;
        }
        if (value instanceof java.time.Instant instant) {
            return instant.atOffset(java.time.ZoneOffset.UTC);
        }
        if (value instanceof java.sql.Timestamp timestamp) {
            return timestamp.toInstant().atOffset(java.time.ZoneOffset.UTC);
        }
        return null;
    }
}
