package vn.civicsquiz.content.extract;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds numbers in Vietnamese text: "1.200" (thousands dot), "24,8" (decimal comma), "189/193", "1,5-1,6 tỷ",
 * "100%", words ("gần sáu triệu", "hai mươi lăm") and their qualifiers ("hơn", "gần", "khoảng", "trên", "hàng").
 * Dates ("14/12", "13-12", "18/2/2019"), clock times and codes ("Covid-19", "32-CT/TW", "G7") are not numbers.
 */
public final class VietnameseNumberParser {

    private VietnameseNumberParser() {
    }

    /** Numbers in running text; a lone number word ("ba", "năm") is not taken, it is too often not a number. */
    public static List<NumberMention> scan(String text) {
        return locate(text, Tokens.of(text), false).stream().map(NumberAt::mention).toList();
    }

    /** Reads one number expression such as "gần sáu triệu" or "189/193"; empty if the text is not exactly that. */
    public static Optional<NumberMention> parse(String expression) {
        String text = expression == null ? "" : expression.strip();
        List<NumberAt> found = locate(text, Tokens.of(text), true);
        if (found.size() == 1 && found.get(0).mention().start() == 0 && found.get(0).mention().end() == text.length()) {
            return Optional.of(found.get(0).mention());
        }
        return Optional.empty();
    }

    /** Numbers with their token positions; {@code bareWords} also accepts a single number word like "ba". */
    static List<NumberAt> locate(String text, List<Token> tokens, boolean bareWords) {
        List<NumberAt> found = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            NumberAt at = numberAt(text, tokens, i, bareWords);
            if (at == null) {
                i++;
            } else {
                found.add(at);
                i = at.nextToken();
            }
        }
        return found;
    }

    private static NumberAt numberAt(String text, List<Token> tokens, int i, boolean bareWords) {
        Token t = tokens.get(i);
        if (t.kind() == Token.Kind.NUMBER) {
            return digitsAt(text, tokens, i);
        }
        if (t.kind() == Token.Kind.WORD) {
            if (t.isWord("hàng")) {
                return roughAmountAt(text, tokens, i);
            }
            if (ScaleWords.canStartNumber(t.folded())) {
                return wordsAt(text, tokens, i, bareWords);
            }
        }
        return null;
    }

    private static NumberAt digitsAt(String text, List<Token> tokens, int i) {
        Token t = tokens.get(i);
        if (Numerals.glued(text, t)) {
            return null;
        }
        BigDecimal value;
        BigDecimal total = null;
        String[] parts = t.text().split("/");
        if (parts.length > 2 || parts.length == 2 && Numerals.looksLikeDate(parts[0], parts[1])) {
            return null;
        }
        value = Numerals.digits(parts[0]);
        if (parts.length == 2) {
            total = Numerals.digits(parts[1]);
        }
        if (value == null) {
            return null;
        }
        int j = i + 1;
        BigDecimal upper = null;
        if (j + 1 < tokens.size() && (tokens.get(j).isPunct("-") || tokens.get(j).isPunct("–"))
                && tokens.get(j + 1).kind() == Token.Kind.NUMBER && total == null) {
            BigDecimal second = Numerals.digits(tokens.get(j + 1).text());
            boolean unitFollows = j + 2 < tokens.size() && tokens.get(j + 2).kind() == Token.Kind.WORD;
            if (second != null && !unitFollows && Numerals.looksLikeDate(parts[0], tokens.get(j + 1).text())) {
                return null; // "Sáng 13-12, ..."
            }
            if (second != null && !Numerals.gluedAfter(text, tokens.get(j + 1))) {
                upper = second;
                j += 2;
            }
        }
        return finish(text, tokens, i, j, value, upper, total);
    }

    /** "hàng nghìn", "hàng chục nghìn", "hàng triệu": an order of magnitude, not a count. */
    private static NumberAt roughAmountAt(String text, List<Token> tokens, int i) {
        BigDecimal value = BigDecimal.ONE;
        int j = i + 1;
        while (j < tokens.size() && ScaleWords.INNER.containsKey(tokens.get(j).folded())
                && ScaleWords.INNER.get(tokens.get(j).folded()) > 1) {
            value = value.multiply(BigDecimal.valueOf(ScaleWords.INNER.get(tokens.get(j).folded())));
            j++;
        }
        boolean large = j < tokens.size() && ScaleWords.isLarge(tokens.get(j).folded());
        if (j == i + 1 && !large) {
            return null;
        }
        NumberAt at = finish(text, tokens, i + 1, j, value, null, null);
        NumberMention m = at.mention();
        Token first = tokens.get(i);
        return new NumberAt(new NumberMention(text.substring(first.start(), m.end()), first.start(), m.end(),
                m.value(), null, null, m.scale(), m.percent(), "hàng"), i, at.nextToken());
    }

    private static NumberAt wordsAt(String text, List<Token> tokens, int i, boolean bareWords) {
        List<String> words = new ArrayList<>();
        int j = i;
        while (j < tokens.size() && tokens.get(j).kind() == Token.Kind.WORD
                && ScaleWords.isNumberWord(tokens.get(j).folded())) {
            words.add(tokens.get(j).folded());
            j++;
        }
        Optional<BigDecimal> value = WordNumbers.evaluate(words);
        if (value.isEmpty()) {
            return null;
        }
        boolean large = j < tokens.size() && ScaleWords.isLarge(tokens.get(j).folded());
        boolean yearFollows = j < tokens.size() && tokens.get(j).kind() == Token.Kind.NUMBER;
        String qualifier = Qualifiers.before(tokens, i).map(Qualifiers.Found::word).orElse(null);
        boolean accepted = words.size() > 1 || large || qualifier != null || bareWords && !yearFollows;
        return accepted ? finish(text, tokens, i, j, value.get(), null, null) : null;
    }

    /** Takes trailing "nghìn"/"triệu"/"tỷ"/"%" and a qualifier in front, and builds the mention. */
    private static NumberAt finish(String text, List<Token> tokens, int first, int next, BigDecimal value,
                                   BigDecimal upper, BigDecimal total) {
        int j = next;
        String scale = null;
        while (j < tokens.size() && tokens.get(j).kind() == Token.Kind.WORD) {
            String w = tokens.get(j).folded();
            if ((w.equals("nghìn") || w.equals("ngàn")) && scale == null) {
                value = value.multiply(BigDecimal.valueOf(1000));
                upper = upper == null ? null : upper.multiply(BigDecimal.valueOf(1000));
            } else if (ScaleWords.isLarge(w) && scale == null) {
                scale = ScaleWords.LARGE.get(w);
            } else {
                break;
            }
            j++;
        }
        boolean percent = j < tokens.size() && tokens.get(j).isPunct("%");
        if (percent) {
            j++;
        }
        Optional<Qualifiers.Found> qualifier = Qualifiers.before(tokens, first);
        int start = qualifier.map(Qualifiers.Found::start).orElse(tokens.get(first).start());
        int end = tokens.get(j - 1).end();
        NumberMention mention = new NumberMention(text.substring(start, end), start, end, value, upper, total, scale,
                percent, qualifier.map(Qualifiers.Found::word).orElse(null));
        return new NumberAt(mention, first, j);
    }

    /** A single number word with nothing around it ("ba", "năm"): a number only where a count is expected. */
    static boolean isBareWord(List<Token> tokens, NumberAt at) {
        NumberMention m = at.mention();
        return at.nextToken() - at.firstToken() == 1 && tokens.get(at.firstToken()).kind() == Token.Kind.WORD
                && m.qualifier() == null && m.scale() == null && !m.percent();
    }

    /** A number and the tokens it spans: {@code firstToken} is the number itself (after any qualifier). */
    record NumberAt(NumberMention mention, int firstToken, int nextToken) {
    }
}
