package vn.civicsquiz.learner;

import io.quarkus.test.TestTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import vn.civicsquiz.quiz.QuizTopics;
import vn.civicsquiz.quiz.TestBank;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The stored topic sizes follow every insert, publish, retire, move and delete, as a full count would. */
@QuarkusTest
class TopicCountsTest {

    @Inject
    TopicCounts counts;
    @Inject
    TestBank bank;
    @Inject
    EntityManager em;

    @Test
    @TestTransaction
    void topic_sizes_follow_every_change_of_the_bank() {
        String topic = bank.privateTopic(1);
        String other = bank.privateTopic(1);
        List<Long> ids = bank.ids(topic);
        assertThat(counts.published()).containsEntry(topic, 8).containsEntry(other, 8);

        update("UPDATE question SET status = 'retired' WHERE id = ?1", ids.get(0));
        update("UPDATE question SET topic = ?2 WHERE id = ?1", ids.get(1), other);
        update("UPDATE question SET status = 'draft' WHERE id = ?1", ids.get(2));
        update("DELETE FROM question WHERE id = ?1", ids.get(3));
        update("UPDATE question SET stem = stem || ' (sửa)' WHERE id = ?1", ids.get(4));
        update("UPDATE question SET status = 'published' WHERE id = ?1", ids.get(2));

        Map<String, Integer> stored = counts.published();
        assertThat(stored).containsEntry(topic, 5).containsEntry(other, 9);
        Map<String, Integer> counted = new HashMap<>();
        int all = 0;
        for (Object row : em.createNativeQuery(
                "SELECT topic, count(*) FROM question WHERE status = 'published' GROUP BY topic").getResultList()) {
            Object[] cells = (Object[]) row;
            counted.put((String) cells[0], ((Number) cells[1]).intValue());
            all += ((Number) cells[1]).intValue();
        }
        counted.put(QuizTopics.MIXED, all);
        assertThat(stored).isEqualTo(counted);
    }

    private void update(String sql, Object... parameters) {
        var query = em.createNativeQuery(sql);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        query.executeUpdate();
    }
}
