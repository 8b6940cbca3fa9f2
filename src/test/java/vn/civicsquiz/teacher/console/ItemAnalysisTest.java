package vn.civicsquiz.teacher.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.civicsquiz.classes.AnswerMark;
import vn.civicsquiz.classes.AttemptMarks;

class ItemAnalysisTest {

    private static AttemptMarks attempt(long id, boolean... right) {
        List<AnswerMark> answers = new ArrayList<>();
        int score = 0;
        for (int q = 0; q < right.length; q++) {
            answers.add(new AnswerMark(q + 1, 100 + q, "SINGLE", "Câu " + (q + 1), List.of("A"), List.of("A"), right[q],
                    right[q] ? BigDecimal.ONE : BigDecimal.ZERO));
            score += right[q] ? 1 : 0;
        }
        return new AttemptMarks(id, id, "hs" + id, 1L, "Bài", "test", null, null, 60L, BigDecimal.valueOf(score),
                right.length, answers);
    }

    @Test
    void theUpperAndLowerGroupsOfTenAttemptsAreThreeEach() {
        List<AttemptMarks> attempts = new ArrayList<>();
        // question 1: right in the three best attempts only; question 2: right everywhere; question 3: only the weak
        attempts.add(attempt(1, true, true, false, true));
        attempts.add(attempt(2, true, true, false, true));
        attempts.add(attempt(3, true, true, false, true));
        for (long id = 4; id <= 7; id++) {
            attempts.add(attempt(id, false, true, false, true));
        }
        attempts.add(attempt(8, false, true, true, false));
        attempts.add(attempt(9, false, true, true, false));
        attempts.add(attempt(10, false, true, true, false));

        List<ItemAnalysis.Item> items = ItemAnalysis.of(attempts);

        assertThat(items).extracting(ItemAnalysis.Item::questionId).containsExactly(100L, 101L, 102L, 103L);
        assertThat(items.get(0).discrimination()).isCloseTo(1.0, within(1e-9));
        assertThat(items.get(1).discrimination()).isCloseTo(0.0, within(1e-9));
        assertThat(items.get(2).discrimination()).isCloseTo(-1.0, within(1e-9));
        assertThat(items.get(0).right()).isEqualTo(3);
        assertThat(items.get(0).answered()).isEqualTo(10);
    }

    @Test
    void oneAttemptCannotTellAndTiesAtTheEdgeGoToTheEarlierAttempt() {
        assertThat(ItemAnalysis.of(List.of(attempt(1, true))).get(0).discrimination()).isNull();
        assertThat(ItemAnalysis.of(List.of())).isEmpty();

        // equal scores: attempt 1 is upper, attempt 2 lower; they differ on which question they got right
        List<ItemAnalysis.Item> tied = ItemAnalysis.of(List.of(attempt(2, false, true), attempt(1, true, false)));
        assertThat(tied).extracting(ItemAnalysis.Item::discrimination).containsExactly(1.0, -1.0);
    }
}
