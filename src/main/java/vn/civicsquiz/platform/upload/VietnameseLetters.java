package vn.civicsquiz.platform.upload;

import java.text.Normalizer;

/**
 * Whether text decoded from a legacy single-byte charset reads as Vietnamese: every non-ASCII character is a Latin
 * letter carrying only Vietnamese diacritics (or đ, Đ), a tone mark after such a letter, or common typographic
 * punctuation. Text in another single-byte charset (Windows-1252 French, Cyrillic read as Latin, …) fails it.
 */
final class VietnameseLetters {

    /** Breve, circumflex, horn: part of the letters ă â ê ô ơ ư. */
    private static final String LETTER_MARKS = "\u0306\u0302\u031B";
    /** The five tone marks, which Windows-1258 writes as separate combining characters. */
    private static final String TONE_MARKS = "\u0300\u0301\u0303\u0309\u0323";
    private static final String PUNCTUATION = "\u00A0\u00AB\u00BB\u00B0\u00B7\u2013\u2014\u2018\u2019\u201C\u201D"
            + "\u2026\u2022\u20AB\u20AC";

    private VietnameseLetters() {
    }

    static boolean plausible(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        char previous = ' ';
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            boolean fits = c < 0x80 || c == 'đ' || c == 'Đ' || PUNCTUATION.indexOf(c) >= 0
                    || (LETTER_MARKS.indexOf(c) >= 0 || TONE_MARKS.indexOf(c) >= 0) && isMarkable(previous);
            if (!fits) {
                return false;
            }
            if (TONE_MARKS.indexOf(c) < 0 && LETTER_MARKS.indexOf(c) < 0) {
                previous = c;
            }
        }
        return true;
    }

    /** Vowels take tone marks and letter marks; no other letter does in Vietnamese. */
    private static boolean isMarkable(char base) {
        return "aeiouyAEIOUY".indexOf(base) >= 0;
    }
}
