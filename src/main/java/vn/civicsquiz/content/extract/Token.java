package vn.civicsquiz.content.extract;

/**
 * One token of a text with its character offsets: a syllable, a number as written ("1.200", "24,8", "189/193")
 * or a single punctuation character.
 *
 * @param folded lower-case comparison form (tone placement normalised), so "Hơn" and "hơn" match
 */
record Token(String text, int start, int end, Kind kind, String folded) {

    enum Kind { WORD, NUMBER, PUNCT }

    boolean isWord(String foldedWord) {
        return kind == Kind.WORD && folded.equals(foldedWord);
    }

    boolean isPunct(String punct) {
        return kind == Kind.PUNCT && text.equals(punct);
    }
}
