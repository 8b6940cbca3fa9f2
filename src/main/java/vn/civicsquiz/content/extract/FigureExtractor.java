package vn.civicsquiz.content.extract;

import vn.civicsquiz.content.fact.Fact;
import vn.civicsquiz.content.fact.FactSet;
import vn.civicsquiz.content.fact.FigureBound;
import vn.civicsquiz.content.text.TextNormaliser;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Figures with their context: "189/193 quốc gia thành viên Liên Hợp Quốc", "hơn 140 nước", "gần sáu triệu người
 * Việt Nam ở nước ngoài", "24,8 tỷ USD vốn FDI". Years, dates, ordinals ("lần thứ 20") and numbers without
 * something counted are left out. A count that announces an enumeration or group ("9 nhiệm vụ trọng tâm",
 * "ba trụ cột") is a figure too, marked with the set it announces.
 */
final class FigureExtractor {

    /** A number right after these words is a label or a date part, not an amount. */
    private static final Set<String> NOT_AN_AMOUNT_AFTER = Set.of("thứ", "số", "khóa", "kỳ", "ngày", "tháng", "lúc",
            "hồi", "đợt", "điều", "khoản", "mục", "chương", "phần", "trang", "năm");
    private static final Set<String> NOT_SUBJECT_WORDS = Set.of("đạt", "vượt", "mốc", "lên", "xuống", "tăng", "giảm");

    private FigureExtractor() {
    }

    static Findings extract(List<TokenizedSentence> sentences, Map<Integer, String> announced, String sourceId,
                            String date) {
        Findings findings = new Findings();
        List<String> earlier = new ArrayList<>();
        int paragraph = -1;
        for (TokenizedSentence sentence : sentences) {
            if (sentence.sentence().paragraph() != paragraph) {
                earlier.clear();
                paragraph = sentence.sentence().paragraph();
            }
            String s = sentence.text();
            List<Token> tokens = sentence.tokens();
            int base = sentence.start();
            List<VietnameseNumberParser.NumberAt> numbers = VietnameseNumberParser.locate(s, tokens, true).stream()
                    .filter(n -> !VietnameseNumberParser.isBareWord(tokens, n)
                            || announced.containsKey(base + tokens.get(n.firstToken()).start()))
                    .filter(n -> isAmount(tokens, n))
                    .toList();
            List<Integer> starts = numbers.stream().map(n -> n.mention().start()).toList();
            for (VietnameseNumberParser.NumberAt number : numbers) {
                String announces = announced.get(base + tokens.get(number.firstToken()).start());
                String asOf = AsOf.resolve(s, number.mention().start(), starts, earlier, date);
                figure(s, tokens, number, asOf, announces, sourceId).ifPresent(f ->
                        findings.proposals.add(new ProposedFact(FactSet.FIGURES.slug(), f)));
            }
            earlier.add(s);
        }
        return findings;
    }

    private static boolean isAmount(List<Token> tokens, VietnameseNumberParser.NumberAt number) {
        NumberMention m = number.mention();
        if (isYear(m.value(), m) || m.upper() != null && isYear(m.upper(), m)) {
            return false;
        }
        int before = number.firstToken() - 1;
        return m.qualifier() != null || before < 0 || !NOT_AN_AMOUNT_AFTER.contains(tokens.get(before).folded());
    }

    private static boolean isYear(BigDecimal value, NumberMention m) {
        return m.scale() == null && !m.percent() && m.total() == null && !m.raw().contains(".")
                && value.stripTrailingZeros().scale() <= 0 && value.intValue() >= 1900 && value.intValue() <= 2100;
    }

    private static Optional<Fact> figure(String s, List<Token> tokens, VietnameseNumberParser.NumberAt number,
                                         String asOf, String announces, String sourceId) {
        NumberMention m = number.mention();
        int unitEnd = Units.end(tokens, number.nextToken());
        String noun = NounPhrases.text(s, tokens, number.nextToken(), unitEnd);
        if (noun.isEmpty() && m.scale() == null && !m.percent() || NounPhrases.isEnder(TextNormaliser.fold(noun))) {
            return Optional.empty();
        }
        String unit = Units.of(noun, writtenScale(tokens, number), m.percent());
        int countedEnd = NounPhrases.modifiersEnd(tokens, unitEnd, number.nextToken());
        String counted = NounPhrases.text(s, tokens, number.nextToken(), countedEnd);
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("counts", counts(s, counted, unit, m));
        boolean rough = "hàng".equals(m.qualifier());
        // an announced count is exact: in "dựa trên ba trụ cột", "trên" is a preposition, not "more than"
        putIfPresent(attributes, "qualifier", rough || announces != null ? null : m.qualifier());
        putIfPresent(attributes, "display", display(s, tokens, number));
        // how exactly the article states it, from its hedge and written form (a proposal a curator may correct)
        attributes.put("bound", FigureBound.implied(attributes.get("qualifier"), attributes.get("display")).slug());
        putIfPresent(attributes, "of", m.total() == null ? null : m.total().toPlainString());
        putIfPresent(attributes, "upper", m.upper() == null ? null : m.upper().toPlainString());
        putIfPresent(attributes, "announces", announces);
        BigDecimal value = plain(m.value());
        String label = (m.raw() + " " + counted).strip();
        String idValue = value.toPlainString() + (m.upper() == null ? "" : "-" + plain(m.upper()).toPlainString());
        String text = statement(s, m.start(), countedEnd > number.nextToken() ? tokens.get(countedEnd - 1).end()
                : m.end());
        return Optional.of(new Fact(FactIds.ofFigure(idValue, unit, asOf), FactSet.FIGURES, null, label, text, value,
                unit, asOf, sourceId, s, attributes));
    }

    /**
     * The number as the article writes it when that is not the plain numeral of the value: "sáu", "hàng nghìn",
     * "1,5-1,6". Null for "189", "1.200", "24,8".
     */
    private static String display(String s, List<Token> tokens, VietnameseNumberParser.NumberAt number) {
        int first = number.firstToken();
        if (first > 0 && tokens.get(first - 1).isWord("hàng")) {
            first--;
        }
        int last = number.nextToken() - 1;
        while (last > first && (ScaleWords.isLarge(tokens.get(last).folded()) || tokens.get(last).isPunct("%"))) {
            last--;
        }
        String written = s.substring(tokens.get(first).start(), tokens.get(last).end());
        String plainNumeral = vn.civicsquiz.content.text.VietnameseNumbers.format(number.mention().value());
        return TextNormaliser.fold(written).equals(plainNumeral) || written.contains("/") ? null : written;
    }

    private static String writtenScale(List<Token> tokens, VietnameseNumberParser.NumberAt number) {
        for (int i = number.firstToken(); i < number.nextToken(); i++) {
            if (ScaleWords.isLarge(tokens.get(i).folded())) {
                return tokens.get(i).folded();
            }
        }
        return null;
    }

    /** What the number counts; for money and percentages without a noun phrase after, the subject before it. */
    private static String counts(String s, String counted, String unit, NumberMention m) {
        boolean bareUnit = counted.isEmpty() || TextNormaliser.fold(unit).endsWith(TextNormaliser.fold(counted))
                && (m.scale() != null || m.percent());
        if (!bareUnit) {
            return m.scale() == null ? counted : m.scale() + " " + counted;
        }
        String subject = subjectBefore(s, m.start());
        return subject.isEmpty() ? unit : unit + " " + subject;
    }

    private static String subjectBefore(String s, int at) {
        int clauseStart = at - 1;
        while (clauseStart >= 0 && !isClauseBreak(s, clauseStart)) {
            clauseStart--;
        }
        StringBuilder subject = new StringBuilder();
        for (String word : s.substring(clauseStart + 1, at).strip().split("\\s+")) {
            String folded = TextNormaliser.fold(word);
            if (NounPhrases.isEnder(folded) || NOT_SUBJECT_WORDS.contains(folded)) {
                break;
            }
            subject.append(subject.length() == 0 ? "" : " ").append(word);
        }
        return subject.toString();
    }

    /** Commas, semicolons, colons and brackets end a clause; "7,5" is a decimal comma, not a break. */
    private static boolean isClauseBreak(String s, int i) {
        char c = s.charAt(i);
        boolean decimalComma = c == ',' && i > 0 && i + 1 < s.length()
                && Character.isDigit(s.charAt(i - 1)) && Character.isDigit(s.charAt(i + 1));
        return ",;:(".indexOf(c) >= 0 && !decimalComma;
    }

    /** The clause holding the figure (sentences are cut at semicolons), up to what the figure counts. */
    private static String statement(String s, int at, int end) {
        int start = s.lastIndexOf(';', at) + 1;
        return Labels.capitalise(s.substring(start, end).strip());
    }

    private static BigDecimal plain(BigDecimal value) {
        return new BigDecimal(value.stripTrailingZeros().toPlainString());
    }

    private static void putIfPresent(Map<String, String> attributes, String key, String value) {
        if (value != null) {
            attributes.put(key, value);
        }
    }
}
