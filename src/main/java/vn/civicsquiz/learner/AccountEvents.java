package vn.civicsquiz.learner;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;

/** Tells other features about new accounts (e.g. so a guest's attempts can be claimed). */
@ApplicationScoped
public class AccountEvents {

    /** Fired after a learner signs up, inside the request that created the account. */
    public record SignedUp(long accountId, String username) {
    }

    private final Event<SignedUp> signedUp;

    public AccountEvents(Event<SignedUp> signedUp) {
        this.signedUp = signedUp;
    }

    void signedUp(Account account) {
        signedUp.fire(new SignedUp(account.id, account.username));
    }
}
