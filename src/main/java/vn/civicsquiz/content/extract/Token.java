package vn.civicsquiz.content.extract;

import vn.civicsquiz.content.TextNormaliser;

/**
 * One token of a text with its character offsets: a syllable, a number as written ("1.200", "24,8", "189/193")
 * or a single punctuation character.
 */
record Token(String text, int start, int end, Kind kind) {

    enum Kind { WORD, NUMBER, PUNCT }

    /** Lower-case comparison form (tone placement normalised), so "Hơn" and "hơn" match. */
    String folded() {
        return TextNormaliser.fold(text);
    }

    boolean isWord(String foldedWord) {
        return kind == Kind.WORD && folded().equals(foldedWord);
    }

    boolean isPunct(String punct) {
        return kind == Kind.PUNCT && text.equals(punct);
    }
}
