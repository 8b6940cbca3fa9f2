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
