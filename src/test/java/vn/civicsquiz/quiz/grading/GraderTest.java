package vn.civicsquiz.quiz.grading;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import vn.civicsquiz.question.QuestionKind;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GraderTest {

    static GradingKey.KeyOption choice(long id, String text, boolean correct) {
        return new GradingKey.KeyOption(id, text, correct, null, null);
    }

    static LearnerResponse.Choice chose(Long... ids) {
        return new LearnerResponse.Choice(List.of(ids));
    }

    static final GradingKey SINGLE = new GradingKey(QuestionKind.SINGLE, List.of(
            choice(1, "Ngoại giao văn hóa", false),
            choice(2, "Đối ngoại Đảng", true),
            choice(3, "Đối ngoại kinh tế", false)), null, null);

    @Nested
    class SingleAnswerKinds {

        @Test
        void theCorrectOptionAloneIsRight() {
            assertThat(Grader.isCorrect(SINGLE, chose(2L))).isTrue();
            assertThat(Grader.isCorrect(SINGLE, chose(1L))).isFalse();
        }

        @Test
        void twoOptionsForASingleAnswerQuestionAreRejected() {
            assertThatThrownBy(() -> Grader.isCorrect(SINGLE, chose(1L, 2L)))
                    .isInstanceOf(InvalidAnswer.class).extracting("reason").isEqualTo("answer_choose_one");
        }

        @Test
        void negativeQuestionsAreRightWhenTheOddOneOutIsChosen() {
            GradingKey negative = new GradingKey(QuestionKind.NEGATIVE, List.of(
                    choice(11, "Đối ngoại Đảng", false),
                    choice(12, "Ngoại giao Nhà nước", false),
                    choice(13, "Đối ngoại kinh tế", true)), null, null);
            assertThat(Grader.isCorrect(negative, chose(13L))).isTrue();
            assertThat(Grader.isCorrect(negative, chose(11L))).isFalse();
        }

        @Test
        void trueFalseHasOneRightOption() {
            GradingKey trueFalse = new GradingKey(QuestionKind.TRUE_FALSE, List.of(
                    choice(21, "Đúng", false), choice(22, "Sai", true)), null, null);
            assertThat(Grader.isCorrect(trueFalse, chose(22L))).isTrue();
            assertThat(Grader.isCorrect(trueFalse, chose(21L))).isFalse();
        }

        @Test
        void anOptionOfAnotherQuestionIsRejected() {
            assertThatThrownBy(() -> Grader.isCorrect(SINGLE, chose(99L)))
                    .isInstanceOf(InvalidAnswer.class).extracting("reason").isEqualTo("answer_unknown_option");
        }

        @Test
        void anOrderIsTheWrongShapeForAChoiceQuestion() {
            assertThatThrownBy(() -> Grader.isCorrect(SINGLE, new LearnerResponse.Order(List.of(1L, 2L, 3L))))
                    .isInstanceOf(InvalidAnswer.class).extracting("reason").isEqualTo("answer_wrong_shape");
        }
    }

    @Nested
    class Multiple {
        final GradingKey key = new GradingKey(QuestionKind.MULTIPLE, List.of(
                choice(1, "Đối ngoại Đảng", true),
                choice(2, "Ngoại giao Nhà nước", true),
                choice(3, "Đối ngoại nhân dân", true),
                choice(4, "Đối ngoại quốc phòng", false)), null, null);

        @Test
        void allCorrectOptionsAndNoOtherAreNeeded() {
            assertThat(Grader.isCorrect(key, chose(3L, 1L, 2L))).isTrue();
            assertThat(Grader.isCorrect(key, chose(1L, 2L))).isFalse();
            assertThat(Grader.isCorrect(key, chose(1L, 2L, 3L, 4L))).isFalse();
        }

        @Test
        void choosingNothingIsRejected() {
            assertThatThrownBy(() -> Grader.isCorrect(key, chose()))
                    .isInstanceOf(InvalidAnswer.class).extracting("reason").isEqualTo("answer_choose_some");
        }
    }

    @Nested
    class Ordering {
        final GradingKey key = new GradingKey(QuestionKind.ORDERING, List.of(
                new GradingKey.KeyOption(1, "Hội nghị Ngoại giao lần thứ 30", false, 2, null),
                new GradingKey.KeyOption(2, "Đại hội XIII của Đảng", false, 1, null),
                new GradingKey.KeyOption(3, "Hội nghị Đối ngoại toàn quốc", false, 3, null)), null, null);

        @Test
        void theRestoredOrderIsRight() {
            assertThat(Grader.isCorrect(key, new LearnerResponse.Order(List.of(2L, 1L, 3L)))).isTrue();
            assertThat(Grader.isCorrect(key, new LearnerResponse.Order(List.of(1L, 2L, 3L)))).isFalse();
        }

        @Test
        void everyItemMustBePlacedOnce() {
            assertThatThrownBy(() -> Grader.isCorrect(key, new LearnerResponse.Order(List.of(2L, 2L, 3L))))
                    .isInstanceOf(InvalidAnswer.class).extracting("reason").isEqualTo("answer_order_incomplete");
            assertThatThrownBy(() -> Grader.isCorrect(key, new LearnerResponse.Order(List.of(2L, 1L))))
                    .isInstanceOf(InvalidAnswer.class).extracting("reason").isEqualTo("answer_order_incomplete");
        }
    }

    @Nested
    class Matching {
        final GradingKey key = new GradingKey(QuestionKind.MATCHING, List.of(
                new GradingKey.KeyOption(1, "Bùi Thanh Sơn", false, null, "Bộ trưởng Bộ Ngoại giao"),
                new GradingKey.KeyOption(2, "Nguyễn Minh Vũ", false, null, "Thứ trưởng Thường trực Bộ Ngoại giao"),
                new GradingKey.KeyOption(3, "", false, null, "Chủ tịch Quốc hội")), null, null);

        @Test
        void everyItemWithItsOwnMatchIsRight() {
            assertThat(Grader.isCorrect(key, new LearnerResponse.Pairs(Map.of(1L, 1L, 2L, 2L)))).isTrue();
            assertThat(Grader.isCorrect(key, new LearnerResponse.Pairs(Map.of(1L, 2L, 2L, 1L)))).isFalse();
        }

        @Test
        void theExtraChoiceIsAllowedButWrong() {
            assertThat(Grader.isCorrect(key, new LearnerResponse.Pairs(Map.of(1L, 1L, 2L, 3L)))).isFalse();
        }

        @Test
        void aMissingPairOrAnExtraAsLeftItemIsRejected() {
            assertThatThrownBy(() -> Grader.isCorrect(key, new LearnerResponse.Pairs(Map.of(1L, 1L))))
                    .isInstanceOf(InvalidAnswer.class).extracting("reason").isEqualTo("answer_pairs_incomplete");
            assertThatThrownBy(() -> Grader.isCorrect(key, new LearnerResponse.Pairs(Map.of(1L, 1L, 2L, 2L, 3L, 3L))))
                    .isInstanceOf(InvalidAnswer.class).extracting("reason").isEqualTo("answer_unknown_option");
        }
    }

    @Nested
    class Numeric {
        final GradingKey exact = new GradingKey(QuestionKind.NUMERIC, List.of(), new BigDecimal("189"), null);
        final GradingKey approx = new GradingKey(QuestionKind.NUMERIC, List.of(), new BigDecimal("1200"),
                new BigDecimal("50"));

        @Test
        void theValueMustBeWithinTolerance() {
            assertThat(Grader.isCorrect(exact, new LearnerResponse.Numeric(new BigDecimal("189.000")))).isTrue();
            assertThat(Grader.isCorrect(exact, new LearnerResponse.Numeric(new BigDecimal("193")))).isFalse();
            assertThat(Grader.isCorrect(approx, new LearnerResponse.Numeric(new BigDecimal("1250")))).isTrue();
            assertThat(Grader.isCorrect(approx, new LearnerResponse.Numeric(new BigDecimal("1250.5")))).isFalse();
        }

        @Test
        void aMissingNumberIsRejected() {
            assertThatThrownBy(() -> Grader.isCorrect(exact, new LearnerResponse.Numeric(null)))
                    .isInstanceOf(InvalidAnswer.class).extracting("reason").isEqualTo("answer_number");
        }
    }

    @Nested
    class ShortAnswer {
        final GradingKey key = new GradingKey(QuestionKind.SHORT_ANSWER, List.of(
                choice(1, "Ngoại giao cây tre", true), choice(2, "cây tre Việt Nam", true)), null, null);

        @Test
        void caseSpacingTonePlacementAndPunctuationDoNotMatter() {
            assertThat(Grader.isCorrect(key, new LearnerResponse.Text("  ngoại giao  CÂY TRE. "))).isTrue();
            assertThat(Grader.isCorrect(key, new LearnerResponse.Text("Cây tre Việt Nam"))).isTrue();
        }

        @Test
        void diacriticsDoMatter() {
            assertThat(Grader.isCorrect(key, new LearnerResponse.Text("ngoai giao cay tre"))).isFalse();
        }

        @Test
        void oldTonePlacementIsAccepted() {
            GradingKey hoa = new GradingKey(QuestionKind.SHORT_ANSWER, List.of(choice(1, "hòa bình", true)), null, null);
            assertThat(Grader.isCorrect(hoa, new LearnerResponse.Text("hoà bình"))).isTrue();
        }

        @Test
        void blankTextIsRejected() {
            assertThatThrownBy(() -> Grader.isCorrect(key, new LearnerResponse.Text("   ")))
                    .isInstanceOf(InvalidAnswer.class).extracting("reason").isEqualTo("answer_text");
        }
    }

    @Nested
    class Weights {

        static GradingKey.KeyOption weighted(long id, String text, boolean correct, String percent) {
            return new GradingKey.KeyOption(id, text, correct, null, null, percent == null ? null : new BigDecimal(percent));
        }

        static final GradingKey MULTIPLE = new GradingKey(QuestionKind.MULTIPLE, List.of(
                weighted(1, "Đối ngoại Đảng", true, "33.33333"),
                weighted(2, "Ngoại giao Nhà nước", true, "33.33333"),
                weighted(3, "Đối ngoại nhân dân", true, "33.33333"),
                weighted(4, "Ngoại giao pháo hạm", false, "-50")), null, null);

        @Test
        void aWeightedMultipleEarnsTheSumOfWhatIsChosenBetweenNothingAndFull() {
            assertThat(Grader.credit(MULTIPLE, chose(1L)).value()).isEqualByComparingTo("0.333");
            assertThat(Grader.credit(MULTIPLE, chose(1L, 2L)).value()).isEqualByComparingTo("0.667");
            assertThat(Grader.credit(MULTIPLE, chose(1L, 2L, 3L)).full()).isTrue();
            assertThat(Grader.credit(MULTIPLE, chose(1L, 2L, 3L, 4L)).value()).isEqualByComparingTo("0.5");
            assertThat(Grader.credit(MULTIPLE, chose(1L, 4L)).value()).isEqualByComparingTo("0");
            assertThat(Grader.isCorrect(MULTIPLE, chose(1L, 2L))).isFalse();
        }

        @Test
        void aMultipleWithoutWeightsIsAllOrNothing() {
            GradingKey plain = new GradingKey(QuestionKind.MULTIPLE, List.of(choice(1, "A", true), choice(2, "B", true),
                    choice(3, "C", false)), null, null);
            assertThat(Grader.credit(plain, chose(1L)).value()).isEqualByComparingTo("0");
            assertThat(Grader.credit(plain, chose(1L, 2L)).full()).isTrue();
        }

        @Test
        void aPartlyRightOptionOfAOneAnswerQuestionEarnsItsWeight() {
            GradingKey single = new GradingKey(QuestionKind.SINGLE, List.of(weighted(1, "ngày 14/12/2021", true, null),
                    weighted(2, "năm 2021", false, "50"), weighted(3, "năm 2016", false, null)), null, null);
            assertThat(Grader.credit(single, chose(1L)).full()).isTrue();
            assertThat(Grader.credit(single, chose(2L)).partial()).isTrue();
            assertThat(Grader.credit(single, chose(2L)).percent()).isEqualTo(50);
            assertThat(Grader.credit(single, chose(3L)).value()).isEqualByComparingTo("0");
        }

        @Test
        void aTypedAnswerEarnsTheBestWeightOfTheAcceptedAnswersItMatches() {
            GradingKey text = new GradingKey(QuestionKind.SHORT_ANSWER, List.of(weighted(1, "ứng vạn biến", true, null),
                    weighted(2, "vạn biến", true, "50"), weighted(3, "bất biến", false, "0")), null, null);
            assertThat(Grader.credit(text, new LearnerResponse.Text("Ứng vạn biến")).full()).isTrue();
            assertThat(Grader.credit(text, new LearnerResponse.Text("vạn biến.")).percent()).isEqualTo(50);
            assertThat(Grader.credit(text, new LearnerResponse.Text("bất biến")).value()).isEqualByComparingTo("0");
            assertThat(Grader.isCorrect(text, new LearnerResponse.Text("vạn biến"))).isFalse();
        }
    }
}
