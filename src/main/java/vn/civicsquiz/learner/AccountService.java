package vn.civicsquiz.learner;

import vn.civicsquiz.platform.security.SessionRevocation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.civicsquiz.content.text.TextNormaliser;

import java.util.List;
import java.util.Optional;
import vn.civicsquiz.platform.access.TooManyRequests;
import vn.civicsquiz.platform.problem.Say;
import vn.civicsquiz.platform.security.LoginThrottle;
import java.util.regex.Pattern;

/** Creates accounts and checks credentials; the only place that touches password hashes. */
@ApplicationScoped
public class AccountService {

    private static final Pattern USERNAME = Pattern.compile("[\\p{L}\\p{N}._-]{3,64}");

    private final PasswordHasher hasher;
    private final SessionRevocation.Sessions sessions;
    private final LoginThrottle throttle;

    public AccountService(PasswordHasher hasher, SessionRevocation.Sessions sessions, LoginThrottle throttle) {
        this.hasher = hasher;
        this.sessions = sessions;
        this.throttle = throttle;
    }

    /** Returns the account when the password is right. */
    @Transactional
    public Optional<Account> authenticate(String username, String password) {
        Optional<Account> account = Account.findByUsername(TextNormaliser.nfc(username));
        boolean ok = hasher.matches(password, account.map(a -> a.passwordHash).orElse(null));
        return ok ? account : Optional.empty();
    }

    @Transactional
    public Account signUp(String username, String password, String displayName, String role) {
        String name = TextNormaliser.nfc(username == null ? "" : username);
        checkUsername(name);
        String shownName = DisplayNames.check(displayName, DisplayNames.Kind.DISPLAY_NAME).orElse(name);
        PasswordPolicy.check(password);
        if (Account.findByUsername(name).isPresent()) {
            throw new AccountException("username", "taken");
        }
        Account account = new Account();
        account.username = name;
        account.passwordHash = hasher.hash(password);
        account.role = role;
        account.displayName = shownName;
        account.persist();
        return account;
    }

    /**
     * A learner account a teacher creates for a class roster, with a password the app made up
     * ({@link OneTimePasswords}) that the first sign-in must replace.
     *
     * @throws AccountException for a username or display name out of the rules, or a username taken
     */
    public Account createWithOneTimePassword(String username, String displayName, String oneTimePassword) {
        String name = TextNormaliser.nfc(username == null ? "" : username);
        checkUsername(name);
        String shownName = DisplayNames.check(displayName, DisplayNames.Kind.DISPLAY_NAME).orElse(name);
        if (Account.findByUsername(name).isPresent()) {
            throw new AccountException("username", "taken");
        }
        Account account = new Account();
        account.username = name;
        account.passwordHash = hasher.hashOneTime(oneTimePassword);
        account.role = Role.LEARNER;
        account.displayName = shownName;
        account.passwordMustChange = true;
        account.persist();
        return account;
    }

    /** Creates the account, or resets its password and role when it exists. */
    @Transactional
    public Account upsert(String username, String password, String role) {
        Optional<Account> existing = Account.findByUsername(TextNormaliser.nfc(username));
        if (existing.isEmpty()) {
            return signUp(username, password, null, role);
        }
        Account account = existing.get();
        if (!hasher.matches(password, account.passwordHash)) {
            PasswordPolicy.check(password);
            account.passwordHash = hasher.hash(password);
        }
        account.role = role;
        return account;
    }

    @Transactional
    public void resetPassword(long accountId, String password) {
        PasswordPolicy.check(password);
        Account account = Account.<Account>findByIdOptional(accountId)
                .orElseThrow(() -> new AccountException("id", "unknown"));
        account.passwordHash = hasher.hash(password);
        sessions.endAll(accountId); // a new password ends every session signed in with the old one
    }

    private static void checkUsername(String name) {
        if (!USERNAME.matcher(name).matches()) {
            throw new AccountException("username", "invalid");
        }
    }

    /**
     * The account holder sets a new password, proving the current one. Every session of the account signed in
     * until now ends, on every instance; the returned moment is when, so the browser that asked can be marked as
     * signed in from then on and keep its own session.
     *
     * The current password is a guess like a sign-in's, counted under the same limits (from this address, and for
     * the account): a session left open on a shared computer must not let anyone try passwords without end.
     *
     * @throws AccountException {@code currentPassword/wrong}, or the new password's {@link PasswordPolicy} reason
     * @throws TooManyRequests  when this address or this account has guessed wrong too often
     */
    @Transactional
    public java.time.Instant changePassword(long accountId, String currentPassword, String newPassword,
                                            String address) {
        Account account = Account.<Account>findByIdOptional(accountId)
                .orElseThrow(() -> new AccountException("id", "unknown"));
        List<String> keys = LoginThrottle.keys(address, account.username);
        if (throttle.reserve(keys)) {
            throw new TooManyRequests(new Say("Đã nhập sai mật khẩu quá nhiều lần; hãy thử lại sau ít phút",
                    "Too many wrong passwords; try again in a few minutes"), throttle.retryAfterSeconds());
        }
        if (currentPassword == null || currentPassword.isEmpty()
                || !hasher.matches(currentPassword, account.passwordHash)) {
            throw new AccountException("currentPassword", "wrong"); // the reserved attempt stays counted
        }
        throttle.release(keys);
        PasswordPolicy.check(newPassword);
        if (newPassword.equals(currentPassword)) {
            throw new AccountException("password", "same");
        }
        account.passwordHash = hasher.hash(newPassword);
        account.passwordMustChange = false;
        return sessions.endAll(accountId);
    }
}
