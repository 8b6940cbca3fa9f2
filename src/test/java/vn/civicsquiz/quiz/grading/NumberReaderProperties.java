package vn.civicsquiz.quiz.grading;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Scale;
import net.jqwik.api.constraints.StringLength;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

/** The number reader over generated input: what the app prints it reads back, and nothing makes it misbehave. */
class NumberReaderProperties {

    /** Every number the app prints (Vietnamese style, "1.234.567,89") reads back as itself, in either context. */
    @Property(tries = 500)
    void whatTheAppPrintsReadsBack(@ForAll @BigRange(min = "-999999999999", max = "999999999999") @Scale(2)
                                   BigDecimal value, @ForAll boolean count) {
        BigDecimal v = count ? value.setScale(0, java.math.RoundingMode.DOWN) : value;
        String printed = AnswerText.number(v);
        boolean threeDigitsAfterOneMark = !count && printed.matches("-?\\d{1,3}[.,]\\d{3}");
        if (!threeDigitsAfterOneMark || printed.contains(",")) {
            assertThat(NumberReader.read(printed, new NumberReader.Context(count || v.stripTrailingZeros().scale() <= 0)))
                    .as(printed).isEqualByComparingTo(v);
        }
    }

    /** Whole numbers grouped by spaces or dots, with a unit after them, read as the same whole number. */
    @Property(tries = 300)
    void groupedCountsWithUnitsReadAsTheCount(@ForAll @LongRange(min = 0, max = 999_999_999_999_999L) long n,
                                              @ForAll("groupMarks") String mark, @ForAll("units") String unit) {
        String digits = Long.toString(n);
        StringBuilder grouped = new StringBuilder(digits);
        for (int i = digits.length() - 3; i > 0; i -= 3) {
            grouped.insert(i, mark);
        }
        assertThat(NumberReader.read(grouped + unit, new NumberReader.Context(true))).isEqualByComparingTo(BigDecimal.valueOf(n));
    }

    /** Any text either reads as a bounded number or is refused with a number reason: never another exception. */
    @Property(tries = 1000)
    void anyTextIsReadOrRefusedWithinBounds(@ForAll("numberish") String text, @ForAll boolean count) {
        try {
            BigDecimal value = NumberReader.read(text, new NumberReader.Context(count));
            assertThat(value.stripTrailingZeros().scale()).isLessThanOrEqualTo(NumberReader.MAX_FRACTION_DIGITS);
            assertThat(value.abs().compareTo(BigDecimal.TEN.pow(NumberReader.MAX_WHOLE_DIGITS))).isNegative();
        } catch (InvalidAnswer e) {
            assertThat(e.reason()).startsWith("answer_number");
            if (e.reason().equals("answer_number_ambiguous")) {
                assertThat(count).as("a count is never ambiguous").isFalse();
                assertThat(e.args()).hasSize(4);
            }
        }
    }

    /** An ambiguous input is one whose two readings differ, and both are shown. */
    @Property(tries = 300)
    void ambiguityShowsTwoDifferentReadings(@ForAll @IntRange(min = 1, max = 999) int whole,
                                            @ForAll @StringLength(3) @net.jqwik.api.constraints.NumericChars String three) {
        String typed = whole + "." + three;
        try {
            NumberReader.read(typed, new NumberReader.Context(false));
            throw new AssertionError(typed + " was graded although it reads two ways");
        } catch (InvalidAnswer e) {
            assertThat(e.reason()).isEqualTo("answer_number_ambiguous");
            assertThat(new BigDecimal(e.args().get(1))).isNotEqualByComparingTo(new BigDecimal(e.args().get(3)));
        }
    }

    /** JSON numbers with any exponent: read exactly within bounds or refused, fast. */
    @Property(tries = 300)
    void jsonNumbersWithAnyExponentAreBounded(@ForAll @BigRange(min = "-999999", max = "999999") BigDecimal mantissa,
                                              @ForAll @IntRange(min = -200_000_000, max = 200_000_000) int exponent) {
        String json = mantissa.toPlainString() + "e" + exponent;
        long start = System.nanoTime();
        try {
            BigDecimal value = NumberReader.readExact(json);
            assertThat(value.stripTrailingZeros().scale()).isLessThanOrEqualTo(NumberReader.MAX_FRACTION_DIGITS);
        } catch (InvalidAnswer e) {
            assertThat(e.reason()).startsWith("answer_number");
        }
        assertThat(System.nanoTime() - start).isLessThan(50_000_000L);
    }

    @Provide
    Arbitrary<String> groupMarks() {
        return Arbitraries.of(".", " ", "\u00a0");
    }

    @Provide
    Arbitrary<String> units() {
        return Arbitraries.of("", " đoàn", " tỷ USD", " đảng", "%", " người");
    }

    @Provide
    Arbitrary<String> numberish() {
        return Arbitraries.oneOf(
                Arbitraries.strings().withChars("0123456789.,  -+eE%đ\u00a0").ofMaxLength(80),
                Arbitraries.strings().all().ofMaxLength(70));
    }
}
