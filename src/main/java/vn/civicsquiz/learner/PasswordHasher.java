package vn.civicsquiz.learner;

import at.favre.lib.crypto.bcrypt.BCrypt;
import jakarta.enterprise.context.ApplicationScoped;

import java.nio.charset.StandardCharsets;
import java.time.Clock;

/** bcrypt hashes (cost 10) for account passwords; a verified pair is remembered for a while (see {@link VerifiedPasswords}). */
@ApplicationScoped
public class PasswordHasher {

    private final VerifiedPasswords recentlyVerified = new VerifiedPasswords(Clock.systemUTC());

    private static final int COST = 10;
    /**
     * Compared against when the user does not exist, so a missing account costs as much time as a wrong password:
     * bcrypt of "x" at {@link #COST}, written out (hashing it at start-up cost a cold bcrypt before the first request).
     */
    static final String DUMMY_HASH = "$2a$10$upWZQy456sdlxevwjUfCU.sLXzfhgmaCdsvPd3Cf4b56rMKqRwTDi";

    public String hash(String password) {
        return BCrypt.withDefaults().hashToString(COST, password.toCharArray());
    }

    /**
     * A one-time password the app made up ({@link OneTimePasswords}): about 60 random bits, replaced at the first
     * sign-in. bcrypt's cost is there to slow the guessing of passwords people choose; against 2^60 it adds nothing
     * worth 80 ms per account, which a roster of 60 learners would otherwise spend in one request.
     */
    public String hashOneTime(String password) {
        return BCrypt.withDefaults().hashToString(ONE_TIME_COST, password.toCharArray());
    }

    private static final int ONE_TIME_COST = 4;

    /**
     * After a wrong password against a hash cheaper than the usual cost (a one-time password's), spends the time
     * the usual cost would have taken: how fast a wrong password is refused must not tell which accounts still hold
     * the password printed on the class list.
     */
    public void padFailure(String hash) {
        if (hash != null && hash.length() > 6 && hash.startsWith("$2") && hash.charAt(3) == '$') {
            try {
                if (Integer.parseInt(hash.substring(4, 6)) < COST) {
                    spendVerificationTime();
                }
            } catch (NumberFormatException notBcrypt) {
                // not a hash this class wrote: nothing to even out
            }
        }
    }

    /** True when this pair was verified by bcrypt a moment ago on this instance (see {@link VerifiedPasswords}). */
    public boolean verifiedRecently(String password, String hash) {
        return hash != null && recentlyVerified.contains(password, hash);
    }

    public void rememberVerified(String password, String hash) {
        if (hash != null) {
            recentlyVerified.remember(password, hash);
        }
    }

    /** Costs as much as checking a wrong password, for sign-ins that name no account. */
    public void spendVerificationTime() {
        BCrypt.verifyer().verify("x".getBytes(StandardCharsets.UTF_8), DUMMY_HASH.getBytes(StandardCharsets.UTF_8));
    }

    public boolean matches(String password, String hash) {
        if (password.getBytes(StandardCharsets.UTF_8).length > PasswordPolicy.MAX_BYTES) {
            spendVerificationTime(); // never a stored password: bcrypt reads 72 bytes, and longer ones are refused
            return false;
        }
        if (hash != null && recentlyVerified.contains(password, hash)) {
            return true;
        }
        String against = hash == null ? DUMMY_HASH : hash;
        boolean verified = BCrypt.verifyer().verify(password.getBytes(StandardCharsets.UTF_8),
                against.getBytes(StandardCharsets.UTF_8)).verified && hash != null;
        if (verified) {
            recentlyVerified.remember(password, hash);
        } else {
            padFailure(hash);
        }
        return verified;
    }
}
