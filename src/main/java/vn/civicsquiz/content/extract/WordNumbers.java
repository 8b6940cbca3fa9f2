package vn.civicsquiz.content.extract;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/** Reads a number written in words below one million: "sáu", "hai mươi lăm", "ba trăm linh năm", "hai nghìn". */
final class WordNumbers {

    private WordNumbers() {
    }

    /** @param words folded number words (no "triệu"/"tỷ"); empty when they do not form one number */
    static Optional<BigDecimal> evaluate(List<String> words) {
        long thousands = 0;
        long group = 0;
        Integer pending = null;
        for (String w : words) {
            Integer digit = ScaleWords.DIGITS.get(w);
            if (digit != null) {
                if (pending != null) {
                    return Optional.empty(); // "hai ba" is two numbers, not one
                }
                pending = digit;
                continue;
            }
            switch (w) {
                case "mười" -> {
                    if (pending != null) {
                        return Optional.empty();
                    }
                    group += 10;
                }
                case "mươi", "chục" -> {
                    group += (pending == null ? 1 : pending) * 10L;
                    pending = null;
                }
                case "trăm" -> {
                    group += (pending == null ? 1 : pending) * 100L;
                    pending = null;
                }
                case "nghìn", "ngàn" -> {
                    long count = group + (pending == null ? 0 : pending);
                    thousands += (count == 0 ? 1 : count) * 1000L;
                    group = 0;
                    pending = null;
                }
                case "linh", "lẻ" -> {
                    // filler between hundreds and units: "ba trăm linh năm"
                }
                default -> {
                    return Optional.empty();
                }
            }
        }
        return Optional.of(BigDecimal.valueOf(thousands + group + (pending == null ? 0 : pending)));
    }
}
