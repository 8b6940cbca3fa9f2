package vn.civicsquiz.generate;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import vn.civicsquiz.content.fact.Fact;
import vn.civicsquiz.content.fact.FigureBound;

/**
 * Plausible wrong values for a figure: same unit, same scale, same precision, a few percent to a third away, never
 * negative, never above a natural ceiling, never a value the fact base gives for the same count, and for a bound only
 * values on the side the article does not make true (above "trên 50", below "gần 29", outside "khoảng 400" ± 10 %).
 */
final class NearValues {

    /** UN member states: no count of countries can exceed it. */
    static final BigDecimal MAX_COUNTRIES = BigDecimal.valueOf(193);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final double[] RELATIVE_STEPS = {0.08, 0.15, 0.25, 0.33};
    private static final int[] SMALL_STEPS = {1, 2, 3, 4, 5};

    private NearValues() {
    }

    /** {@code count} wrong values around the figure's value, in random order. */
    static List<BigDecimal> around(Fact figure, FactBase base, Dice dice, int count) {
        return dice.sample(candidates(figure, base), count);
    }

    /** Every acceptable wrong value, nearest first. */
    static List<BigDecimal> candidates(Fact figure, FactBase base) {
        BigDecimal value = figure.value();
        Set<BigDecimal> out = new LinkedHashSet<>();
        for (BigDecimal c : rawCandidates(value)) {
            BigDecimal normalised = c.stripTrailingZeros();
            if (acceptable(figure, normalised, base)) {
                out.add(normalised);
            }
        }
        return new ArrayList<>(out);
    }

    private static List<BigDecimal> rawCandidates(BigDecimal value) {
        List<BigDecimal> raw = new ArrayList<>();
        int scale = Math.max(0, value.stripTrailingZeros().scale());
        if (scale == 0 && value.compareTo(BigDecimal.valueOf(20)) <= 0) {
            for (int step : SMALL_STEPS) {
                raw.add(value.subtract(BigDecimal.valueOf(step)));
                raw.add(value.add(BigDecimal.valueOf(step)));
            }
            return raw;
        }
        BigDecimal grain = grain(value, scale);
        for (double step : RELATIVE_STEPS) {
            BigDecimal delta = value.multiply(BigDecimal.valueOf(step));
            BigDecimal rounded = delta.divide(grain, 0, RoundingMode.HALF_UP).max(BigDecimal.ONE).multiply(grain);
            raw.add(value.subtract(rounded));
            raw.add(value.add(rounded));
        }
        return raw;
    }

    /**
     * Round numbers move in round steps (1.200 → 1.100, 1.300; 100 → 90, 110); others keep their last digit's
     * precision (247 → 227, 24,8 → 22,8).
     */
    private static BigDecimal grain(BigDecimal value, int scale) {
        if (scale > 0) {
            return BigDecimal.ONE.movePointLeft(scale);
        }
        BigDecimal plain = value.stripTrailingZeros();
        int trailingZeros = Math.max(0, -plain.scale());
        if (trailingZeros == 0) {
            return BigDecimal.ONE;
        }
        BigDecimal unit = BigDecimal.ONE.movePointRight(trailingZeros);
        // 30 → steps of 5, 600 → steps of 50; but 100 or 200 move by tens, or a third would be a whole step
        boolean fewUnits = plain.unscaledValue().intValue() < 3;
        BigDecimal step = fewUnits ? unit.divide(BigDecimal.TEN) : unit.divide(BigDecimal.valueOf(2));
        return step.setScale(0, RoundingMode.DOWN).max(BigDecimal.ONE);
    }

    private static boolean acceptable(Fact figure, BigDecimal candidate, FactBase base) {
        if (candidate.signum() <= 0 || candidate.compareTo(figure.value()) == 0) {
            return false;
        }
        if (FigureBound.of(figure).alsoTrueWith(figure.value(), candidate)) {
            return false; // "trên 45" when the article says "trên 50": a second right answer
        }
        if (isPercent(figure) && candidate.compareTo(HUNDRED) > 0) {
            return false;
        }
        if (countsCountries(figure) && candidate.compareTo(MAX_COUNTRIES) > 0) {
            return false;
        }
        if (base.ceiling(figure).filter(max -> candidate.compareTo(max) > 0).isPresent()) {
            return false;
        }
        if (limit(figure, "max").filter(max -> candidate.compareTo(max) > 0).isPresent()
                || limit(figure, "min").filter(min -> candidate.compareTo(min) < 0).isPresent()) {
            return false;
        }
        return !base.isKnownValue(figure, candidate);
    }

    /** The known range of the measure ({@code attributes.min}, {@code max}): 5 permanent members, 63 provinces. */
    static java.util.Optional<BigDecimal> limit(Fact figure, String which) {
        String value = figure.attribute(which);
        return value == null || value.isBlank() ? java.util.Optional.empty()
                : java.util.Optional.of(new BigDecimal(value.strip()));
    }

    private static boolean isPercent(Fact figure) {
        return "%".equals(Folding.fold(figure.unit()));
    }

    static boolean countsCountries(Fact figure) {
        String unit = Folding.fold(figure.unit());
        return unit.equals("quốc gia") || unit.equals("nước");
    }
}
