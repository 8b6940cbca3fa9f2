package vn.civicsquiz.content.extract;

import java.util.List;
import java.util.Optional;

/**
 * Words in front of a number that say how exact it is: "hơn 140", "gần sáu triệu", "khoảng 400", "vượt mốc 600",
 * "ngoài 200 hải lý".
 */
final class Qualifiers {

    private static final List<String> TWO_WORDS = List.of("xấp xỉ", "ít nhất", "chưa đầy", "vượt mốc", "gần như");
    private static final List<String> ONE_WORD = List.of("hơn", "gần", "khoảng", "trên", "dưới", "ngót", "ngoài");

    private Qualifiers() {
    }

    record Found(String word, int start) {
    }

    /** "ngoài 200 hải lý" is beyond 200; "nước ngoài 200 …" is "foreign", no bound. */
    private static boolean foreign(List<Token> tokens, int word) {
        return tokens.get(word).folded().equals("ngoài") && word >= 1
                && tokens.get(word - 1).folded().equals("nước");
    }

    /** The qualifier directly in front of token {@code i}, in canonical lower case. */
    static Optional<Found> before(List<Token> tokens, int i) {
        if (i >= 2 && tokens.get(i - 1).kind() == Token.Kind.WORD && tokens.get(i - 2).kind() == Token.Kind.WORD) {
            String pair = tokens.get(i - 2).folded() + " " + tokens.get(i - 1).folded();
            if (TWO_WORDS.contains(pair)) {
                return Optional.of(new Found(pair, tokens.get(i - 2).start()));
            }
        }
        if (i >= 1 && tokens.get(i - 1).kind() == Token.Kind.WORD && ONE_WORD.contains(tokens.get(i - 1).folded())
                && !foreign(tokens, i - 1)) {
            return Optional.of(new Found(tokens.get(i - 1).folded(), tokens.get(i - 1).start()));
        }
        return Optional.empty();
    }
}
