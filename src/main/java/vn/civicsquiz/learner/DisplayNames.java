package vn.civicsquiz.learner;

import vn.civicsquiz.content.text.TextNormaliser;

import java.text.Normalizer;
import java.util.Optional;

/**
 * The one rule for names people show to others: display names (sign-up, accounts a teacher creates) and
 * leaderboard nicknames. A name is judged after NFC normalisation, so a name that only grows past the limit when
 * normalised is refused too; characters that hide or reorder text (bidi overrides and isolates, zero-width and
 * other format characters, controls) are refused rather than silently dropped, so what is stored is what was
 * typed. Allowed: letters with their marks, digits, spaces and {@code . ' - _}.
 */
public final class DisplayNames {

    /** How long a name of each use may be, in characters after NFC. */
    public enum Kind {
        DISPLAY_NAME("displayName", 1, 100),
        NICKNAME("nickname", 3, 40),
        /** A player's name in a live game (game package). */
        GAME_NICKNAME("nickname", 1, 20);

        final String field;
        public final int min;
        public final int max;

        Kind(String field, int min, int max) {
            this.field = field;
            this.min = min;
            this.max = max;
        }
    }

    /** More marks than this on one letter is not a language (Vietnamese needs two), it is a smear over the row. */
    private static final int MAX_MARKS_PER_LETTER = 3;

    private DisplayNames() {
    }

    /**
     * The canonical name (NFC, Đ look-alikes folded, runs of spaces as one), or empty when none was given.
     *
     * @throws AccountException field {@code displayName} or {@code nickname}, reason {@code invalid}
     */
    public static Optional<String> check(String raw, Kind kind) {
        if (raw == null || raw.isBlank()) {
            return Optional.empty();
        }
        String nfc = Normalizer.normalize(raw, Normalizer.Form.NFC);
        if (!onlyVisible(nfc)) {
            throw new AccountException(kind.field, "invalid");
        }
        String name = TextNormaliser.nfc(nfc);
        int length = name.codePointCount(0, name.length());
        if (length < kind.min || length > kind.max || !allowedCharacters(name)
                || sameNameKey(name).codePointCount(0, sameNameKey(name).length()) > kind.max) {
            // the last: a character whose compatibility form is a whole word (U+FDFA) would overflow the name's key
            throw new AccountException(kind.field, "invalid");
        }
        return Optional.of(name);
    }

    /** Like {@link #check} but a name is required. */
    public static String require(String raw, Kind kind) {
        return check(raw, kind).orElseThrow(() -> new AccountException(kind.field, "invalid"));
    }

    /**
     * The key under which two names count as the same: case, diacritics and compatibility forms ignored ("Hoa Sen",
     * "hoa sen", "Hòa Sen" and the full-width "Ｈoa Sen" share one), so no one can pose as another on the leaderboard.
     */
    public static String sameNameKey(String name) {
        return TextNormaliser.searchKey(Normalizer.normalize(name, Normalizer.Form.NFKC));
    }

    /** No control, format (bidi, zero-width, BOM, soft hyphen), private-use, unassigned or line-breaking character. */
    private static boolean onlyVisible(String text) {
        return text.codePoints().allMatch(c -> c == ' ' || c == '\u00A0' || switch (Character.getType(c)) {
            case Character.CONTROL, Character.FORMAT, Character.PRIVATE_USE, Character.SURROGATE,
                 Character.UNASSIGNED, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR -> false;
            default -> true;
        });
    }

    private static boolean allowedCharacters(String name) {
        int marks = 0;
        for (int i = 0; i < name.length(); ) {
            int c = name.codePointAt(i);
            i += Character.charCount(c);
            int type = Character.getType(c);
            boolean mark = type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                    || type == Character.ENCLOSING_MARK;
            marks = mark ? marks + 1 : 0;
            if (mark && (marks > MAX_MARKS_PER_LETTER || i == Character.charCount(c))) {
                return false; // a name may not start with a mark nor pile them up
            }
            if (!mark && !Character.isLetterOrDigit(c) && " .'-_".indexOf(c) < 0) {
                return false;
            }
        }
        return true;
    }
}
