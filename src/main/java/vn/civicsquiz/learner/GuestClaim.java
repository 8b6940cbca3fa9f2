package vn.civicsquiz.learner;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.OffsetDateTime;
import java.util.Optional;

/** A guest who signs up in the same browser keeps their attempts and progress under the new account. */
@ApplicationScoped
public class GuestClaim {

    private final CurrentLearner current;
    private final EntityManager em;
    private final Event<GuestClaimed> claimed;

    public GuestClaim(CurrentLearner current, EntityManager em, Event<GuestClaimed> claimed) {
        this.current = current;
        this.em = em;
        this.claimed = claimed;
    }

    @Transactional
    void onSignUp(@Observes AccountEvents.SignedUp signedUp) {
        Optional<Learner> guest = current.presentedGuestToken().flatMap(token -> Learner
                .<Learner>find("guestTokenHash = ?1 and accountId is null", GuestTokens.hash(token))
                .firstResultOptional());
        if (guest.isEmpty()) {
            return;
        }
        claim(guest.get(), signedUp.accountId());
        current.guestClaimed();
    }

    /** Attaches the guest's row to the account, or merges it into the account's row when that exists already. */
    void claim(Learner guest, long accountId) {
        String guestId = guest.guestId.toString();
        Optional<Learner> existing = Learner.find("accountId", accountId).firstResultOptional();
        if (existing.isPresent()) {
            mergeInto(guest, existing.get());
            guest.delete();
        } else {
            guest.accountId = accountId;
            guest.guestTokenHash = null;
            guest.claimedAt = OffsetDateTime.now();
        }
        em.flush();
        claimed.fire(new GuestClaimed(guestId, accountId));
    }

    private void mergeInto(Learner guest, Learner account) {
        em.createNativeQuery("UPDATE quiz_attempt SET learner_id = ?1 WHERE learner_id = ?2")
                .setParameter(1, account.id).setParameter(2, guest.id).executeUpdate();
        em.createNativeQuery("""
                INSERT INTO learner_question AS t (learner_id, question_id, correct_count, wrong_count, last_correct, last_answered_at)
                SELECT ?1, question_id, correct_count, wrong_count, last_correct, last_answered_at
                FROM learner_question WHERE learner_id = ?2
                ON CONFLICT (learner_id, question_id) DO UPDATE SET
                  correct_count = t.correct_count + excluded.correct_count,
                  wrong_count = t.wrong_count + excluded.wrong_count,
                  last_correct = CASE WHEN excluded.last_answered_at > t.last_answered_at
                                      THEN excluded.last_correct ELSE t.last_correct END,
                  last_answered_at = greatest(t.last_answered_at, excluded.last_answered_at)""")
                .setParameter(1, account.id).setParameter(2, guest.id).executeUpdate();
        em.createNativeQuery("DELETE FROM learner_question WHERE learner_id = ?1")
                .setParameter(1, guest.id).executeUpdate();
        em.createNativeQuery("""
                INSERT INTO learner_fact AS t (learner_id, fact_id, correct_count, wrong_count, last_correct,
                                               last_results, last_answered_at)
                SELECT ?1, fact_id, correct_count, wrong_count, last_correct, last_results, last_answered_at
                FROM learner_fact WHERE learner_id = ?2
                ON CONFLICT (learner_id, fact_id) DO UPDATE SET
                  correct_count = t.correct_count + excluded.correct_count,
                  wrong_count = t.wrong_count + excluded.wrong_count,
                  last_correct = CASE WHEN excluded.last_answered_at > t.last_answered_at
                                      THEN excluded.last_correct ELSE t.last_correct END,
                  last_results = CASE WHEN excluded.last_answered_at > t.last_answered_at
                                      THEN left(excluded.last_results || t.last_results, 10)
                                      ELSE left(t.last_results || excluded.last_results, 10) END,
                  last_answered_at = greatest(t.last_answered_at, excluded.last_answered_at)""")
                .setParameter(1, account.id).setParameter(2, guest.id).executeUpdate();
        em.createNativeQuery("DELETE FROM learner_fact WHERE learner_id = ?1")
                .setParameter(1, guest.id).executeUpdate();
    }
}
