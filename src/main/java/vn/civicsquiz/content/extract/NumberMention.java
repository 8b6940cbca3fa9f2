package vn.civicsquiz.content.extract;

import java.math.BigDecimal;

/**
 * A number as a Vietnamese text states it.
 *
 * @param raw       the words as written, qualifier included ("gần sáu triệu", "189/193", "1,5-1,6 tỷ")
 * @param start     offset of the first character in the scanned text
 * @param end       offset after the last character
 * @param value     the number in the unit the text uses: 6 for "sáu triệu", 151 for "151 triệu", 1200 for "1.200"
 * @param upper     upper bound of a range ("1,5-1,6" gives 1.6), else null
 * @param total     the whole of a part-of-whole ("189/193" gives 193), else null
 * @param scale     "triệu" or "tỷ" when the text counts in millions or billions (kept in the unit), else null
 * @param percent   true for "100%"
 * @param qualifier how exact the number is: "hơn", "gần", "khoảng", "trên", "dưới", "hàng" ..., else null
 */
public record NumberMention(String raw, int start, int end, BigDecimal value, BigDecimal upper, BigDecimal total,
                            String scale, boolean percent, String qualifier) {

    /** The plain number: "gần sáu triệu" gives 6000000, "24,8 tỷ" gives 24800000000. */
    public BigDecimal absoluteValue() {
        return value.multiply(ScaleWords.multiplier(scale));
    }

    boolean isInteger() {
        return value.stripTrailingZeros().scale() <= 0;
    }
}
