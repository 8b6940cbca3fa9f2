package vn.civicsquiz.quiz.grading;

import org.junit.jupiter.api.Test;
import vn.civicsquiz.question.QuestionKind;
import vn.civicsquiz.quiz.grading.InvalidAnswer;
import vn.civicsquiz.quiz.grading.LearnerResponse;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FormAnswersTest {

    @Test
    void selectsOfPositionsBecomeAnOrder() {
        AnswerInput response = FormAnswers.parse(QuestionKind.ORDERING, null, List.of("7:3", "5:1", "9:2"),
                null, null, null);
        assertThat(response).isEqualTo(new AnswerInput.Order(List.of(5L, 9L, 7L)));
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
        AnswerInput response = FormAnswers.parse(QuestionKind.MATCHING, null, null, List.of("1:3", "2:"), null, null);
        assertThat(response).isEqualTo(new AnswerInput.Pairs(Map.of(1L, 3L)));
    }

    @Test
    void aNumberIsKeptAsTypedForTheReaderThatKnowsTheQuestion() {
        assertThat(FormAnswers.parse(QuestionKind.NUMERIC, null, null, null, "5.200 đoàn", null))
                .isEqualTo(new AnswerInput.Number("5.200 đoàn", false));
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
