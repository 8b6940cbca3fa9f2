package vn.civicsquiz.content.extract;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * An announced count with the noun it counts: "9 nhiệm vụ trọng tâm", "5 bài học kinh nghiệm", "ba trụ cột".
 *
 * @param phrase       number and noun as written
 * @param noun         the counted noun phrase
 * @param count        the announced number
 * @param numberOffset where the number starts in the scanned text
 */
record CountPhrase(String phrase, String noun, int count, int numberOffset) {

    private static final Set<String> TIME_NOUNS = Set.of("năm", "tháng", "ngày", "giờ", "tuần", "lần", "phút",
            "quý", "khóa", "nhiệm kỳ", "thế kỷ", "thập kỷ");
    static final int MAX_COUNT = 30;

    /** The count phrase closest to the end of {@code text} (offsets shifted by {@code offset}). */
    static Optional<CountPhrase> last(String text, int offset) {
        List<Token> tokens = Tokens.of(text);
        List<VietnameseNumberParser.NumberAt> numbers = VietnameseNumberParser.locate(text, tokens, true);
        for (int i = numbers.size() - 1; i >= 0; i--) {
            Optional<CountPhrase> phrase = at(text, tokens, numbers.get(i), offset);
            if (phrase.isPresent()) {
                return phrase;
            }
        }
        return Optional.empty();
    }

    /** The count phrase made by this number, if the number is a small whole count followed by a non-time noun. */
    static Optional<CountPhrase> at(String text, List<Token> tokens, VietnameseNumberParser.NumberAt number, int offset) {
        NumberMention m = number.mention();
        if (!m.isInteger() || m.qualifier() != null && !m.qualifier().equals("trên") || m.scale() != null || m.percent() || m.total() != null
                || m.upper() != null || m.value().intValue() < 2 || m.value().intValue() > MAX_COUNT) {
            return Optional.empty();
        }
        int nounStart = number.nextToken();
        int nounEnd = NounPhrases.end(tokens, nounStart);
        if (nounEnd == nounStart || isTime(tokens, nounStart, nounEnd)) {
            return Optional.empty();
        }
        String noun = NounPhrases.text(text, tokens, nounStart, nounEnd);
        String phrase = text.substring(m.start(), tokens.get(nounEnd - 1).end());
        int numberStart = tokens.get(number.firstToken()).start();
        return Optional.of(new CountPhrase(phrase, noun, m.value().intValue(), offset + numberStart));
    }

    private static boolean isTime(List<Token> tokens, int nounStart, int nounEnd) {
        String first = tokens.get(nounStart).folded();
        String pair = nounEnd > nounStart + 1 ? first + " " + tokens.get(nounStart + 1).folded() : first;
        return TIME_NOUNS.contains(first) || TIME_NOUNS.contains(pair);
    }
}
