package vn.civicsquiz.platform.input;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * The one rule for numbers a user may send (answers, questions, settings): at most {@value #MAX_INTEGER_DIGITS}
 * digits before the point and {@value #MAX_FRACTION_DIGITS} after it (trailing zeros do not count), written in at
 * most {@value #MAX_TEXT_LENGTH} characters. Every check is cheap whatever the input: nothing here ever expands an
 * exponent, so {@code 1e-100000000} is refused as fast as {@code 12}, and arithmetic on a number that passed is
 * bounded by construction (a number with a huge scale would cost time quadratic in its exponent).
 */
public final class DecimalBounds {

    public static final int MAX_INTEGER_DIGITS = 18;
    public static final int MAX_FRACTION_DIGITS = 6;
    public static final int MAX_TEXT_LENGTH = 64;
    /** Longer digit strings are refused before any work on them (JSON numbers stop at 1000 characters anyway). */
    private static final int MAX_DIGITS_READ = 1000;

    private DecimalBounds() {
    }

    /** Whether the number stays inside the bounds; O(its digits), never O(its exponent). */
    public static boolean fits(BigDecimal value) {
        if (value == null) {
            return true;
        }
        if (value.signum() == 0) {
            return true;
        }
        if (value.precision() > MAX_DIGITS_READ) {
            return false;
        }
        // scale and precision are read from the representation; no power of ten is ever computed
        long integerDigits = (long) value.precision() - value.scale();
        if (integerDigits > MAX_INTEGER_DIGITS) {
            return false;
        }
        if (value.scale() <= MAX_FRACTION_DIGITS) {
            return true;
        }
        // 2.5000000000 is fine: only digits that are not trailing zeros count (the unscaled value is short here)
        return value.stripTrailingZeros().scale() <= MAX_FRACTION_DIGITS;
    }

    /** The number written in plain decimal or scientific notation, or empty when it is not one or out of bounds. */
    public static Optional<BigDecimal> parse(String text) {
        if (text == null || text.isEmpty() || text.length() > MAX_TEXT_LENGTH) {
            return Optional.empty();
        }
        BigDecimal value;
        try {
            value = new BigDecimal(text);
        } catch (NumberFormatException | ArithmeticException e) {
            return Optional.empty();
        }
        return fits(value) ? Optional.of(value) : Optional.empty();
    }

    /** A sentence for the user saying what the bounds are. */
    public static String describe() {
        return "a number with at most " + MAX_INTEGER_DIGITS + " digits before the decimal point and "
                + MAX_FRACTION_DIGITS + " after it";
    }
}
