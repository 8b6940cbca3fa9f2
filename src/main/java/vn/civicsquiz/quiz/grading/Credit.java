package vn.civicsquiz.quiz.grading;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The share of a question's mark an answer earns, 0 to 1 in thousandths. An answer is right only with full credit;
 * between none and full it is partly right (an option weighted 50 % earns 0.5).
 */
public record Credit(BigDecimal value) implements Comparable<Credit> {

    public static final Credit NONE = new Credit(BigDecimal.ZERO);
    public static final Credit FULL = new Credit(BigDecimal.ONE);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public Credit {
        value = value.max(BigDecimal.ZERO).min(BigDecimal.ONE).setScale(3, RoundingMode.HALF_UP);
    }

    /** From a weight in percent (GIFT's {@code %50%}); below zero earns nothing, above 100 full credit. */
    public static Credit ofPercent(BigDecimal percent) {
        return new Credit(percent.divide(HUNDRED, 6, RoundingMode.HALF_UP));
    }

    public static Credit of(boolean right) {
        return right ? FULL : NONE;
    }

    public boolean full() {
        return value.compareTo(BigDecimal.ONE) == 0;
    }

    /** Some credit, not all of it. */
    public boolean partial() {
        return value.signum() > 0 && !full();
    }

    /** Whole percent, for display. */
    public int percent() {
        return value.multiply(HUNDRED).setScale(0, RoundingMode.HALF_UP).intValue();
    }

    /** A score without trailing zeros and never in exponent form: 3.500 → 3.5, 10.000 → 10. */
    public static BigDecimal plain(BigDecimal score) {
        BigDecimal stripped = score.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    /** A score as a reader of the language writes it: 3,5 in Vietnamese, 3.5 in English. */
    public static String text(BigDecimal score, java.util.Locale locale) {
        String plain = plain(score).toPlainString();
        return "vi".equals(locale.getLanguage()) ? plain.replace('.', ',') : plain;
    }

    @Override
    public int compareTo(Credit other) {
        return value.compareTo(other.value);
    }
}
