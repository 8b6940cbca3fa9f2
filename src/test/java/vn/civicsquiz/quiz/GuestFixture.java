package vn.civicsquiz.quiz;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.civicsquiz.learner.GuestTokens;
import vn.civicsquiz.learner.Learner;
import vn.civicsquiz.learner.LearnerRef;

import java.util.UUID;

/** A guest whose browser token the test knows, so it can send the cookie itself (test helper). */
@ApplicationScoped
public class GuestFixture {

    public record Guest(String token, LearnerRef ref) {
    }

    /** The guest a browser or API client holds the token of. */
    @Transactional
    public LearnerRef refOf(String token) {
        return Learner.<Learner>find("guestTokenHash", GuestTokens.hash(token)).singleResult().ref();
    }

    /** The learner row of an account, created when the account has not studied yet. */
    @Transactional
    public LearnerRef ofAccount(long accountId) {
        Learner.getEntityManager().createNativeQuery(
                        "INSERT INTO learner (account_id) VALUES (?1) ON CONFLICT (account_id) DO NOTHING")
                .setParameter(1, accountId).executeUpdate();
        return Learner.<Learner>find("accountId", accountId).singleResult().ref();
    }

    @Transactional
    public Guest newGuest() {
        String token = GuestTokens.newToken();
        Learner learner = new Learner();
        learner.guestId = UUID.randomUUID();
        learner.guestTokenHash = GuestTokens.hash(token);
        learner.persist();
        return new Guest(token, learner.ref());
    }
}
