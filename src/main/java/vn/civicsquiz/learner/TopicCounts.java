package vn.civicsquiz.learner;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import vn.civicsquiz.quiz.QuizTopics;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Published questions per topic, read from the trigger-maintained question_topic_count (V61), not counted. */
@ApplicationScoped
public class TopicCounts {

    private final EntityManager em;

    public TopicCounts(EntityManager em) {
        this.em = em;
    }

    /** Count per topic slug, plus "mixed" for all of them together. */
    public Map<String, Integer> published() {
        List<?> rows = em.createNativeQuery(
                "SELECT topic, published FROM question_topic_count WHERE published > 0").getResultList();
        Map<String, Integer> counts = new HashMap<>();
        int all = 0;
        for (Object row : rows) {
            Object[] cells = (Object[]) row;
            int count = ((Number) cells[1]).intValue();
            counts.put((String) cells[0], count);
            all += count;
        }
        counts.put(QuizTopics.MIXED, all);
        return counts;
    }
}
