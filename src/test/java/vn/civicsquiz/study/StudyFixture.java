package vn.civicsquiz.study;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import vn.civicsquiz.learner.Account;
import vn.civicsquiz.learner.BasicAuth;
import vn.civicsquiz.question.Question;
import vn.civicsquiz.question.QuestionDraft;
import vn.civicsquiz.question.QuestionKind;
import vn.civicsquiz.quiz.TestBank;
import vn.civicsquiz.web.BrowserSession;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/** Learners with exactly the cards a study test needs, and questions that test given facts. */
@ApplicationScoped
public class StudyFixture {

    public static final String PASSWORD = "mật khẩu ôn tập";

    /** A signed-up learner, signed in on {@code browser}. */
    public record StudyLearner(String username, long accountId, BrowserSession browser) {

        public String basicAuth() {
            return BasicAuth.header(username, PASSWORD);
        }
    }

    private final EntityManager em;

    public StudyFixture(EntityManager em) {
        this.em = em;
    }

    public StudyLearner signUp() {
        String username = "Học.Viên." + UUID.randomUUID().toString().substring(0, 8);
        BrowserSession browser = BrowserSession.open();
        browser.postForm("/signup", "username", username, "password", PASSWORD).then().statusCode(307);
        browser.signIn(username, PASSWORD);
        return new StudyLearner(username, accountId(username), browser);
    }

    @Transactional
    public long accountId(String username) {
        return Account.findByUsername(username).orElseThrow().id;
    }

    /**
     * Gives the learner new cards for exactly these facts, due one second apart in the order given (the first is
     * the most overdue), and a daily limit of zero so that no other fact joins the queue.
     */
    @Transactional
    public List<Long> onlyCards(long accountId, String... factIds) {
        settings(accountId, "0.90", 0);
        OffsetDateTime first = OffsetDateTime.now(ZoneOffset.UTC).minusHours(1);
        for (int i = 0; i < factIds.length; i++) {
            em.createNativeQuery("""
                            INSERT INTO review_card (account_id, fact_id, origin, phase, due, created_at)
                            VALUES (?1, ?2, 'study', 'new', ?3, ?3)""")
                    .setParameter(1, accountId).setParameter(2, factIds[i]).setParameter(3, first.plusSeconds(i))
                    .executeUpdate();
        }
        return List.of(factIds).stream().map(f -> cardId(accountId, f)).toList();
    }

    @Transactional
    public void settings(long accountId, String retention, int dailyNewLimit) {
        em.createNativeQuery("""
                        INSERT INTO study_settings (account_id, desired_retention, daily_new_limit) VALUES (?1, ?2, ?3)
                        ON CONFLICT (account_id) DO UPDATE
                        SET desired_retention = excluded.desired_retention, daily_new_limit = excluded.daily_new_limit""")
                .setParameter(1, accountId).setParameter(2, new java.math.BigDecimal(retention))
                .setParameter(3, (short) dailyNewLimit).executeUpdate();
    }

    @Transactional
    public long cardId(long accountId, String factId) {
        return ReviewCard.<ReviewCard>find("accountId = ?1 and factId = ?2", accountId, factId).firstResult().id;
    }

    @Transactional
    public ReviewCard card(long cardId) {
        return ReviewCard.findById(cardId);
    }

    @Transactional
    public long reviews(long cardId) {
        return ReviewLog.count("cardId", cardId);
    }

    @Transactional
    public List<Short> ratings(long cardId) {
        return em.createQuery("select l.rating from ReviewLog l where l.cardId = ?1 order by l.id", Short.class)
                .setParameter(1, cardId).getResultList();
    }

    /** Moves the card's due date into the past, as if the learner came back when it was due. */
    @Transactional
    public void makeDue(long cardId) {
        ReviewCard card = ReviewCard.findById(cardId);
        Instant lastReview = card.lastReview.toInstant();
        Instant due = card.due.toInstant();
        long shift = due.getEpochSecond() - Instant.now().getEpochSecond() + 1;
        card.due = OffsetDateTime.ofInstant(due.minusSeconds(shift), ZoneOffset.UTC);
        card.lastReview = OffsetDateTime.ofInstant(lastReview.minusSeconds(shift), ZoneOffset.UTC);
    }

    /** A published single-answer question testing the fact; returns it with its options. */
    @Transactional
    public Question singleQuestionFor(String factId, String stem) {
        QuestionDraft draft = new QuestionDraft(QuestionKind.SINGLE, "three-pillars", null, stem,
                List.of(QuestionDraft.OptionDraft.choice("Đối ngoại Đảng", true),
                        QuestionDraft.OptionDraft.choice("Đối ngoại kinh tế", false),
                        QuestionDraft.OptionDraft.choice("Đối ngoại quốc phòng", false),
                        QuestionDraft.OptionDraft.choice("Đối ngoại văn hoá", false)),
                null, null, "Trụ cột thứ nhất là đối ngoại Đảng.", 0.5, List.of(factId), TestBank.SOURCE,
                "xây dựng nền ngoại giao toàn diện, hiện đại với 3 trụ cột là: đối ngoại Đảng, ngoại giao Nhà nước và đối ngoại nhân dân");
        Question question = TestBank.persist(draft, stem);
        question.options.size();
        return question;
    }

    /** An active fact that no published single-answer question tests (so a quiz-style review has to fall back). */
    @Transactional
    public String factWithoutQuestion() {
        List<?> ids = em.createNativeQuery("""
                        SELECT f.id FROM fact f
                        WHERE f.status = 'active' AND NOT EXISTS (
                            SELECT 1 FROM question_fact qf JOIN question q ON q.id = qf.question_id
                            WHERE qf.fact_id = f.id AND q.status = 'published'
                              AND q.kind IN ('SINGLE', 'NEGATIVE', 'TRUE_FALSE'))
                        ORDER BY f.id DESC LIMIT 1""").getResultList();
        if (ids.isEmpty()) {
            throw new AssertionError("every fact has a question; the fallback cannot be exercised");
        }
        return (String) ids.get(0);
    }

    /** The text of the right option (or of a wrong one) of a single-answer question. */
    @Transactional
    public String optionText(long questionId, boolean correct) {
        return em.createQuery("select o.text from QuestionOption o where o.question.id = ?1 and o.correct = ?2 "
                        + "order by o.ordinal", String.class)
                .setParameter(1, questionId).setParameter(2, correct).setMaxResults(1).getSingleResult();
    }

    /** The database id of the right option (or of a wrong one): never what a page shows. */
    @Transactional
    public long option(long questionId, boolean correct) {
        return em.createQuery("select o.id from QuestionOption o where o.question.id = ?1 and o.correct = ?2 "
                        + "order by o.ordinal", Long.class)
                .setParameter(1, questionId).setParameter(2, correct).setMaxResults(1).getSingleResult();
    }

    /** The active facts a learner studies: all but the trap phrases. */
    @Transactional
    public List<String> studiableFacts() {
        return em.createNativeQuery("""
                SELECT id FROM fact
                WHERE status = 'active' AND coalesce(attributes ->> 'trap', '') <> 'true'""", String.class)
                .getResultList();
    }
}
