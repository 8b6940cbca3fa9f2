package vn.civicsquiz.classes;

import jakarta.enterprise.context.ApplicationScoped;
import vn.civicsquiz.platform.problem.Say;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import vn.civicsquiz.platform.problem.ProblemException;
import vn.civicsquiz.quiz.AttemptViews;
import vn.civicsquiz.quiz.ItemView;
import vn.civicsquiz.quiz.QuizAttempt;
import vn.civicsquiz.quiz.grading.Credit;
import vn.civicsquiz.teacher.stats.Rows;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Results for marking, read by the teacher of the class only: each member's status and counted attempt per
 * assignment, each answer of an attempt, and every attempt a member started from the class's assignments.
 */
@ApplicationScoped
public class AssignmentMarks {

    private final EntityManager em;
    private final ClassService classes;
    private final AttemptViews views;

    public AssignmentMarks(EntityManager em, ClassService classes, AttemptViews views) {
        this.em = em;
        this.classes = classes;
        this.views = views;
    }

    /**
     * Every member of the class, in class-list order ({@link ClassListOrder}), with their result for the assignment.
     *
     * @throws ProblemException 404 when the assignment is not one of this teacher's classes
     */
    @Transactional
    public List<AssignmentResult> results(long classId, long assignmentId, long teacherId) {
        OffsetDateTime closes = closingTime(classId, assignmentId, teacherId);
        List<Object[]> rows = em.createNativeQuery("""
                        SELECT m.account_id, acc.username, acc.display_name, coalesce(n.started, 0), n.open_since,
                               best.id, best.score, best.size, best.started_at, best.finished_at
                        FROM class_member m JOIN account acc ON acc.id = m.account_id
                        LEFT JOIN learner l ON l.account_id = m.account_id
                        LEFT JOIN LATERAL (
                          SELECT count(*) AS started, max(t.started_at) FILTER (WHERE t.finished_at IS NULL) AS open_since
                          FROM quiz_attempt t WHERE t.assignment_id = ?2 AND t.learner_id = l.id) n ON true
                        LEFT JOIN LATERAL (
                          SELECT t.id, t.score, t.size, t.started_at, t.finished_at FROM quiz_attempt t
                          WHERE t.assignment_id = ?2 AND t.learner_id = l.id AND t.finished_at IS NOT NULL
                          ORDER BY t.score DESC, t.finished_at, t.id LIMIT 1) best ON true
                        WHERE m.class_id = ?1""")
                .setParameter(1, classId).setParameter(2, assignmentId).getResultList();
        List<AssignmentResult> results = new ArrayList<>();
        for (Object[] r : rows) {
            int started = (int) Rows.asLong(r[3]);
            OffsetDateTime openSince = r[4] == null ? null : Rows.asTime(r[4]);
            OffsetDateTime begun = r[8] == null ? null : Rows.asTime(r[8]);
            OffsetDateTime finished = r[9] == null ? null : Rows.asTime(r[9]);
            AssignmentResult.Status status = finished != null
                    ? (finished.isAfter(closes) ? AssignmentResult.Status.late : AssignmentResult.Status.done)
                    : started > 0 ? AssignmentResult.Status.in_progress : AssignmentResult.Status.not_started;
            results.add(new AssignmentResult(Rows.asLong(r[0]), (String) r[1], (String) r[2], status, started,
                    r[5] == null ? null : Rows.asLong(r[5]), r[6] == null ? null : Credit.plain((BigDecimal) r[6]),
                    r[7] == null ? null : ((Number) r[7]).intValue(), finished != null ? begun : openSince, finished,
                    finished == null ? null : Duration.between(begun, finished).toSeconds()));
        }
        results.sort(ClassListOrder.of(r -> r.displayName() == null ? r.username() : r.displayName(),
                AssignmentResult::username));
        return results;
    }

    /**
     * The counted attempt of every member who finished the assignment, each with its answers.
     *
     * @throws ProblemException 404 when the assignment is not one of this teacher's classes
     */
    @Transactional
    public List<AttemptMarks> answers(long classId, long assignmentId, long teacherId) {
        List<AttemptMarks> attempts = new ArrayList<>();
        for (AssignmentResult r : results(classId, assignmentId, teacherId)) {
            if (r.attemptId() != null) {
                attempts.add(withAnswers(r.attemptId()));
                // nothing here is written: forget each attempt once read, or every later query would flush-check
                // all the attempts before it (2 000 members took a minute)
                em.clear();
            }
        }
        return attempts;
    }

    /**
     * Every attempt the member started from this class's assignments, newest first, without answers.
     *
     * @throws ProblemException 404 when the class is another teacher's or the account is not a member
     */
    @Transactional
    public List<AttemptMarks> attemptsOfMember(long classId, long accountId, long teacherId) {
        classes.owned(classId, teacherId);
        if (em.createNativeQuery("SELECT 1 FROM class_member WHERE class_id = ?1 AND account_id = ?2")
                .setParameter(1, classId).setParameter(2, accountId).getResultList().isEmpty()) {
            throw ProblemException.notFound(new Say("Thành viên " + accountId + " của lớp " + classId, "Member " + accountId + " of class " + classId));
        }
        List<Object[]> ids = em.createNativeQuery("""
                        SELECT t.id FROM quiz_attempt t JOIN learner l ON l.id = t.learner_id
                        JOIN class_assignment a ON a.id = t.assignment_id
                        WHERE l.account_id = ?2 AND a.class_id = ?1 ORDER BY t.started_at DESC, t.id DESC""")
                .setParameter(1, classId).setParameter(2, accountId).getResultList();
        return ((List<?>) ids).stream().map(id -> summary(Rows.asLong(id))).toList();
    }

    /**
     * One finished attempt of a member, started from one of this class's assignments, with every answer.
     *
     * @throws ProblemException 404 when it is not such an attempt; 409 while it is not finished
     */
    @Transactional
    public AttemptMarks attempt(long classId, long attemptId, long teacherId) {
        classes.owned(classId, teacherId);
        if (em.createNativeQuery("""
                        SELECT 1 FROM quiz_attempt t JOIN class_assignment a ON a.id = t.assignment_id
                        WHERE t.id = ?2 AND a.class_id = ?1""")
                .setParameter(1, classId).setParameter(2, attemptId).getResultList().isEmpty()) {
            throw ProblemException.notFound(new Say("Lượt làm bài " + attemptId + " của lớp " + classId, "Attempt " + attemptId + " of class " + classId));
        }
        return withAnswers(attemptId);
    }

    private AttemptMarks withAnswers(long attemptId) {
        QuizAttempt attempt = QuizAttempt.findById(attemptId);
        if (!attempt.finished()) {
            throw ProblemException.conflict(new Say("Lượt làm bài " + attemptId + " chưa nộp: câu trả lời được hiện"
                    + " khi học viên nộp bài", "Attempt " + attemptId + " is not finished yet: its answers are shown"
                    + " once the member submits it"));
        }
        List<AnswerMark> answers = new ArrayList<>();
        for (ItemView item : views.all(attempt)) {
            ItemView.Feedback f = item.feedback();
            answers.add(new AnswerMark(item.position(), item.questionId(), item.kind().name(), item.stem(),
                    item.given(), f == null ? List.of() : f.rightAnswer(), f != null && f.correct(),
                    Credit.plain(BigDecimal.valueOf(f == null ? 0 : f.creditPercent(), 2))));
        }
        AttemptMarks summary = summary(attemptId);
        return new AttemptMarks(summary.attemptId(), summary.accountId(), summary.username(), summary.assignmentId(),
                summary.title(), summary.mode(), summary.startedAt(), summary.finishedAt(), summary.seconds(),
                summary.score(), summary.max(), answers);
    }

    private AttemptMarks summary(long attemptId) {
        Object[] r = (Object[]) em.createNativeQuery("""
                        SELECT t.id, acc.id, acc.username, t.assignment_id, a.title, t.mode, t.started_at,
                               t.finished_at, t.score, t.size
                        FROM quiz_attempt t JOIN learner l ON l.id = t.learner_id JOIN account acc ON acc.id = l.account_id
                        LEFT JOIN class_assignment a ON a.id = t.assignment_id WHERE t.id = ?1""")
                .setParameter(1, attemptId).getSingleResult();
        OffsetDateTime started = Rows.asTime(r[6]);
        OffsetDateTime finished = r[7] == null ? null : Rows.asTime(r[7]);
        return new AttemptMarks(Rows.asLong(r[0]), Rows.asLong(r[1]), (String) r[2],
                r[3] == null ? null : Rows.asLong(r[3]), (String) r[4], (String) r[5], started, finished,
                finished == null ? null : Duration.between(started, finished).toSeconds(),
                r[8] == null ? null : Credit.plain((BigDecimal) r[8]), ((Number) r[9]).intValue(), List.of());
    }

    OffsetDateTime closingTime(long classId, long assignmentId, long teacherId) {
        classes.owned(classId, teacherId);
        List<?> found = em.createNativeQuery("SELECT deadline FROM class_assignment WHERE id = ?1 AND class_id = ?2")
                .setParameter(1, assignmentId).setParameter(2, classId).getResultList();
        if (found.isEmpty()) {
            throw ProblemException.notFound(new Say("Bài tập " + assignmentId + " của lớp " + classId, "Assignment " + assignmentId + " of class " + classId));
        }
        return Rows.asTime(found.get(0));
    }
}
