package vn.civicsquiz.learner;

import java.util.UUID;

/**
 * The learner a request acts for.
 *
 * @param learnerId row id in {@code learner}
 * @param accountId the account, or null for a guest
 * @param guestId   the guest's opaque id, or null for an account
 */
public record LearnerRef(long learnerId, Long accountId, UUID guestId) {

    public boolean guest() {
        return accountId == null;
    }

    public String guestIdText() {
        return guestId == null ? null : guestId.toString();
    }
}
