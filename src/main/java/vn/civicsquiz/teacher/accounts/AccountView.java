package vn.civicsquiz.teacher.accounts;

import vn.civicsquiz.learner.Account;

import java.time.OffsetDateTime;

/** An account without its password hash. */
public record AccountView(long id, String username, String role, String displayName, OffsetDateTime createdAt) {

    static AccountView of(Account a) {
        return new AccountView(a.id, a.username, a.role, a.displayName, a.createdAt);
    }
}
