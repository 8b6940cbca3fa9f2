package vn.civicsquiz.learner;

/**
 * Fired (synchronously, inside the transaction) when a guest who signs up brings their attempts to the new
 * account, so features that keep data per guest can move theirs too.
 */
public record GuestClaimed(String guestId, long accountId) {
}
