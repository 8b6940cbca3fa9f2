package vn.civicsquiz.quiz;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Quizzes drawn by the selection queries from fixture topics: no two questions of one quiz test the same fact,
 * unless the topic has fewer separate facts than the quiz has questions; then facts come back evenly. The shipped
 * bank's topics are drawn in {@link ShippedBankSpreadTest}.
 */
@QuarkusTest
class OneQuestionPerFactTest {

    static final int DRAWS = 25;

    @Inject
    QuestionPicker picker;
    @Inject
    TestBank bank;
    @Inject
    EntityManager em;

    /** How often each fact is tested by the given questions. */
    Map<String, Integer> factCounts(List<Long> questionIds) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                        "SELECT question_id, fact_id FROM question_fact WHERE question_id = ANY(?1)")
                .setParameter(1, questionIds.toArray(Long[]::new)).getResultList());
        Map<String, Integer> counts = new HashMap<>();
        rows.forEach(r -> counts.merge((String) r[1], 1, Integer::sum));
        return counts;
    }

    List<Long> draw(String topic, int size) {
        return QuarkusTransaction.requiringNew().call(() -> picker.pick(-1, topic, size));
    }

    @Test
    void copies_of_one_fact_never_share_a_quiz_while_other_facts_are_left() {
        String topic = bank.privateTopic(3); // 24 questions on 8 facts, each fact asked by three questions
        for (int i = 0; i < DRAWS; i++) {
            List<Long> quiz = draw(topic, 8);
            assertThat(quiz).hasSize(8);
            Map<String, Integer> counts = factCounts(quiz);
            assertThat(counts).hasSize(8);
            assertThat(counts.values()).containsOnly(1);
        }
    }

    @Test
    void a_topic_with_fewer_facts_than_the_quiz_asks_every_fact_before_any_comes_back() {
        String topic = bank.privateTopic(2); // 16 questions on 8 facts
        for (int i = 0; i < DRAWS; i++) {
            List<Long> quiz = draw(topic, 12);
            assertThat(quiz).hasSize(12).doesNotHaveDuplicates();
            Map<String, Integer> counts = factCounts(quiz);
            assertThat(counts).as("every fact is asked").hasSize(8);
            assertThat(counts.values()).as("four facts come back, once each").containsOnly(1, 2)
                    .filteredOn(n -> n == 2).hasSize(4);
        }
    }
}
