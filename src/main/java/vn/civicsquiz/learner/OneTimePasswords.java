package vn.civicsquiz.learner;

import java.security.SecureRandom;

/**
 * Passwords the app makes up for accounts a teacher creates in bulk: twelve characters in three groups of four
 * ({@code k7qm-x3tp-w9zr}), from letters and digits nobody confuses when copying from paper (no 0/o, 1/l/i).
 */
public final class OneTimePasswords {

    private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private OneTimePasswords() {
    }

    /** About 59 bits: 31^12. */
    public static String next() {
        StringBuilder out = new StringBuilder(14);
        for (int i = 0; i < 12; i++) {
            if (i > 0 && i % 4 == 0) {
                out.append('-');
            }
            out.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return out.toString();
    }
}
