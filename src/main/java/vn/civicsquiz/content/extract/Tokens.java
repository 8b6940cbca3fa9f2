package vn.civicsquiz.content.extract;

import vn.civicsquiz.content.text.TextNormaliser;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Splits Vietnamese text into {@link Token}s; numbers keep their separators ("1.200", "24,8", "14/12/2021").
 * The folded form of every syllable is remembered: articles use a few thousand distinct syllables many times
 * over, and folding is the expensive part of tokenising.
 */
final class Tokens {

    /** Vietnamese has a few thousand syllables; the bound only guards against unusual input. */
    private static final int MAX_CACHED = 50_000;
    private static final Map<String, String> FOLDED = new ConcurrentHashMap<>();

    private Tokens() {
    }

    static List<Token> of(String text) {
        return split(text);
    }

    /** A hand-written scanner: digits with inner separators, runs of letters and marks, any other character. */
    static List<Token> split(String text) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            int c = text.codePointAt(i);
            int start = i;
            if (Character.isDigit(c)) {
                i = numberEnd(text, i);
                String number = text.substring(start, i);
                tokens.add(new Token(number, start, i, Token.Kind.NUMBER, number));
            } else if (isWordChar(c)) {
                while (i < n && isWordChar(text.codePointAt(i))) {
                    i += Character.charCount(text.codePointAt(i));
                }
                String word = text.substring(start, i);
                tokens.add(new Token(word, start, i, Token.Kind.WORD, folded(word)));
            } else {
                i += Character.charCount(c);
                if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
                    String punct = text.substring(start, i);
                    tokens.add(new Token(punct, start, i, Token.Kind.PUNCT, punct));
                }
            }
        }
        return tokens;
    }

    /** "1.200", "24,8", "14/12/2021": a separator belongs to the number only when a digit follows it. */
    private static int numberEnd(String text, int from) {
        int i = from;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (Character.isDigit(c)) {
                i++;
            } else if ((c == '.' || c == ',' || c == '/') && i + 1 < text.length()
                    && Character.isDigit(text.charAt(i + 1))) {
                i++;
            } else {
                break;
            }
        }
        return i;
    }

    private static boolean isWordChar(int c) {
        return Character.isLetter(c) || Character.getType(c) == Character.NON_SPACING_MARK
                || Character.getType(c) == Character.COMBINING_SPACING_MARK;
    }

    private static String folded(String word) {
        String key = FOLDED.get(word);
        if (key == null) {
            key = TextNormaliser.fold(word);
            if (FOLDED.size() < MAX_CACHED) {
                FOLDED.put(word, key);
            }
        }
        return key;
    }
}
