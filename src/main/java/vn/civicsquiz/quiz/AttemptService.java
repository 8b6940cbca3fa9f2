package vn.civicsquiz.quiz;

import java.math.BigDecimal;
import vn.civicsquiz.platform.problem.Say;
import vn.civicsquiz.platform.access.TooManyRequests;
import vn.civicsquiz.quiz.grading.GradingKey;
import vn.civicsquiz.quiz.grading.OptionShuffler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import vn.civicsquiz.learner.LearnerRef;
import vn.civicsquiz.platform.problem.ProblemException;
import vn.civicsquiz.question.Question;

import org.hibernate.jpa.HibernateHints;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Starts, finds and finishes attempts; only ever the current learner's own. */
@ApplicationScoped
public class AttemptService {

    private final QuestionPicker picker;
    private final EntityManager em;
    private final java.time.Clock clock;
    private final Random random = new java.security.SecureRandom();

    private final int maxOpenAttempts;
    private final int maxStarts;
    private final java.time.Duration startWindow;

    private final LearningRecord learning;

    public AttemptService(QuestionPicker picker, EntityManager em, java.time.Clock clock, QuizSettings settings,
                          LearningRecord learning) {
        this.learning = learning;
        this.picker = picker;
        this.em = em;
        this.clock = clock;
        this.maxOpenAttempts = settings.maxOpenAttempts();
        this.maxStarts = settings.maxStarts();
        this.startWindow = settings.startWindow();
    }

    /** Now, as the attempts' timers read it. */
    public OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }

    /** A new attempt with its items as stored, each holding its question and options (loaded read-only). */
    public record Started(QuizAttempt attempt, List<AttemptItem> items) {
    }

    /**
     * Callers check the topic against {@link QuizTopics} (any topic string works here, "mixed" means all).
     *
     * @throws ProblemException 409 when no question is available
     */
    @Transactional
    public QuizAttempt start(LearnerRef learner, StartRequest request) {
        return startWithItems(learner, request).attempt();
    }

    /** Like {@link #start}, also returning the items, so that a caller showing them need not read them back. */
    @Transactional
    public Started startWithItems(LearnerRef learner, StartRequest request) {
        List<Long> ids = request.questionIds() != null ? request.questionIds() : request.review()
                ? picker.mistakes(learner.learnerId(), request.topic(), request.size())
                : picker.pick(learner.learnerId(), request.topic(), request.size());
        if (ids.isEmpty()) {
            throw ProblemException.conflict(request.questionIds() != null
                    ? "The assignment has no published questions" : request.review()
                    ? "There are no mistakes to review in this topic" : "This topic has no published questions yet");
        }
        QuizAttempt attempt = new QuizAttempt();
        attempt.learnerId = learner.learnerId();
        attempt.topic = request.topic();
        attempt.mode = request.mode();
        attempt.review = request.review();
        attempt.size = (short) ids.size();
        attempt.timeLimitSeconds = request.mode() == QuizMode.test ? request.timeLimitSeconds() : null;
        attempt.startedAt = now();
        attempt.assignmentId = request.assignmentId();
        attempt.persist();
        // read-only: the questions are only read here, so the commit's flush need not compare them with a snapshot
        Map<Long, Question> questions = Question.<Question>find(
                        "select distinct q from Question q left join fetch q.options where q.id in ?1", ids)
                .withHint(HibernateHints.HINT_READ_ONLY, true).list()
                .stream().collect(Collectors.toMap(q -> q.id, Function.identity()));
        return new Started(attempt, insertItems(attempt, ids, questions));
    }

    /**
     * All positions in one INSERT (IDENTITY keys rule out JDBC batching: one statement per row otherwise). The same
     * statement finishes the learner's open attempts beyond the newest {@link QuizSettings#maxOpenAttempts()}
     * (the new one included), scored as they stand, as {@link #finish(LearnerRef, QuizAttempt, OffsetDateTime)}
     * would; an abandoned test's answers stay out of the learner's record, as an unsubmitted test's do. It also
     * counts the learner's starts within {@link QuizSettings#startWindow()} (the new one included) and inserts
     * nothing past {@link QuizSettings#maxStarts()}: then the whole start is refused with 429 and rolled back.
     */
    private List<AttemptItem> insertItems(QuizAttempt attempt, List<Long> ids, Map<Long, Question> questions) {
        long attemptId = attempt.id;
        int first = 2 + ids.size() * 3;
        StringBuilder sql = new StringBuilder("""
                WITH stale AS (
                  UPDATE quiz_attempt a SET finished_at = ?%1$d,
                    score = (SELECT coalesce(sum(w.credit), 0) FROM attempt_answer w WHERE w.attempt_id = a.id)
                  WHERE a.id IN (SELECT o.id FROM quiz_attempt o WHERE o.learner_id = ?%2$d AND o.finished_at IS NULL
                                 ORDER BY o.started_at DESC, o.id DESC OFFSET ?%3$d)
                  RETURNING a.id)
                INSERT INTO attempt_item (attempt_id, position, question_id, option_order, choice_order)
                SELECT v.* FROM (VALUES\s""".formatted(first, first + 1, first + 2));
        for (int i = 0; i < ids.size(); i++) {
            int p = 2 + i * 3;
            sql.append(i == 0 ? "" : ", ").append("(CAST(?1 AS bigint), CAST(").append(i + 1)
                    .append(" AS smallint), CAST(?").append(p).append(" AS bigint), CAST(?").append(p + 1)
                    .append(" AS bigint[]), CAST(?").append(p + 2).append(" AS bigint[]))");
        }
        sql.append("""
                ) AS v (attempt_id, position, question_id, option_order, choice_order)
                WHERE (SELECT count(*) FROM quiz_attempt r WHERE r.learner_id = ?%1$d AND r.started_at > ?%2$d) <= ?%3$d"""
                .formatted(first + 1, first + 3, first + 4));
        var insert = em.createNativeQuery(sql.toString()).setParameter(1, attemptId)
                .setParameter(first, attempt.startedAt).setParameter(first + 1, attempt.learnerId)
                .setParameter(first + 2, maxOpenAttempts)
                .setParameter(first + 3, attempt.startedAt.minus(startWindow))
                .setParameter(first + 4, maxStarts);
        List<AttemptItem> items = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            OptionShuffler.Orders orders = OptionShuffler.orders(GradingKey.of(questions.get(ids.get(i))), random);
            insert.setParameter(2 + i * 3, ids.get(i))
                    .setParameter(3 + i * 3, arrayLiteral(orders.options()))
                    .setParameter(4 + i * 3, arrayLiteral(orders.choices()));
            items.add(AttemptItem.of(attemptId, (short) (i + 1), questions.get(ids.get(i)), orders));
        }
        if (insert.executeUpdate() == 0) {
            long retryAfter = startWindow.toSeconds();
            throw new TooManyRequests(new Say("Bạn đã bắt đầu " + maxStarts + " lượt làm bài trong "
                    + startWindow.toMinutes() + " phút; hãy làm tiếp một lượt đang mở hoặc thử lại sau",
                    "You started " + maxStarts + " quizzes within " + startWindow.toMinutes() + " minutes; carry on "
                            + "with an open one or try again later"), retryAfter);
        }
        return items;
    }

    private static String arrayLiteral(List<Long> values) {
        return values.stream().map(String::valueOf).collect(Collectors.joining(",", "{", "}"));
    }

    /** The learner's attempt, finishing it first when its time ran out; another learner's is "not found". */
    @Transactional
    public QuizAttempt load(LearnerRef learner, long attemptId) {
        return load(learner, attemptId, LockModeType.NONE);
    }

    /**
     * As {@link #load(LearnerRef, long)}, with the attempt row locked until the transaction ends. Answering and
     * finishing both lock it, so an answer is never stored after the score was counted.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public QuizAttempt loadForUpdate(LearnerRef learner, long attemptId) {
        return load(learner, attemptId, LockModeType.PESSIMISTIC_WRITE);
    }

    private QuizAttempt load(LearnerRef learner, long attemptId, LockModeType lock) {
        QuizAttempt attempt = em.find(QuizAttempt.class, attemptId, lock);
        if (attempt == null || !attempt.learnerId.equals(learner.learnerId())) {
            throw ProblemException.notFound(new Say("Lượt làm bài " + attemptId, "Attempt " + attemptId));
        }
        if (attempt.overdue(now())) {
            if (lock == LockModeType.NONE) {
                em.refresh(attempt, LockModeType.PESSIMISTIC_WRITE); // two requests may find it overdue at once
            }
            if (!attempt.finished()) {
                finish(learner, attempt, attempt.deadline());
            }
        }
        return attempt;
    }

    /** The latest unfinished attempt, to resume. */
    @Transactional
    public Optional<QuizAttempt> open(LearnerRef learner) {
        Optional<QuizAttempt> attempt = QuizAttempt.<QuizAttempt>find(
                "learnerId = ?1 and finishedAt is null order by startedAt desc", learner.learnerId())
                .firstResultOptional();
        if (attempt.isPresent() && attempt.get().overdue(now())) {
            em.refresh(attempt.get(), LockModeType.PESSIMISTIC_WRITE);
            if (!attempt.get().finished()) {
                finish(learner, attempt.get(), attempt.get().deadline());
            }
            return Optional.empty();
        }
        return attempt;
    }

    /** Finishes the attempt (unanswered questions count as wrong); finishing again changes nothing. */
    @Transactional
    public QuizAttempt finish(LearnerRef learner, long attemptId) {
        QuizAttempt attempt = loadForUpdate(learner, attemptId);
        if (!attempt.finished()) {
            finish(learner, attempt, now());
        }
        return attempt;
    }

    private void finish(LearnerRef learner, QuizAttempt attempt, OffsetDateTime at) {
        BigDecimal score = (BigDecimal) em.createNativeQuery(
                        "SELECT coalesce(sum(credit), 0) FROM attempt_answer WHERE attempt_id = ?1")
                .setParameter(1, attempt.id).getSingleResult();
        attempt.finishedAt = at;
        attempt.score = score;
        if (!attempt.feedbackAfterEachAnswer()) {
            learning.recordSubmitted(learner, attempt.id);
        }
    }

    /** Positions already answered, in order. */
    public List<Short> answeredPositions(long attemptId) {
        return em.createQuery("select a.position from AttemptAnswer a where a.attemptId = ?1 order by a.position",
                Short.class).setParameter(1, attemptId).getResultList();
    }
}
