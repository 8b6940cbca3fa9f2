package vn.civicsquiz.generate;

import java.math.BigDecimal;

import vn.civicsquiz.content.fact.Fact;
import vn.civicsquiz.content.fact.FigureBound;

/**
 * When one figure may stand beside another as a wrong reading of a number: only if its own value rules the number
 * out ("trên 50" is true of 600 tỉ USD, so the trade value is no distractor for «trên 50»), and only if it counts the
 * same kind of thing at a like size (a number of years is no reading of 5.200 đoàn; 193 is no count of permanent
 * members; no count of countries exceeds the 193 UN members).
 */
final class FigureKinds {

    /** Values further apart than this factor (an order of magnitude) are told apart by common sense, not by the articles. */
    static final double MAX_RATIO = 10;

    private FigureKinds() {
    }

    /** The article's value of {@code other} contradicts the claim "{@code other} is {@code number} as stated". */
    static boolean ruledOut(Fact other, Fact number) {
        return FigureBound.of(other).contradicts(other.value(), FigureBound.of(number), number.value());
    }

    /** Same kind of count and a like size, and not a count fixed by definition (5 permanent members, 63 provinces). */
    static boolean comparable(Fact other, Fact figure) {
        return kind(other).equals(kind(figure)) && ratio(other.value(), figure.value()) <= MAX_RATIO
                && !(NearValues.countsCountries(other) && figure.value().compareTo(NearValues.MAX_COUNTRIES) > 0)
                && NearValues.limit(other, "max").isEmpty() && NearValues.limit(other, "min").isEmpty();
    }

    /** A plausible distractor label for the number of {@code figure}. */
    static boolean plausibleReading(Fact other, Fact figure) {
        return ruledOut(other, figure) && comparable(other, figure);
    }

    /** Money, years, millions, percentages, distances, items of a list, or a count of countries and bodies. */
    static String kind(Fact figure) {
        String unit = Folding.fold(figure.unit());
        if (unit.contains("usd")) {
            return "money";
        }
        if (unit.equals("năm")) {
            return "years";
        }
        if (unit.startsWith("triệu")) {
            return "millions";
        }
        if (unit.equals("%") || unit.equals("hải lý")) {
            return unit;
        }
        if (unit.startsWith("nhiệm vụ") || unit.startsWith("bài học") || unit.startsWith("trụ cột")
                || unit.startsWith("nhóm")) {
            return "list items";
        }
        return "count";
    }

    private static double ratio(BigDecimal a, BigDecimal b) {
        double x = a.doubleValue();
        double y = b.doubleValue();
        return Math.max(x, y) / Math.min(x, y);
    }
}
