package vn.civicsquiz.classes;

import jakarta.enterprise.context.ApplicationScoped;
import vn.civicsquiz.platform.problem.Say;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vn.civicsquiz.content.text.TextNormaliser;
import vn.civicsquiz.platform.problem.ApiLanguage;
import vn.civicsquiz.platform.problem.Problem;
import vn.civicsquiz.platform.problem.ProblemException;
import vn.civicsquiz.quiz.QuizMode;
import vn.civicsquiz.quiz.QuizSettings;
import vn.civicsquiz.quiz.QuizTopics;
import vn.civicsquiz.teacher.sets.QuestionSets;
import vn.civicsquiz.teacher.stats.Rows;

/**
 * The settings of class assignments: what is asked (chosen questions, a draw from sets or from a topic), how
 * (practice or test, time limit), when (opening and closing time) and how often (attempts allowed). Settings
 * change only until a member starts an attempt; the rules a learner's start must pass are here too.
 */
@ApplicationScoped
public class Assignments {

    private final java.util.Random random = new java.security.SecureRandom();

    static final int MAX_TITLE = 200;
    static final int MAX_MINUTES = 600;
    static final int MAX_ATTEMPTS = 100;
    /** Sets one assignment draws from: more than a course uses, few enough to check one by one. */
    static final int MAX_SETS = 100;

    /** The stored settings of one assignment. */
    /** Opening and closing times lie in this century (well inside PostgreSQL's timestamp range). */
    private static final OffsetDateTime EARLIEST = OffsetDateTime.parse("2000-01-01T00:00:00Z");
    private static final OffsetDateTime LATEST = OffsetDateTime.parse("2100-01-01T00:00:00Z");

    public record Settings(String title, String topic, int size, QuizMode mode, Integer timeLimitMinutes,
                           OffsetDateTime opensAt, OffsetDateTime closesAt, Integer attemptsAllowed,
                           List<Long> questions, List<Long> sets) {
    }

    private final EntityManager em;
    private final QuizSettings quiz;
    private final QuestionSets questionSets;
    private final ApiLanguage language;
    private final Clock clock;

    public Assignments(EntityManager em, QuizSettings quiz, QuestionSets questionSets, ApiLanguage language,
                       Clock clock) {
        this.em = em;
        this.quiz = quiz;
        this.questionSets = questionSets;
        this.language = language;
        this.clock = clock;
    }

    /** The settings checked, or a 400 listing every field at fault in the teacher's language. */
    Settings validate(AssignmentInput input, long teacherId) {
        List<Problem.FieldError> errors = new ArrayList<>();
        if (input == null) {
            throw invalid(List.of(field("body", "một đối tượng JSON", "a JSON object")));
        }
        boolean chosen = input.questions() != null && !input.questions().isEmpty();
        boolean drawnFromSets = input.sets() != null && !input.sets().isEmpty();
        boolean drawnFromTopic = input.topic() != null && !input.topic().isBlank();
        int sources = (chosen ? 1 : 0) + (drawnFromSets ? 1 : 0) + (drawnFromTopic ? 1 : 0);
        if (sources != 1) {
            errors.add(field("questions", "đúng một trong questions, sets hoặc topic",
                    "exactly one of questions, sets or topic"));
        }
        if (drawnFromTopic && !QuizTopics.known(input.topic())) {
            errors.add(field("topic", "một trong " + String.join(", ", QuizTopics.ALL),
                    "one of " + String.join(", ", QuizTopics.ALL)));
        }
        List<Long> questions = chosen ? input.questions() : List.of();
        // lengths are checked before anything is looked up: a list of thousands is refused at once, not read
        if (questions.size() > quiz.maxSize()) {
            throw invalid(List.of(field("questions", "1 đến " + quiz.maxSize() + " câu hỏi",
                    "1 to " + quiz.maxSize() + " questions")));
        }
        List<Long> sets = drawnFromSets ? input.sets() : List.of();
        if (sets.size() > MAX_SETS) {
            throw invalid(List.of(field("sets", "tối đa " + MAX_SETS + " bộ câu hỏi", "at most " + MAX_SETS
                    + " question sets")));
        }
        if (chosen) {
            checkQuestions(questions, errors);
        }
        Set<Long> seenSets = new HashSet<>();
        for (int i = 0; i < sets.size(); i++) {
            Long set = sets.get(i);
            if (set == null || !questionSets.visible(set, teacherId)) {
                errors.add(field("sets[" + i + "]", "không có bộ câu hỏi " + set + " (xem GET /api/v1/sets)",
                        "no question set " + set + " (see GET /api/v1/sets)"));
            } else if (!seenSets.add(set)) {
                errors.add(field("sets[" + i + "]", "bộ câu hỏi " + set + " đã có trong danh sách",
                        "question set " + set + " is listed already"));
            }
        }
        int size = chosen ? questions.size() : input.size() == null ? 0 : input.size();
        if (chosen ? size > quiz.maxSize() : size < 1 || size > quiz.maxSize()) {
            errors.add(field(chosen ? "questions" : "size", "1 đến " + quiz.maxSize() + " câu hỏi",
                    "1 to " + quiz.maxSize() + " questions"));
        }
        QuizMode mode = input.mode() == null ? QuizMode.test : QuizMode.parse(input.mode().strip()).orElse(null);
        if (mode == null) {
            errors.add(field("mode", "một trong practice, test", "one of practice, test"));
        }
        Integer minutes = input.timeLimitMinutes();
        if (minutes != null && (minutes < 1 || minutes > MAX_MINUTES)) {
            errors.add(field("timeLimitMinutes", "1 đến " + MAX_MINUTES + " phút", "1 to " + MAX_MINUTES + " minutes"));
        } else if (minutes != null && mode == QuizMode.practice) {
            errors.add(field("timeLimitMinutes", "chỉ dùng với mode test", "only with mode test"));
        }
        OffsetDateTime closes = input.closing();
        String closesField = input.closesAt() != null ? "closesAt" : "deadline";
        if (input.opensAt() != null && (input.opensAt().isBefore(EARLIEST) || !input.opensAt().isBefore(LATEST))) {
            errors.add(field("opensAt", "trong các năm 2000 đến 2099", "within the years 2000 to 2099"));
        }
        if (closes == null) {
            errors.add(field(closesField, "bắt buộc, ISO 8601 có múi giờ", "required, ISO 8601 with an offset"));
        } else if (!closes.isBefore(LATEST)) {
            errors.add(field(closesField, "trong các năm 2000 đến 2099", "within the years 2000 to 2099"));
        } else if (closes.isBefore(OffsetDateTime.now(clock))) {
            errors.add(field(closesField, "phải ở tương lai", "must be in the future"));
        } else if (input.opensAt() != null && !input.opensAt().isBefore(closes)) {
            errors.add(field("opensAt", "phải trước closesAt", "must be before closesAt"));
        }
        Integer attempts = input.attemptsAllowed();
        if (attempts != null && (attempts < 1 || attempts > MAX_ATTEMPTS)) {
            errors.add(field("attemptsAllowed", "1 đến " + MAX_ATTEMPTS + ", hoặc bỏ trống để không giới hạn",
                    "1 to " + MAX_ATTEMPTS + ", or absent for no limit"));
        }
        String title = input.title() == null ? null : TextNormaliser.nfc(input.title()).strip();
        if (title != null && title.length() > MAX_TITLE) {
            errors.add(field("title", "tối đa " + MAX_TITLE + " ký tự", "at most " + MAX_TITLE + " characters"));
        }
        if (!errors.isEmpty()) {
            throw invalid(errors);
        }
        return new Settings(title == null || title.isEmpty() ? null : title,
                drawnFromTopic ? input.topic() : QuizTopics.MIXED, size, mode, minutes, input.opensAt(), closes,
                attempts, List.copyOf(questions), List.copyOf(sets));
    }

    private void checkQuestions(List<Long> ids, List<Problem.FieldError> errors) {
        Set<Long> seen = new HashSet<>();
        List<Object[]> rows = em.createNativeQuery("SELECT id, status FROM question WHERE id IN (:ids)")
                .setParameter("ids", ids.stream().filter(java.util.Objects::nonNull).toList().isEmpty()
                        ? List.of(-1L) : ids.stream().filter(java.util.Objects::nonNull).toList()).getResultList();
        java.util.Map<Long, String> status = new java.util.HashMap<>();
        rows.forEach(r -> status.put(Rows.asLong(r[0]), (String) r[1]));
        for (int i = 0; i < ids.size(); i++) {
            Long id = ids.get(i);
            if (id == null || !status.containsKey(id)) {
                errors.add(field("questions[" + i + "]", "không có câu hỏi " + id, "no question " + id));
            } else if (!status.get(id).equals("published")) {
                errors.add(field("questions[" + i + "]", "câu hỏi " + id + " chưa được xuất bản (" + status.get(id)
                        + ")", "question " + id + " is not published (" + status.get(id) + ")"));
            } else if (!seen.add(id)) {
                errors.add(field("questions[" + i + "]", "câu hỏi " + id + " bị lặp", "question " + id
                        + " is repeated"));
            }
        }
    }

    @Transactional
    long insert(long classId, long teacherId, Settings s) {
        long id = Rows.asLong(em.createNativeQuery("""
                        INSERT INTO class_assignment (class_id, topic, size, deadline, created_by, title, mode,
                                                      time_limit_minutes, opens_at, attempts_allowed)
                        VALUES (?1, ?2, ?3, ?4, ?5, CAST(?6 AS varchar), ?7, CAST(?8 AS smallint), CAST(?9 AS timestamptz),
                                CAST(?10 AS smallint)) RETURNING id""")
                .setParameter(1, classId).setParameter(2, s.topic()).setParameter(3, (short) s.size())
                .setParameter(4, s.closesAt()).setParameter(5, teacherId).setParameter(6, s.title())
                .setParameter(7, s.mode().name()).setParameter(8, shortOrNull(s.timeLimitMinutes()))
                .setParameter(9, s.opensAt()).setParameter(10, shortOrNull(s.attemptsAllowed())).getSingleResult());
        saveSources(id, s);
        return id;
    }

    /** Replaces the settings while no member has started it; 409 afterwards. */
    @Transactional
    void update(long assignmentId, Settings s) {
        requireUnstarted(assignmentId, language.say("sửa", "changed"));
        em.createNativeQuery("""
                        UPDATE class_assignment SET topic = ?2, size = ?3, deadline = ?4, title = CAST(?5 AS varchar), mode = ?6,
                               time_limit_minutes = CAST(?7 AS smallint), opens_at = CAST(?8 AS timestamptz),
                               attempts_allowed = CAST(?9 AS smallint), version = version + 1
                        WHERE id = ?1""")
                .setParameter(1, assignmentId).setParameter(2, s.topic()).setParameter(3, (short) s.size())
                .setParameter(4, s.closesAt()).setParameter(5, s.title()).setParameter(6, s.mode().name())
                .setParameter(7, shortOrNull(s.timeLimitMinutes())).setParameter(8, s.opensAt())
                .setParameter(9, shortOrNull(s.attemptsAllowed())).executeUpdate();
        em.createNativeQuery("DELETE FROM class_assignment_question WHERE assignment_id = ?1")
                .setParameter(1, assignmentId).executeUpdate();
        em.createNativeQuery("DELETE FROM class_assignment_set WHERE assignment_id = ?1")
                .setParameter(1, assignmentId).executeUpdate();
        saveSources(assignmentId, s);
    }

    /** Deletes it while no member has started it; 409 afterwards, so that no submitted work loses its marks. */
    @Transactional
    void delete(long assignmentId) {
        requireUnstarted(assignmentId, language.say("xóa", "deleted"));
        em.createNativeQuery("DELETE FROM class_assignment WHERE id = ?1").setParameter(1, assignmentId)
                .executeUpdate();
    }

    private void requireUnstarted(long assignmentId, String verb) {
        em.createNativeQuery("SELECT id FROM class_assignment WHERE id = ?1 FOR UPDATE").setParameter(1, assignmentId)
                .getResultList();
        long started = Rows.asLong(em.createNativeQuery("SELECT count(*) FROM quiz_attempt WHERE assignment_id = ?1")
                .setParameter(1, assignmentId).getSingleResult());
        if (started > 0) {
            throw ProblemException.conflict(language.say("Bài tập " + assignmentId + " không thể " + verb
                            + " nữa: học viên đã bắt đầu " + started + " lượt làm bài. Hãy tạo một bài tập mới.",
                    "Assignment " + assignmentId + " cannot be " + verb + " any more: members have started " + started
                            + " attempts. Create a new assignment instead."));
        }
    }

    private void saveSources(long id, Settings s) {
        for (int i = 0; i < s.questions().size(); i++) {
            em.createNativeQuery("INSERT INTO class_assignment_question (assignment_id, position, question_id) "
                            + "VALUES (?1, ?2, ?3)").setParameter(1, id).setParameter(2, (short) (i + 1))
                    .setParameter(3, s.questions().get(i)).executeUpdate();
        }
        for (Long set : s.sets()) {
            em.createNativeQuery("INSERT INTO class_assignment_set (assignment_id, set_id) VALUES (?1, ?2)")
                    .setParameter(1, id).setParameter(2, set).executeUpdate();
        }
    }

    @Transactional
    public Settings settings(long assignmentId) {
        Object[] r = (Object[]) em.createNativeQuery("""
                        SELECT title, topic, size, mode, time_limit_minutes, opens_at, deadline, attempts_allowed
                        FROM class_assignment WHERE id = ?1""").setParameter(1, assignmentId).getSingleResult();
        List<Long> questions = em.createNativeQuery("SELECT question_id FROM class_assignment_question "
                        + "WHERE assignment_id = ?1 ORDER BY position").setParameter(1, assignmentId).getResultList()
                .stream().map(Rows::asLong).toList();
        List<Long> sets = em.createNativeQuery("SELECT set_id FROM class_assignment_set WHERE assignment_id = ?1 "
                        + "ORDER BY set_id").setParameter(1, assignmentId).getResultList()
                .stream().map(Rows::asLong).toList();
        return new Settings((String) r[0], (String) r[1], ((Number) r[2]).intValue(), QuizMode.valueOf((String) r[3]),
                r[4] == null ? null : ((Number) r[4]).intValue(), Rows.asTime(r[5]), Rows.asTime(r[6]),
                r[7] == null ? null : ((Number) r[7]).intValue(), questions, sets);
    }

    /**
     * The questions of a new attempt of a member: the chosen ones, a draw from the sets, or null for a draw from
     * the topic. Refused (409, in the page's language) before it opens, after it closes and past the attempts
     * allowed.
     */
    @Transactional
    public List<Long> questionsForStart(long assignmentId, long learnerId, Settings s) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        if (s.opensAt() != null && now.isBefore(s.opensAt())) {
            throw new Refused("error_assignment_not_open", new Say("Bài tập này chưa mở: học viên bắt đầu được từ "
                    + s.opensAt(), "This assignment is not open yet: members may start from " + s.opensAt()));
        }
        if (now.isAfter(s.closesAt())) {
            throw new Refused("error_assignment_closed", new Say("Bài tập này đã đóng lúc " + s.closesAt(),
                    "This assignment closed at " + s.closesAt()));
        }
        if (s.attemptsAllowed() != null) {
            // one member's starts of one assignment take turns until the caller's transaction ends (AssignmentStarts)
            em.createNativeQuery("SELECT count(*) FROM (SELECT pg_advisory_xact_lock(?1, ?2)) l")
                    .setParameter(1, (int) assignmentId).setParameter(2, (int) learnerId).getSingleResult();
            long made = Rows.asLong(em.createNativeQuery(
                            "SELECT count(*) FROM quiz_attempt WHERE assignment_id = ?1 AND learner_id = ?2")
                    .setParameter(1, assignmentId).setParameter(2, learnerId).getSingleResult());
            if (made >= s.attemptsAllowed()) {
                throw new Refused("error_assignment_no_attempts", new Say("Đã dùng hết " + s.attemptsAllowed()
                        + " lượt làm bài được phép", "All " + s.attemptsAllowed() + " attempts allowed have been used"));
            }
        }
        if (!s.questions().isEmpty()) {
            // chosen questions retired since are left out
            Set<Long> live = new HashSet<>(em.createNativeQuery(
                            "SELECT id FROM question WHERE id IN (:ids) AND status = 'published'")
                    .setParameter("ids", s.questions()).getResultList().stream().map(Rows::asLong).toList());
            return s.questions().stream().filter(live::contains).toList();
        }
        if (s.sets().isEmpty()) {
            return null;
        }
        Set<Long> setIds = new HashSet<>();
        s.sets().forEach(set -> setIds.addAll(questionSets.subtree(set)));
        // from a random place in pick_key order, wrapping round (question_set_pick_idx): no sort of every question
        List<Long> drawn = new java.util.ArrayList<>(em.createNativeQuery("""
                        (SELECT id FROM question WHERE set_id IN (:sets) AND status = 'published' AND NOT held_back
                           AND pick_key >= :start ORDER BY pick_key LIMIT :size)
                        UNION ALL
                        (SELECT id FROM question WHERE set_id IN (:sets) AND status = 'published' AND NOT held_back
                           AND pick_key < :start ORDER BY pick_key LIMIT :size)
                        LIMIT :size""")
                .setParameter("sets", setIds).setParameter("size", s.size())
                .setParameter("start", random.nextInt(Integer.MAX_VALUE)).getResultList()
                .stream().map(Rows::asLong).toList());
        java.util.Collections.shuffle(drawn, random);
        return drawn;
    }

    /** A start the assignment does not allow now; {@code messageKey} names the page's message (AppMessages). */
    public static final class Refused extends ProblemException.Conflict {

        private final String messageKey;

        Refused(String messageKey, Say detail) {
            super(detail, null);
            this.messageKey = messageKey;
        }

        public String messageKey() {
            return messageKey;
        }
    }

    private static Short shortOrNull(Integer n) {
        return n == null ? null : n.shortValue();
    }

    private Problem.FieldError field(String name, String vietnamese, String english) {
        return new Problem.FieldError(name, language.say(vietnamese, english));
    }

    private ProblemException invalid(List<Problem.FieldError> errors) {
        return ProblemException.badRequest(language.say("Bài tập không hợp lệ", "The assignment is not valid"),
                errors);
    }
}
