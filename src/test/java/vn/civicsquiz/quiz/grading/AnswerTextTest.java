package vn.civicsquiz.quiz.grading;

import org.junit.jupiter.api.Test;
import vn.civicsquiz.question.QuestionKind;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class AnswerTextTest {

    @Test
    void numbersUseVietnameseGroupingAndDecimalComma() {
        assertThat(AnswerText.number(new BigDecimal("1200"))).isEqualTo("1.200");
        assertThat(AnswerText.number(new BigDecimal("2.50"))).isEqualTo("2,5");
        assertThat(AnswerText.number(new BigDecimal("-1234567.125"))).isEqualTo("-1.234.567,125");
        assertThat(AnswerText.number(new BigDecimal("189"))).isEqualTo("189");
    }

    @Test
    void rightAnswerOfAnOrderingQuestionIsNumberedInOrder() {
        GradingKey key = new GradingKey(QuestionKind.ORDERING, List.of(
                new GradingKey.KeyOption(1, "Bước hai", false, 2, null),
                new GradingKey.KeyOption(2, "Bước một", false, 1, null)), null, null);
        assertThat(AnswerText.rightAnswer(key)).containsExactly("1. Bước một", "2. Bước hai");
        assertThat(AnswerText.given(key, new LearnerResponse.Order(List.of(1L, 2L))))
                .containsExactly("1. Bước hai", "2. Bước một");
    }

    @Test
    void matchingAnswersReadAsPairs() {
        GradingKey key = new GradingKey(QuestionKind.MATCHING, List.of(
                new GradingKey.KeyOption(1, "Bùi Thanh Sơn", false, null, "Bộ trưởng"),
                new GradingKey.KeyOption(2, "", false, null, "Đại sứ")), null, null);
        assertThat(AnswerText.rightAnswer(key)).containsExactly("Bùi Thanh Sơn → Bộ trưởng");
        assertThat(AnswerText.given(key, new LearnerResponse.Pairs(Map.of(1L, 2L))))
                .containsExactly("Bùi Thanh Sơn → Đại sứ");
    }

    @Test
    void numericRightAnswerShowsTolerance() {
        GradingKey key = new GradingKey(QuestionKind.NUMERIC, List.of(), new BigDecimal("1200"), new BigDecimal("50"));
        assertThat(AnswerText.rightAnswer(key)).containsExactly("1.200 (± 50)");
    }
}
