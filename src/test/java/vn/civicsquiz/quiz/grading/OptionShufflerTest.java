package vn.civicsquiz.quiz.grading;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import vn.civicsquiz.question.QuestionKind;

import java.math.BigDecimal;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class OptionShufflerTest {

    @RepeatedTest(20)
    void orderingIsNeverShownAlreadySolved() {
        GradingKey key = new GradingKey(QuestionKind.ORDERING, List.of(
                new GradingKey.KeyOption(1, "Thứ nhất", false, 1, null),
                new GradingKey.KeyOption(2, "Thứ hai", false, 2, null)), null, null);
        assertThat(OptionShuffler.orders(key, new Random()).options()).containsExactly(2L, 1L);
    }

    @Test
    void choiceQuestionsShowEveryOptionOnce() {
        OptionShuffler.Orders orders = OptionShuffler.orders(GraderTest.SINGLE, new Random(7));
        assertThat(orders.options()).containsExactlyInAnyOrder(1L, 2L, 3L);
        assertThat(orders.choices()).isEmpty();
    }

    @Test
    void trueFalseKeepsĐúngBeforeSai() {
        GradingKey key = new GradingKey(QuestionKind.TRUE_FALSE, List.of(
                GraderTest.choice(5, "Đúng", true), GraderTest.choice(6, "Sai", false)), null, null);
        for (int seed = 0; seed < 10; seed++) {
            assertThat(OptionShuffler.orders(key, new Random(seed)).options()).containsExactly(5L, 6L);
        }
    }

    @Test
    void matchingShowsLeftItemsAndEveryChoiceIncludingTheExtra() {
        GradingKey key = new GradingKey(QuestionKind.MATCHING, List.of(
                new GradingKey.KeyOption(1, "Bùi Thanh Sơn", false, null, "Bộ trưởng"),
                new GradingKey.KeyOption(2, "Nguyễn Minh Vũ", false, null, "Thứ trưởng"),
                new GradingKey.KeyOption(3, "", false, null, "Đại sứ")), null, null);
        OptionShuffler.Orders orders = OptionShuffler.orders(key, new Random(1));
        assertThat(orders.options()).containsExactlyInAnyOrder(1L, 2L);
        assertThat(orders.choices()).containsExactlyInAnyOrder(1L, 2L, 3L);
    }

    @Test
    void acceptedShortAnswersAreNeverShown() {
        GradingKey key = new GradingKey(QuestionKind.SHORT_ANSWER, List.of(GraderTest.choice(1, "cây tre", true)),
                null, null);
        assertThat(OptionShuffler.orders(key, new Random()).options()).isEmpty();
        GradingKey numeric = new GradingKey(QuestionKind.NUMERIC, List.of(), BigDecimal.TEN, null);
        assertThat(OptionShuffler.orders(numeric, new Random()).options()).isEmpty();
    }
}
