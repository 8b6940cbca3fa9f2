package vn.civicsquiz.classes;

import vn.civicsquiz.quiz.grading.Credit;
import vn.civicsquiz.platform.problem.Say;
import java.math.BigDecimal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import vn.civicsquiz.platform.access.CreationLimits;
import vn.civicsquiz.content.text.TextNormaliser;
import vn.civicsquiz.platform.problem.ApiLanguage;
import vn.civicsquiz.platform.problem.Problem;
import vn.civicsquiz.platform.problem.ProblemException;
import vn.civicsquiz.quiz.QuizSettings;
import vn.civicsquiz.quiz.QuizTopics;
import vn.civicsquiz.teacher.stats.Rows;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Classes, their members and their assigned quizzes. A teacher sees and changes only their own classes. */
@ApplicationScoped
public class ClassService {

    static final int MAX_NAME = 100;
    private static final int CODE_TRIES = 5;

    private final EntityManager em;
    private final QuizSettings quiz;
    private final CreationLimits limits;

    private final java.time.Clock clock;
    private final Assignments assignments;
    private final ApiLanguage language;

    public ClassService(EntityManager em, QuizSettings quiz, CreationLimits limits, java.time.Clock clock,
                        Assignments assignments, ApiLanguage language) {
        this.language = language;
        this.assignments = assignments;
        this.em = em;
        this.quiz = quiz;
        this.limits = limits;
        this.clock = clock;
    }

    @Transactional
    public ClassView create(long teacherId, ClassInput input) {
        String name = input == null || input.name() == null ? "" : TextNormaliser.nfc(input.name()).strip();
        if (name.isEmpty() || name.length() > MAX_NAME) {
            throw ProblemException.badRequest(language.say("Lớp cần có tên", "The class needs a name"), List.of(
                    new Problem.FieldError("name", language.say("bắt buộc, 1 đến " + MAX_NAME + " ký tự",
                            "required, 1 to " + MAX_NAME + " characters"))));
        }
        for (int attempt = 0; attempt < CODE_TRIES; attempt++) {
            String code = JoinCodes.next();
            List<?> id = em.createNativeQuery("""
                            INSERT INTO school_class (name, join_code, teacher_id) VALUES (?1, ?2, ?3)
                            ON CONFLICT (join_code) DO NOTHING RETURNING id""")
                    .setParameter(1, name).setParameter(2, code).setParameter(3, teacherId).getResultList();
            if (!id.isEmpty()) {
                return owned(Rows.asLong(id.get(0)), teacherId);
            }
        }
        throw new IllegalStateException("No free join code after " + CODE_TRIES + " tries");
    }

    @Transactional
    public List<ClassView> list(long teacherId) {
        List<Object[]> rows = em.createNativeQuery(classSql("c.teacher_id = ?1") + " ORDER BY c.id DESC")
                .setParameter(1, teacherId).getResultList();
        return rows.stream().map(ClassService::view).toList();
    }

    /** @throws ProblemException 404 when the class does not exist or belongs to another teacher */
    @Transactional
    public ClassView owned(long classId, long teacherId) {
        List<Object[]> rows = em.createNativeQuery(classSql("c.id = ?1 AND c.teacher_id = ?2"))
                .setParameter(1, classId).setParameter(2, teacherId).getResultList();
        if (rows.isEmpty()) {
            throw ProblemException.notFound(new Say("Lớp " + classId, "Class " + classId));
        }
        return view(rows.get(0));
    }

    /**
     * Adds the account to the class with that code; joining twice changes nothing. Every try counts against the
     * client's join limit, so codes cannot be guessed at speed.
     */
    @Transactional
    public ClassView join(long accountId, String typedCode) {
        limits.take(CreationLimits.JOIN);
        String code = JoinCodes.canonical(typedCode);
        if (code == null) {
            throw ProblemException.badRequest(new Say("Đó không phải là mã tham gia lớp", "That is not a join code"),
                    ProblemException.fault("code", JoinCodes.LENGTH + " chữ cái và chữ số, đúng như giáo viên đưa",
                            JoinCodes.LENGTH + " letters and digits, as the teacher gave it"));
        }
        List<?> found = em.createNativeQuery("SELECT id FROM school_class WHERE join_code = ?1")
                .setParameter(1, code).getResultList();
        if (found.isEmpty()) {
            throw ProblemException.notFound(new Say("Lớp có mã tham gia " + code, "A class with join code " + code));
        }
        long classId = Rows.asLong(found.get(0));
        em.createNativeQuery("""
                        INSERT INTO class_member (class_id, account_id) VALUES (?1, ?2)
                        ON CONFLICT DO NOTHING""")
                .setParameter(1, classId).setParameter(2, accountId).executeUpdate();
        List<Object[]> rows = em.createNativeQuery(classSql("c.id = ?1")).setParameter(1, classId).getResultList();
        return view(rows.get(0));
    }

    /** The class's name when the account is one of its members. */
    @Transactional
    public Optional<String> nameForMember(long classId, long accountId) {
        List<?> names = em.createNativeQuery("""
                        SELECT c.name FROM school_class c JOIN class_member m ON m.class_id = c.id
                        WHERE c.id = ?1 AND m.account_id = ?2""")
                .setParameter(1, classId).setParameter(2, accountId).getResultList();
        return names.stream().map(String.class::cast).findFirst();
    }

    @Transactional
    public AssignmentView assign(long classId, long teacherId, AssignmentInput input) {
        owned(classId, teacherId);
        long id = assignments.insert(classId, teacherId, assignments.validate(input, teacherId));
        return assignmentOfClass(classId, id, teacherId);
    }

    /** Replaces an assignment's settings until a member starts it (then 409). */
    @Transactional
    public AssignmentView reassign(long classId, long assignmentId, long teacherId, AssignmentInput input) {
        requireAssignment(classId, assignmentId, teacherId);
        assignments.update(assignmentId, assignments.validate(input, teacherId));
        return assignmentOfClass(classId, assignmentId, teacherId);
    }

    @Transactional
    public void unassign(long classId, long assignmentId, long teacherId) {
        requireAssignment(classId, assignmentId, teacherId);
        assignments.delete(assignmentId);
    }

    @Transactional
    public AssignmentView assignmentOfClass(long classId, long assignmentId, long teacherId) {
        return assignmentsOfClass(classId, teacherId).stream().filter(a -> a.id() == assignmentId).findFirst()
                .orElseThrow(() -> ProblemException.notFound(new Say("Bài tập " + assignmentId + " của lớp " + classId, "Assignment " + assignmentId + " of class " + classId)));
    }

    private void requireAssignment(long classId, long assignmentId, long teacherId) {
        owned(classId, teacherId);
        if (em.createNativeQuery("SELECT 1 FROM class_assignment WHERE id = ?1 AND class_id = ?2")
                .setParameter(1, assignmentId).setParameter(2, classId).getResultList().isEmpty()) {
            throw ProblemException.notFound(new Say("Bài tập " + assignmentId + " của lớp " + classId, "Assignment " + assignmentId + " of class " + classId));
        }
    }

    @Transactional
    public List<AssignmentView> assignmentsOfClass(long classId, long teacherId) {
        owned(classId, teacherId);
        return assignments("a.class_id = ?1", classId);
    }

    /** Every assignment of the classes the account belongs to, nearest deadline first, with the account's result. */
    @Transactional
    public List<AssignmentView> assignmentsOfMember(long accountId) {
        List<Object[]> rows = em.createNativeQuery("""
                        SELECT a.id, a.class_id, c.name, a.topic, a.size, a.deadline, a.deadline < ?2,
                               done.score, done.finished_at
                        FROM class_assignment a JOIN school_class c ON c.id = a.class_id
                        LEFT JOIN LATERAL (
                          SELECT t.score, t.finished_at FROM quiz_attempt t JOIN learner l ON l.id = t.learner_id
                          WHERE t.assignment_id = a.id AND l.account_id = ?1 AND t.finished_at IS NOT NULL
                          ORDER BY t.finished_at LIMIT 1) done ON true
                        WHERE a.class_id IN (SELECT class_id FROM class_member WHERE account_id = ?1)
                        ORDER BY a.deadline, a.id""")
                .setParameter(1, accountId).setParameter(2, OffsetDateTime.now(clock)).getResultList();
        return rows.stream().map(r -> {
            OffsetDateTime deadline = Rows.asTime(r[5]);
            OffsetDateTime finished = r[8] == null ? null : Rows.asTime(r[8]);
            return new AssignmentView(Rows.asLong(r[0]), Rows.asLong(r[1]), (String) r[2], (String) r[3],
                    ((Number) r[4]).intValue(), deadline, (Boolean) r[6], finished != null,
                    r[7] == null ? null : Credit.plain((BigDecimal) r[7]), finished,
                    finished != null && finished.isAfter(deadline)).with(assignments.settings(Rows.asLong(r[0])));
        }).toList();
    }

    /** One assignment of a class the account belongs to, to start it. */
    @Transactional
    public Optional<AssignmentView> assignmentForMember(long assignmentId, long accountId) {
        return assignmentsOfMember(accountId).stream().filter(a -> a.id() == assignmentId).findFirst();
    }

    private List<AssignmentView> assignments(String condition, long parameter) {
        List<Object[]> rows = em.createNativeQuery("""
                        SELECT a.id, a.class_id, c.name, a.topic, a.size, a.deadline, a.deadline < ?2
                        FROM class_assignment a JOIN school_class c ON c.id = a.class_id
                        WHERE %s ORDER BY a.deadline, a.id""".formatted(condition))
                .setParameter(1, parameter).setParameter(2, OffsetDateTime.now(clock)).getResultList();
        return rows.stream().map(r -> new AssignmentView(Rows.asLong(r[0]), Rows.asLong(r[1]), (String) r[2],
                (String) r[3], ((Number) r[4]).intValue(), Rows.asTime(r[5]), (Boolean) r[6])
                .with(assignments.settings(Rows.asLong(r[0])))).toList();
    }

    private static String classSql(String condition) {
        return """
                SELECT c.id, c.name, c.join_code, (SELECT count(*) FROM class_member m WHERE m.class_id = c.id),
                       c.created_at
                FROM school_class c WHERE\s""" + condition;
    }

    private static ClassView view(Object[] r) {
        return new ClassView(Rows.asLong(r[0]), (String) r[1], (String) r[2], Rows.asLong(r[3]), Rows.asTime(r[4]));
    }
}
