package vn.civicsquiz.platform.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.civicsquiz.content.text.TextNormaliser;
import vn.civicsquiz.learner.Account;
import vn.civicsquiz.learner.PasswordHasher;

import java.util.List;

/** The blocking steps of a password sign-in: who it names, whether the client may try, and what to count. */
@ApplicationScoped
public class SignInAttempts {

    /** A sign-in under way: the account it names (null when none), and the throttle keys it was counted under. */
    public record Attempt(String username, Long accountId, String role, String passwordHash, List<String> keys,
                          boolean blocked, boolean verifiedRecently, boolean passwordMustChange) {
    }

    private final LoginThrottle throttle;
    private final PasswordHasher hasher;

    public SignInAttempts(LoginThrottle throttle, PasswordHasher hasher) {
        this.throttle = throttle;
        this.hasher = hasher;
    }

    @Transactional
    public Attempt begin(String typedUsername, String password, String address) {
        String typed = TextNormaliser.nfc(typedUsername == null ? "" : typedUsername);
        Account account = typed.length() > 64 ? null : Account.findByUsername(typed).orElse(null);
        String username = account == null ? typed : account.username;
        String hash = account == null ? null : account.passwordHash;
        if (account != null && hasher.verifiedRecently(password, hash)) {
            return new Attempt(username, account.id, account.role, hash, List.of(), false, true,
                    account.passwordMustChange);
        }
        List<String> keys = LoginThrottle.keys(address, username);
        boolean blocked = throttle.reserve(keys);
        return new Attempt(username, account == null ? null : account.id, account == null ? null : account.role,
                hash, keys, blocked, false, account != null && account.passwordMustChange);
    }

    /** The password was right: the attempt reserved in the throttle was not a failure after all. */
    public void succeeded(Attempt attempt, String password) {
        throttle.release(attempt.keys());
        hasher.rememberVerified(password, attempt.passwordHash());
    }

    /** The reservation made in {@link #begin} stays: it is the failure. A cheap hash's refusal takes the usual time. */
    public void failed(Attempt attempt) {
        hasher.padFailure(attempt.passwordHash());
    }

    /** No such account: cost as much time as a wrong password, so a probe cannot tell the two apart. */
    public SecurityIdentity unknownAccount(Attempt attempt) {
        hasher.spendVerificationTime();
        throw new AuthenticationFailedException();
    }

    SecurityIdentity identityOf(Attempt attempt) {
        return marked(QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(attempt.username()))
                .addRole(attempt.role()), attempt);
    }

    /** The identity a checked password makes: its account's id, and whether the password was a one-time one. */
    static SecurityIdentity marked(QuarkusSecurityIdentity.Builder identity, Attempt attempt) {
        identity.addAttribute(SignInGate.ACCOUNT_ID, attempt.accountId());
        if (attempt.passwordMustChange()) {
            identity.addAttribute(SessionRevocation.PASSWORD_MUST_CHANGE, Boolean.TRUE);
        }
        return identity.build();
    }
}
