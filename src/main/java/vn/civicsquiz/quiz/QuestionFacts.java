package vn.civicsquiz.quiz;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads the facts a question tests with one statement, whatever the number of questions. */
@ApplicationScoped
public class QuestionFacts {

    private final EntityManager em;

    public QuestionFacts(EntityManager em) {
        this.em = em;
    }

    @SuppressWarnings("unchecked") // untyped, so that Hibernate's plan cache finds it (see QuestionPicker.run)
    public List<String> of(long questionId) {
        return em.createNativeQuery("SELECT fact_id FROM question_fact WHERE question_id = ?1 ORDER BY fact_id")
                .setParameter(1, questionId).getResultList();
    }

    /** The first fact (by id) of each question that has one: the passage a feedback links to. */
    public Map<Long, String> firstOf(Collection<Long> questionIds) {
        Map<Long, String> first = new HashMap<>();
        if (questionIds.isEmpty()) {
            return first;
        }
        List<?> rows = em.createNativeQuery("""
                        SELECT question_id, min(fact_id) FROM question_fact
                        WHERE question_id = ANY(?1) GROUP BY question_id""")
                .setParameter(1, questionIds.toArray(Long[]::new)).getResultList();
        for (Object row : rows) {
            Object[] cells = (Object[]) row;
            first.put(((Number) cells[0]).longValue(), (String) cells[1]);
        }
        return first;
    }
}
