package vn.civicsquiz.content.extract;

import vn.civicsquiz.content.Fact;
import vn.civicsquiz.content.FactSet;
import vn.civicsquiz.content.TextNormaliser;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Figures with their context: "189/193 quốc gia thành viên Liên Hợp Quốc", "hơn 140 nước", "gần sáu triệu người
 * Việt Nam ở nước ngoài", "24,8 tỷ USD vốn FDI". Years, dates, ordinals ("lần thứ 20") and numbers without
 * something counted are left out, and so are counts already used by an enumeration or group.
 */
final class FigureExtractor {

    /** A number right after these words is a label or a date part, not an amount. */
    private static final Set<String> NOT_AN_AMOUNT_AFTER = Set.of("thứ", "số", "khóa", "kỳ", "ngày", "tháng", "lúc",
            "hồi", "đợt", "điều", "khoản", "mục", "chương", "phần", "trang", "năm");
    private static final Set<String> CURRENCIES = Set.of("USD", "EUR", "VND", "đồng");
    private static final Set<String> NOT_SUBJECT_WORDS = Set.of("đạt", "vượt", "mốc", "lên", "xuống", "tăng", "giảm");

    private FigureExtractor() {
    }

    static Findings extract(List<Sentence> sentences, Set<Integer> countOffsets, String sourceId, String date) {
        Findings findings = new Findings();
        for (Sentence sentence : sentences) {
            String s = sentence.text();
            List<Token> tokens = Tokens.of(s);
            List<VietnameseNumbers.NumberAt> numbers = VietnameseNumbers.locate(s, tokens, false).stream()
                    .filter(n -> isAmount(tokens, n)
                            && !countOffsets.contains(sentence.start() + tokens.get(n.firstToken()).start()))
                    .toList();
            List<Integer> starts = numbers.stream().map(n -> n.mention().start()).toList();
            for (VietnameseNumbers.NumberAt number : numbers) {
                figure(s, tokens, number, starts, sourceId, date).ifPresent(f ->
                        findings.proposals.add(new ProposedFact(FactSet.FIGURES.slug(), f)));
            }
        }
        return findings;
    }

    private static boolean isAmount(List<Token> tokens, VietnameseNumbers.NumberAt number) {
        NumberMention m = number.mention();
        if (isYear(m.value(), m) || m.upper() != null && isYear(m.upper(), m)) {
            return false;
        }
        int before = number.firstToken() - 1;
        return m.qualifier() != null || before < 0
                || !NOT_AN_AMOUNT_AFTER.contains(tokens.get(before).folded());
    }

    private static boolean isYear(BigDecimal value, NumberMention m) {
        return m.scale() == null && !m.percent() && m.total() == null && !m.raw().contains(".")
                && value.stripTrailingZeros().scale() <= 0 && value.intValue() >= 1900 && value.intValue() <= 2100;
    }

    private static Optional<Fact> figure(String s, List<Token> tokens, VietnameseNumbers.NumberAt number,
                                                   List<Integer> starts, String sourceId, String date) {
        NumberMention m = number.mention();
        int phraseEnd = NounPhrases.end(tokens, number.nextToken());
        String counted = NounPhrases.text(s, tokens, number.nextToken(), phraseEnd);
        if (counted.isEmpty() && m.scale() == null && !m.percent()) {
            return Optional.empty();
        }
        String unit = Units.of(counted, m.scale(), m.percent());
        String counts = counts(s, counted, m);
        String asOf = AsOf.resolve(s, m.start(), starts, date);
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("counts", counts);
        attributes.put("written", m.raw());
        if (m.qualifier() != null) {
            attributes.put("qualifier", m.qualifier());
        }
        if (m.total() != null) {
            attributes.put("total", m.total().toPlainString());
        }
        if (m.upper() != null) {
            attributes.put("upper", m.upper().toPlainString());
        }
        String label = (m.raw() + " " + counted).strip();
        BigDecimal plain = new BigDecimal(m.value().stripTrailingZeros().toPlainString());
        String value = plain.toPlainString();
        String id = FactIds.ofFigure(value, unit, asOf);
        return Optional.of(new Fact(id, FactSet.FIGURES, null, label, clause(s, m.start()),
                plain, unit, asOf, sourceId, s, attributes));
    }

    /** What the number counts; for money and percentages without a noun after, the subject before the number. */
    private static String counts(String s, String counted, NumberMention m) {
        String head = Units.head(counted);
        boolean currency = CURRENCIES.contains(head);
        String rest = currency ? counted.substring(counted.indexOf(head) + head.length()).strip() : counted;
        return rest.isEmpty() ? subjectBefore(s, m.start()) : rest;
    }

    private static String subjectBefore(String s, int at) {
        int clauseStart = at - 1;
        while (clauseStart >= 0 && !isClauseBreak(s, clauseStart)) {
            clauseStart--;
        }
        String before = s.substring(clauseStart + 1, at).strip();
        StringBuilder subject = new StringBuilder();
        for (String word : before.split("\\s+")) {
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

    /** The clause of the sentence that holds the figure (sentences are cut at semicolons). */
    private static String clause(String s, int at) {
        int start = s.lastIndexOf(';', at) + 1;
        int end = s.indexOf(';', at);
        return Labels.capitalise(s.substring(start, end < 0 ? s.length() : end).strip());
    }
}
