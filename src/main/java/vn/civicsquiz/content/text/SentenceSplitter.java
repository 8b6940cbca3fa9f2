package vn.civicsquiz.content.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits a Vietnamese paragraph into sentences. A sentence ends at ".", "!", "?" or "…" (plus any closing quotes or
 * brackets) when whitespace and then a capital letter, a digit or an opening quote follow. Vietnamese numbers such as
 * "1.200" and "24,8" and abbreviations such as "T.Ư" never split because no whitespace follows their dot; the few
 * abbreviations written with a dot and a space ("TP. Hà Nội") are listed.
 */
public final class SentenceSplitter {

    private static final String TERMINATORS = ".!?…";
    private static final String CLOSERS = "”\"’'»)]";
    private static final String OPENERS = "“\"‘'«([";
    private static final Set<String> ABBREVIATIONS = Set.of("TP", "Tp", "tp", "TS", "ThS", "GS", "PGS", "TT", "Q", "P",
            "ông", "bà", "St", "Mr", "Dr");

    private SentenceSplitter() {
    }

    /** Spans of the sentences of {@code text}, relative to its start, trimmed of surrounding whitespace. */
    public static List<TextSpan> split(String text) {
        List<TextSpan> spans = new ArrayList<>();
        int start = skipWhitespace(text, 0);
        int i = start;
        while (i < text.length()) {
            if (TERMINATORS.indexOf(text.charAt(i)) >= 0 && !isAbbreviation(text, i)) {
                int end = i + 1;
                while (end < text.length() && (TERMINATORS.indexOf(text.charAt(end)) >= 0
                        || CLOSERS.indexOf(text.charAt(end)) >= 0)) {
                    end++;
                }
                int next = skipWhitespace(text, end);
                if (next > end && next < text.length() && startsSentence(text.charAt(next))) {
                    spans.add(new TextSpan(start, end));
                    start = next;
                    i = next;
                    continue;
                }
                i = end;
                continue;
            }
            i++;
        }
        int end = text.length();
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            spans.add(new TextSpan(start, end));
        }
        return spans;
    }

    private static boolean startsSentence(char c) {
        return Character.isUpperCase(c) || Character.isDigit(c) || OPENERS.indexOf(c) >= 0;
    }

    private static boolean isAbbreviation(String text, int dot) {
        if (text.charAt(dot) != '.') {
            return false;
        }
        int wordStart = dot;
        while (wordStart > 0 && Character.isLetter(text.charAt(wordStart - 1))) {
            wordStart--;
        }
        return ABBREVIATIONS.contains(text.substring(wordStart, dot));
    }

    private static int skipWhitespace(String text, int from) {
        int i = from;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }
}
