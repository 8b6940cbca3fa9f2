package vn.civicsquiz.platform.input;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

class DecimalBoundsTest {

    @Test
    void ordinaryAnswersFit() {
        assertThat(DecimalBounds.parse("189")).contains(new BigDecimal("189"));
        assertThat(DecimalBounds.parse("-2.5")).contains(new BigDecimal("-2.5"));
        assertThat(DecimalBounds.parse("1.5e3")).contains(new BigDecimal("1.5e3"));
        assertThat(DecimalBounds.fits(new BigDecimal("123456789012345678.123456"))).isTrue();
        assertThat(DecimalBounds.fits(new BigDecimal("2.500000000000000000000000"))).as("trailing zeros").isTrue();
        assertThat(DecimalBounds.fits(BigDecimal.ZERO.setScale(1_000_000_000))).as("zero at any scale").isTrue();
    }

    @Test
    void hugeExponentsAreRefusedWithoutExpandingThem() {
        // each would need a power of ten with millions of digits if anything expanded it
        assertThat(DecimalBounds.parse("1e-100000000")).isEmpty();
        assertThat(DecimalBounds.parse("1e100000000")).isEmpty();
        assertThat(DecimalBounds.fits(new BigDecimal("1e-999999999"))).isFalse();
        assertThat(DecimalBounds.fits(new BigDecimal("9e+999999999"))).isFalse();
    }

    @Test
    void tooManyDigitsOnEitherSideAreRefused() {
        assertThat(DecimalBounds.fits(new BigDecimal("1234567890123456789"))).isFalse();
        assertThat(DecimalBounds.fits(new BigDecimal("0.0000001"))).isFalse();
        assertThat(DecimalBounds.parse("1" + "0".repeat(70))).as("text too long").isEmpty();
        assertThat(DecimalBounds.parse("mười")).isEmpty();
        assertThat(DecimalBounds.parse("")).isEmpty();
        assertThat(DecimalBounds.parse(null)).isEmpty();
    }
}
