package vn.civicsquiz.content.extract;

import java.util.List;
import java.util.Set;

/** Reads the noun phrase a number counts: "189/193 quốc gia thành viên Liên Hợp Quốc;" gives the words up to ";". */
final class NounPhrases {

    /** Words that end a counted noun phrase: prepositions, conjunctions, verbs of the clause. */
    private static final Set<String> ENDERS = Set.of("ở", "tại", "với", "trong", "và", "là", "để", "cho", "từ", "đến",
            "theo", "vào", "đã", "được", "sẽ", "có", "nhằm", "qua", "khi", "mà", "nhưng", "hoặc", "thì", "bị", "do",
            "vì", "như", "sau", "trước", "so", "nên", "này", "đó", "kể", "cùng", "tới", "gồm", "bao", "thuộc", "đạt",
            "đang", "vẫn", "cũng", "đều", "tương", "nhờ", "bằng", "về");

    static final int MAX_WORDS = 8;

    private NounPhrases() {
    }

    /** Token index just after the phrase that starts at {@code from}; equals {@code from} when there is none. */
    static int end(List<Token> tokens, int from) {
        int j = from;
        while (j < tokens.size() && j - from < MAX_WORDS && tokens.get(j).kind() == Token.Kind.WORD
                && (j == from || !ENDERS.contains(tokens.get(j).folded()))) {
            j++;
        }
        if (j > from && ENDERS.contains(tokens.get(from).folded())) {
            return from;
        }
        return j;
    }

    /** Token index after the modifiers that continue a noun phrase at {@code from} (no ender word among them). */
    static int modifiersEnd(List<Token> tokens, int from, int phraseStart) {
        int j = from;
        while (j < tokens.size() && j - phraseStart < MAX_WORDS && tokens.get(j).kind() == Token.Kind.WORD
                && !ENDERS.contains(tokens.get(j).folded())) {
            j++;
        }
        return j;
    }

    static String text(String source, List<Token> tokens, int from, int end) {
        return end <= from ? "" : source.substring(tokens.get(from).start(), tokens.get(end - 1).end());
    }

    static boolean isEnder(String folded) {
        return ENDERS.contains(folded);
    }
}
