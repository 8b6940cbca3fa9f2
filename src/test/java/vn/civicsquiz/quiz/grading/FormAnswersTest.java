package vn.civicsquiz.quiz.grading;

import org.junit.jupiter.api.Test;
import vn.civicsquiz.question.QuestionKind;
import vn.civicsquiz.quiz.grading.InvalidAnswer;
import vn.civicsquiz.quiz.grading.LearnerResponse;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FormAnswersTest {

    @Test
    void selectsOfPositionsBecomeAnOrder() {
        LearnerResponse response = FormAnswers.parse(QuestionKind.ORDERING, null, List.of("7:3", "5:1", "9:2"),
                null, null, null);
        assertThat(response).isEqualTo(new LearnerResponse.Order(List.of(5L, 9L, 7L)));
    }

    @Test
    void aPositionUsedTwiceOrLeftEmptyIsRejected() {
        assertThatThrownBy(() -> FormAnswers.parse(QuestionKind.ORDERING, null, List.of("7:1", "5:1"), null, null, null))
                .isInstanceOf(InvalidAnswer.class).extracting("reason").isEqualTo("answer_order_incomplete");
        assertThatThrownBy(() -> FormAnswers.parse(QuestionKind.ORDERING, null, List.of("7:1", ""), null, null, null))
                .isInstanceOf(InvalidAnswer.class).extracting("reason").isEqualTo("answer_order_incomplete");
    }

    @Test
    void matchSelectsBecomePairsAndEmptySelectsAreLeftOut() {
        LearnerResponse response = FormAnswers.parse(QuestionKind.MATCHING, null, null, List.of("1:3", "2:"), null, null);
        assertThat(response).isEqualTo(new LearnerResponse.Pairs(Map.of(1L, 3L)));
    }

    @Test
    void numbersAreReadInBothNotations() {
        assertThat(FormAnswers.number("2,5")).isEqualByComparingTo("2.5");
        assertThat(FormAnswers.number("2.5")).isEqualByComparingTo("2.5");
        assertThat(FormAnswers.number("1.200,5")).isEqualByComparingTo("1200.5");
        assertThat(FormAnswers.number(" 189 ")).isEqualByComparingTo(new BigDecimal(189));
        assertThat(FormAnswers.number("")).isNull();
        assertThatThrownBy(() -> FormAnswers.number("một trăm")).isInstanceOf(InvalidAnswer.class);
    }

    @Test
    void noChoiceIsRejectedWithAKindSpecificMessage() {
        assertThatThrownBy(() -> FormAnswers.parse(QuestionKind.SINGLE, List.of(), null, null, null, null))
                .isInstanceOf(InvalidAnswer.class).extracting("reason").isEqualTo("answer_choose_one");
        assertThatThrownBy(() -> FormAnswers.parse(QuestionKind.MULTIPLE, null, null, null, null, null))
                .isInstanceOf(InvalidAnswer.class).extracting("reason").isEqualTo("answer_choose_some");
        assertThatThrownBy(() -> FormAnswers.parse(QuestionKind.SINGLE, List.of("abc"), null, null, null, null))
                .isInstanceOf(InvalidAnswer.class).extracting("reason").isEqualTo("answer_wrong_shape");
    }
}
