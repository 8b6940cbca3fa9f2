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

    /** The facts one question tests, each with its passage (quote and link null for a fact not in the catalogue). */
    @SuppressWarnings("unchecked")
    public List<Passage> passages(long questionId) {
        List<Object[]> rows = em.createNativeQuery("""
                        SELECT qf.fact_id, f.source_id, f.quote FROM question_fact qf LEFT JOIN fact f ON f.id = qf.fact_id
                        WHERE qf.question_id = ?1 ORDER BY qf.fact_id""")
                .setParameter(1, questionId).getResultList();
        return rows.stream().map(c -> Passage.of((String) c[0], (String) c[1], (String) c[2])).toList();
    }

    /** The passage of each fact a question tests, in fact id order; questions without facts are absent. */
    public Map<Long, List<Passage>> passagesOf(Collection<Long> questionIds) {
        Map<Long, List<Passage>> passages = new HashMap<>();
        if (questionIds.isEmpty()) {
            return passages;
        }
        List<?> rows = em.createNativeQuery("""
                        SELECT qf.question_id, f.id, f.source_id, f.quote FROM question_fact qf
                        JOIN fact f ON f.id = qf.fact_id
                        WHERE qf.question_id = ANY(?1) ORDER BY qf.question_id, f.id""")
                .setParameter(1, questionIds.toArray(Long[]::new)).getResultList();
        for (Object row : rows) {
            Object[] c = (Object[]) row;
            passages.computeIfAbsent(((Number) c[0]).longValue(), k -> new java.util.ArrayList<>())
                    .add(Passage.of((String) c[1], (String) c[2], (String) c[3]));
        }
        return passages;
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
