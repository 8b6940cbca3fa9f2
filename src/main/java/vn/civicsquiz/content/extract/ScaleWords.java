package vn.civicsquiz.content.extract;

import java.math.BigDecimal;
import java.util.Map;

/** Vietnamese number words: digits, tens, hundreds and the large scales, with their canonical spelling. */
final class ScaleWords {

    static final Map<String, Integer> DIGITS = Map.ofEntries(
            Map.entry("một", 1), Map.entry("mốt", 1), Map.entry("hai", 2), Map.entry("ba", 3),
            Map.entry("bốn", 4), Map.entry("tư", 4), Map.entry("năm", 5), Map.entry("lăm", 5),
            Map.entry("sáu", 6), Map.entry("bảy", 7), Map.entry("bẩy", 7), Map.entry("tám", 8),
            Map.entry("chín", 9));

    /** Words that only make sense inside a number phrase. */
    static final Map<String, Integer> INNER = Map.of("mười", 10, "mươi", 10, "chục", 10, "trăm", 100,
            "nghìn", 1000, "ngàn", 1000, "linh", 0, "lẻ", 0);

    /** Large scales that stay in the unit ("151 triệu liều", "24,8 tỷ USD"); "tỉ" is an older spelling of "tỷ". */
    static final Map<String, String> LARGE = Map.of("triệu", "triệu", "tỷ", "tỷ", "tỉ", "tỷ");

    private ScaleWords() {
    }

    static boolean isNumberWord(String folded) {
        return DIGITS.containsKey(folded) || INNER.containsKey(folded);
    }

    /** "tư" (tư duy, đầu tư), "lăm" and "mốt" only occur inside a number, never at its start. */
    static boolean canStartNumber(String folded) {
        return DIGITS.containsKey(folded) && !folded.equals("tư") && !folded.equals("lăm") && !folded.equals("mốt")
                || folded.equals("mười") || folded.equals("trăm");
    }

    static boolean isLarge(String folded) {
        return LARGE.containsKey(folded);
    }

    static BigDecimal multiplier(String scale) {
        if (scale == null) {
            return BigDecimal.ONE;
        }
        return switch (scale) {
            case "triệu" -> BigDecimal.TEN.pow(6);
            case "tỷ" -> BigDecimal.TEN.pow(9);
            default -> throw new IllegalArgumentException("unknown scale " + scale);
        };
    }
}
