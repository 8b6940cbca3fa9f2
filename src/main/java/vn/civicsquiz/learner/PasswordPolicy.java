package vn.civicsquiz.learner;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * What a new password must be, wherever one is set (sign-up, a teacher's reset, a learner's change, the first
 * teacher): at least {@link #MIN_LENGTH} characters, at most {@link #MAX_BYTES} bytes (bcrypt reads no more), and
 * not one of the common passwords shipped in {@code security/common-passwords.txt} (its source is named there),
 * compared without case.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 10;
    public static final int MAX_BYTES = 72;
    static final String LIST = "security/common-passwords.txt";

    private PasswordPolicy() {
    }

    /** @throws AccountException field {@code password}, reason {@code short}, {@code long} or {@code common} */
    public static void check(String password) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            throw new AccountException("password", "short");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw new AccountException("password", "long");
        }
        if (isCommon(password)) {
            throw new AccountException("password", "common");
        }
    }

    static boolean isCommon(String password) {
        return Common.PASSWORDS.contains(key(password));
    }

    private static String key(String password) {
        return Normalizer.normalize(password, Normalizer.Form.NFC).strip().toLowerCase(Locale.ROOT);
    }

    /** Loaded once, the first time a password is checked. */
    private static final class Common {
        static final Set<String> PASSWORDS = load();

        private static Set<String> load() {
            try (InputStream in = PasswordPolicy.class.getClassLoader().getResourceAsStream(LIST)) {
                if (in == null) {
                    throw new IllegalStateException(LIST + " is missing from the application");
                }
                Set<String> passwords = new HashSet<>();
                new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                        .filter(line -> !line.isBlank() && !line.startsWith("#"))
                        .forEach(line -> passwords.add(key(line)));
                return Set.copyOf(passwords);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
