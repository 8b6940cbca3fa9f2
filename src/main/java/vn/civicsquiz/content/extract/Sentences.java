package vn.civicsquiz.content.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Splits an article into paragraphs (lines) and sentences, keeping offsets so quotes stay verbatim. */
final class Sentences {

    /** End punctuation, optional closing quotes/brackets, then space and the start of a new sentence. */
    private static final Pattern BOUNDARY = Pattern.compile("[.!?…]+[”\"’')]*(?=\\s+[\\p{Lu}“\"‘(\\d])");
    private static final Set<String> ABBREVIATIONS = Set.of("tp", "tt", "ts", "ths", "gs", "pgs", "bs", "st", "ô", "bà",
            "v.v", "tr", "nxb");

    private Sentences() {
    }

    static List<Sentence> of(String text) {
        List<Sentence> sentences = new ArrayList<>();
        int paragraph = 0;
        int lineStart = 0;
        while (lineStart <= text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = text.length();
            }
            if (!text.substring(lineStart, lineEnd).isBlank()) {
                split(text, lineStart, lineEnd, paragraph++, sentences);
            }
            lineStart = lineEnd + 1;
        }
        return sentences;
    }

    private static void split(String text, int from, int to, int paragraph, List<Sentence> out) {
        String line = text.substring(from, to);
        Matcher m = BOUNDARY.matcher(line);
        int start = 0;
        while (m.find()) {
            if (isAbbreviation(line, m.start())) {
                continue;
            }
            add(text, from + start, from + m.end(), paragraph, out);
            start = m.end();
        }
        add(text, from + start, to, paragraph, out);
    }

    private static boolean isAbbreviation(String line, int dot) {
        int wordStart = dot;
        while (wordStart > 0 && !Character.isWhitespace(line.charAt(wordStart - 1))) {
            wordStart--;
        }
        String word = line.substring(wordStart, dot).toLowerCase(java.util.Locale.ROOT);
        return ABBREVIATIONS.contains(word) || word.length() == 1 && Character.isLetter(line.charAt(dot - 1));
    }

    private static void add(String text, int start, int end, int paragraph, List<Sentence> out) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            out.add(new Sentence(text.substring(start, end), start, end, paragraph));
        }
    }
}
