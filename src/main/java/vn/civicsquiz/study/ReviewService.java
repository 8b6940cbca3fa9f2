package vn.civicsquiz.study;

import jakarta.enterprise.context.ApplicationScoped;
import vn.civicsquiz.platform.problem.Say;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import vn.civicsquiz.platform.problem.ProblemException;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * Reviews a card: the FSRS-6 scheduler with the learner's desired retention decides the next due date, and the
 * review is logged.
 *
 * <p>Double submission: the card row is locked (SELECT … FOR UPDATE) for the whole review. A review carrying a
 * client review id that was already applied to the card changes nothing and returns the card as it is (the study
 * page sends one with every form, so a double click or a resent form is harmless). Without an id, a second review
 * of the same card less than a second after the previous one is refused with 409.
 */
@ApplicationScoped
public class ReviewService {

    static final Duration DOUBLE_SUBMIT_WINDOW = Duration.ofSeconds(1);

    /** The card after the review; {@code replayed} when the client review id had been applied already. */
    public record Outcome(ReviewCard card, boolean replayed) {
    }

    private final EntityManager em;
    private final StudyPreferencesService preferences;

    public ReviewService(EntityManager em, StudyPreferencesService preferences) {
        this.em = em;
        this.preferences = preferences;
    }

    /** @throws ProblemException 404 for a card that is not the learner's, 409 for a second review within a second */
    @Transactional
    public Outcome review(long accountId, long cardId, Rating rating, UUID clientReviewId, Instant now) {
        ReviewCard card = em.find(ReviewCard.class, cardId, LockModeType.PESSIMISTIC_WRITE);
        if (card == null || card.accountId != accountId) {
            throw ProblemException.notFound(new Say("Thẻ " + cardId, "Card " + cardId));
        }
        if (clientReviewId != null && ReviewLog.count("cardId = ?1 and clientReviewId = ?2", cardId, clientReviewId) > 0) {
            return new Outcome(card, true);
        }
        if (reviewedJustNow(card, now)) {
            throw ProblemException.conflict(new Say("Thẻ " + cardId + " vừa được ôn chưa đến một giây trước; "
                    + "hãy gửi reviewId để gửi lại an toàn", "Card " + cardId + " was reviewed less than a second ago; "
                    + "send a reviewId to make retries safe"));
        }
        apply(card, rating, now, ReviewCard.FROM_STUDY, clientReviewId);
        return new Outcome(card, false);
    }

    /**
     * Reviews the learner's card for a fact with a quiz answer (creating the card when the learner has none).
     * Runs inside the quiz's transaction; a card reviewed within the last second is left alone. Fact ids that
     * are not in the fact base (a teacher's or imported question may name any) have no card and are skipped.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void reviewFact(long accountId, String factId, Rating rating, Instant now) {
        em.createNativeQuery("""
                        INSERT INTO review_card (account_id, fact_id, origin, phase, due, created_at)
                        SELECT ?1, f.id, 'quiz', 'new', ?3, ?3 FROM fact f WHERE f.id = ?2
                        ON CONFLICT (account_id, fact_id) DO NOTHING""")
                .setParameter(1, accountId).setParameter(2, factId).setParameter(3, at(now)).executeUpdate();
        ReviewCard card = ReviewCard.<ReviewCard>find("accountId = ?1 and factId = ?2", accountId, factId)
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResult();
        if (card != null && !reviewedJustNow(card, now)) {
            apply(card, rating, now, ReviewCard.FROM_QUIZ, null);
        }
    }

    private void apply(ReviewCard card, Rating rating, Instant now, String origin, UUID clientReviewId) {
        Instant at = now.truncatedTo(ChronoUnit.MICROS);
        CardState before = card.state();
        CardState after = new FsrsScheduler(preferences.of(card.accountId).fsrs()).review(before, rating, at);
        card.apply(after);
        ReviewLog log = new ReviewLog();
        log.cardId = card.id;
        log.rating = (short) rating.grade();
        log.origin = origin;
        log.phaseBefore = ReviewCard.phaseName(before.phase());
        log.reviewedAt = at(at);
        log.elapsedDays = before.lastReview() == null ? 0 : (int) Duration.between(before.lastReview(), at).toDays();
        log.scheduledDays = (int) Duration.between(at, after.due()).toDays();
        log.clientReviewId = clientReviewId;
        log.persist();
        em.flush();
    }

    private static boolean reviewedJustNow(ReviewCard card, Instant now) {
        return card.lastReview != null
                && Duration.between(card.lastReview.toInstant(), now).abs().compareTo(DOUBLE_SUBMIT_WINDOW) < 0;
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
