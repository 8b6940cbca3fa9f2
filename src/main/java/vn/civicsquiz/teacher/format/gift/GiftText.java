package vn.civicsquiz.teacher.format.gift;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The text of one GIFT item with escapes decoded. It remembers which characters came from an escape
 * ({@code \~ \= \# \{ \} \: \\ \n}) so they are never taken for control characters, and which source line
 * every character came from, so errors point at the right line. Immutable.
 */
final class GiftText {

    private final String chars;
    private final boolean[] literal;
    private final int[] lines;
    private final int emptyLine;

    private GiftText(String chars, boolean[] literal, int[] lines, int emptyLine) {
        this.chars = chars;
        this.literal = literal;
        this.lines = lines;
        this.emptyLine = emptyLine;
    }

    /** Decodes escapes in the given source lines, joined by newlines. */
    static GiftText decode(List<GiftBlocks.SourceLine> source) {
        StringBuilder out = new StringBuilder();
        List<Boolean> lit = new ArrayList<>();
        List<Integer> at = new ArrayList<>();
        for (int n = 0; n < source.size(); n++) {
            GiftBlocks.SourceLine line = source.get(n);
            String s = line.text();
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                char next = i + 1 < s.length() ? s.charAt(i + 1) : 0;
                if (c == '\\' && (Gift.CONTROL.indexOf(next) >= 0 || next == '\\')) {
                    append(out, lit, at, next, true, line.number());
                    i++;
                } else if (c == '\\' && next == 'n') {
                    append(out, lit, at, '\n', true, line.number());
                    i++;
                } else {
                    append(out, lit, at, c, false, line.number());
                }
            }
            if (n + 1 < source.size()) {
                append(out, lit, at, '\n', false, line.number());
            }
        }
        boolean[] literal = new boolean[lit.size()];
        int[] lines = new int[at.size()];
        for (int i = 0; i < literal.length; i++) {
            literal[i] = lit.get(i);
            lines[i] = at.get(i);
        }
        int first = source.isEmpty() ? 1 : source.get(0).number();
        return new GiftText(out.toString(), literal, lines, first);
    }

    private static void append(StringBuilder out, List<Boolean> lit, List<Integer> at, char c, boolean escaped,
                               int line) {
        out.append(c);
        lit.add(escaped);
        at.add(line);
    }

    int length() {
        return chars.length();
    }

    boolean isEmpty() {
        return chars.isEmpty();
    }

    char charAt(int i) {
        return chars.charAt(i);
    }

    /** The decoded characters; escaped control characters are plain characters here. */
    String plain() {
        return chars;
    }

    /** Line of the first character, or of where the text would have been when it is empty. */
    int line() {
        return lines.length > 0 ? lines[0] : emptyLine;
    }

    int lineAt(int index) {
        if (lines.length == 0) {
            return emptyLine;
        }
        return lines[Math.max(0, Math.min(index, lines.length - 1))];
    }

    /** Position of {@code token} at or after {@code from} where none of its characters was escaped, or -1. */
    int indexOf(String token, int from) {
        for (int i = chars.indexOf(token, Math.max(0, from)); i >= 0; i = chars.indexOf(token, i + 1)) {
            if (unescaped(i, token.length())) {
                return i;
            }
        }
        return -1;
    }

    int indexOf(String token) {
        return indexOf(token, 0);
    }

    int lastIndexOf(String token) {
        for (int i = chars.lastIndexOf(token); i >= 0; i = chars.lastIndexOf(token, i - 1)) {
            if (unescaped(i, token.length())) {
                return i;
            }
        }
        return -1;
    }

    boolean contains(String token) {
        return indexOf(token) >= 0;
    }

    boolean startsWith(String token) {
        return chars.startsWith(token) && unescaped(0, token.length());
    }

    private boolean unescaped(int from, int length) {
        for (int i = from; i < from + length; i++) {
            if (literal[i]) {
                return false;
            }
        }
        return true;
    }

    GiftText sub(int from, int to) {
        return new GiftText(chars.substring(from, to), Arrays.copyOfRange(literal, from, to),
                Arrays.copyOfRange(lines, from, to), lineAt(from));
    }

    GiftText sub(int from) {
        return sub(from, chars.length());
    }

    GiftText trim() {
        int from = 0;
        int to = chars.length();
        while (from < to && Gift.isSpace(chars.charAt(from))) {
            from++;
        }
        while (to > from && Gift.isSpace(chars.charAt(to - 1))) {
            to--;
        }
        return from == 0 && to == chars.length() ? this : sub(from, to);
    }

    /** Splits before every unescaped character in {@code separators}; each later part starts with one. */
    List<GiftText> splitBefore(String separators) {
        List<GiftText> parts = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < chars.length(); i++) {
            if (i > start && separators.indexOf(chars.charAt(i)) >= 0 && !literal[i]) {
                parts.add(sub(start, i));
                start = i;
            }
        }
        parts.add(sub(start));
        return parts;
    }

    /** {@code this + filler + tail}; the filler takes the line of the character before it. */
    GiftText join(String filler, GiftText tail) {
        int n = chars.length() + filler.length() + tail.chars.length();
        boolean[] lit = new boolean[n];
        int[] at = new int[n];
        System.arraycopy(literal, 0, lit, 0, literal.length);
        System.arraycopy(lines, 0, at, 0, lines.length);
        int fillerLine = lines.length > 0 ? lines[lines.length - 1] : tail.line();
        Arrays.fill(lit, literal.length, literal.length + filler.length(), true);
        Arrays.fill(at, lines.length, lines.length + filler.length(), fillerLine);
        System.arraycopy(tail.literal, 0, lit, n - tail.literal.length, tail.literal.length);
        System.arraycopy(tail.lines, 0, at, n - tail.lines.length, tail.lines.length);
        return new GiftText(chars + filler + tail.chars, lit, at, emptyLine);
    }

    @Override
    public String toString() {
        return chars;
    }
}
