package vn.civicsquiz.quiz.grading;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NumberReaderTest {

    static final NumberReader.Context COUNT = new NumberReader.Context(true);
    static final NumberReader.Context DECIMAL = new NumberReader.Context(false);

    static BigDecimal read(String typed, NumberReader.Context context) {
        return NumberReader.read(typed, context);
    }

    @Test
    void vietnameseThousandsAndDecimalsAreReadAsTheAppPrintsThem() {
        assertThat(read("5.200", COUNT)).isEqualByComparingTo("5200");
        assertThat(read("5 200", COUNT)).isEqualByComparingTo("5200");
        assertThat(read("5\u00a0200", COUNT)).isEqualByComparingTo("5200");
        assertThat(read("1.200.000", COUNT)).isEqualByComparingTo("1200000");
        assertThat(read("24,8", DECIMAL)).isEqualByComparingTo("24.8");
        assertThat(read("1.200,5", DECIMAL)).isEqualByComparingTo("1200.5");
        assertThat(read("1,200.5", DECIMAL)).isEqualByComparingTo("1200.5");
        assertThat(read("7.5", DECIMAL)).isEqualByComparingTo("7.5");
        assertThat(read("0,125", DECIMAL)).isEqualByComparingTo("0.125");
        assertThat(read(" 189 ", COUNT)).isEqualByComparingTo("189");
        assertThat(read("-3", COUNT)).isEqualByComparingTo("-3");
    }

    @Test
    void unitsAfterTheNumberAreTolerated() {
        assertThat(read("5.200 đoàn", COUNT)).isEqualByComparingTo("5200");
        assertThat(read("24,8 tỷ USD", DECIMAL)).isEqualByComparingTo("24.8");
        assertThat(read("45%", DECIMAL)).isEqualByComparingTo("45");
        assertThat(read("111 đảng", COUNT)).isEqualByComparingTo("111");
    }

    @Test
    void oneSeparatorBeforeThreeDigitsIsReadAsTheQuestionMakesPlausible() {
        // a count: a decimal reading is implausible
        assertThat(read("1,467", COUNT)).isEqualByComparingTo("1467");
        assertThat(read("1.467", COUNT)).isEqualByComparingTo("1467");
        // a decimal answer: the comma is the Vietnamese decimal mark
        assertThat(read("1,467", DECIMAL)).isEqualByComparingTo("1.467");
    }

    @Test
    void aNumberWithTwoPlausibleReadingsIsRefusedWithBoth() {
        assertThatThrownBy(() -> read("1.467", DECIMAL)).isInstanceOfSatisfying(InvalidAnswer.class, e -> {
            assertThat(e.reason()).isEqualTo("answer_number_ambiguous");
            assertThat(e.args()).containsExactly("1.467", "1467", "1,467", "1.467");
            assertThat(e.getMessage()).contains("1467").contains("1.467");
        });
        assertThatThrownBy(() -> read("24.800 tỷ USD", DECIMAL)).isInstanceOfSatisfying(InvalidAnswer.class,
                e -> assertThat(e.args()).containsExactly("24.800 tỷ USD", "24800", "24,800", "24.800"));
    }

    @Test
    void theRefusalNamesBothReadingsInEnglishToo() throws java.io.IOException {
        java.util.Properties en = new java.util.Properties();
        try (var in = getClass().getResourceAsStream("/messages/quiz_en.properties")) {
            en.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        assertThat(en.getProperty("answer_number_ambiguous")).contains("{typed}").contains("{whole}")
                .contains("{decimalEn}").contains("{decimal}");
        assertThat(en.getProperty("answer_number_range")).isNotBlank();
    }

    @Test
    void notNumbersAndMisplacedGroupsAreRefused() {
        for (String bad : new String[] {"", "  ", "một trăm", "1.2.3", "12.34.567", "1,200,5", "1.200,000,5",
                "1..2", "abc 5", "5 20", "1e5", "0x1F", "∞", "NaN"}) {
            assertThatThrownBy(() -> read(bad, DECIMAL)).as(bad).isInstanceOfSatisfying(InvalidAnswer.class,
                    e -> assertThat(e.reason()).startsWith("answer_number"));
        }
    }

    @Test
    void absurdLengthsAndExponentsAreRefusedCheaply() {
        long start = System.nanoTime();
        assertThatThrownBy(() -> read("9".repeat(10_000), COUNT)).isInstanceOfSatisfying(InvalidAnswer.class,
                e -> assertThat(e.reason()).isEqualTo("answer_number_range"));
        assertThatThrownBy(() -> read("1" + "0".repeat(20), COUNT)).isInstanceOfSatisfying(InvalidAnswer.class,
                e -> assertThat(e.reason()).isEqualTo("answer_number_range"));
        assertThatThrownBy(() -> read("0,0000001", DECIMAL)).isInstanceOfSatisfying(InvalidAnswer.class,
                e -> assertThat(e.reason()).isEqualTo("answer_number_range"));
        assertThatThrownBy(() -> NumberReader.readExact("1e-100000000")).isInstanceOf(InvalidAnswer.class);
        assertThatThrownBy(() -> NumberReader.readExact("1e100000000")).isInstanceOf(InvalidAnswer.class);
        assertThatThrownBy(() -> NumberReader.readExact("1e-999")).isInstanceOfSatisfying(InvalidAnswer.class,
                e -> assertThat(e.reason()).isEqualTo("answer_number_range"));
        assertThat(System.nanoTime() - start).isLessThan(1_000_000_000L);
    }

    @Test
    void jsonNumbersAreReadExactly() {
        assertThat(NumberReader.readExact("5200")).isEqualByComparingTo("5200");
        assertThat(NumberReader.readExact("5.2E+3")).isEqualByComparingTo("5200");
        assertThat(NumberReader.readExact("24.8")).isEqualByComparingTo("24.8");
        assertThat(NumberReader.readExact("5200.000000")).isEqualByComparingTo("5200");
        assertThat(NumberReader.readExact("-0.5")).isEqualByComparingTo("-0.5");
        assertThatThrownBy(() -> NumberReader.readExact("5,2")).isInstanceOf(InvalidAnswer.class);
    }

    @Test
    void theQuestionDecidesWhetherItsAnswerIsACount() {
        assertThat(NumberReader.Context.of(new GradingKey(vn.civicsquiz.question.QuestionKind.NUMERIC,
                java.util.List.of(), new BigDecimal("5200.000000"), new BigDecimal("0.000000"))).integral()).isTrue();
        assertThat(NumberReader.Context.of(new GradingKey(vn.civicsquiz.question.QuestionKind.NUMERIC,
                java.util.List.of(), new BigDecimal("24.8"), null)).integral()).isFalse();
        assertThat(NumberReader.Context.of(new GradingKey(vn.civicsquiz.question.QuestionKind.NUMERIC,
                java.util.List.of(), new BigDecimal("100"), new BigDecimal("0.5"))).integral()).isFalse();
    }
}
