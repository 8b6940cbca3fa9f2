package vn.civicsquiz.classes;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.regex.Pattern;

/** Join codes: 8 characters without look-alikes (no 0/O, 1/I/L), about 40 bits, read aloud easily. */
final class JoinCodes {

    static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    static final int LENGTH = 8;
    private static final Pattern SHAPE = Pattern.compile("[" + ALPHABET + "]{" + LENGTH + "}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private JoinCodes() {
    }

    static String next() {
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** The code as stored, or null when it cannot be one ("k7qw 2mzp" reads as "K7QW2MZP"). */
    static String canonical(String typed) {
        if (typed == null) {
            return null;
        }
        String code = typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
        return SHAPE.matcher(code).matches() ? code : null;
    }
}
