package vn.civicsquiz.quiz;

import vn.civicsquiz.quiz.grading.GradingKey;
import vn.civicsquiz.quiz.grading.LearnerResponse;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Right and wrong answers to the questions of an attempt, worked out from the stored key and expressed in the
 * attempt's client ids, as a client that knew the answer would send them (test helper).
 */
@ApplicationScoped
public class KeyAnswers {

    /** The key of a position in client ids (ids and choice ids as the attempt shows them). */
    @Transactional
    public GradingKey key(long attemptId, int position) {
        return item(attemptId, position).layout().clientKey();
    }

    /** The key of a position in database ids. */
    @Transactional
    public GradingKey storedKey(long attemptId, int position) {
        return GradingKey.of(item(attemptId, position).question);
    }

    private AttemptItem item(long attemptId, int position) {
        return AttemptItem.<AttemptItem>find("""
                select i from AttemptItem i join fetch i.question q left join fetch q.options
                where i.attemptId = ?1 and i.position = ?2""", attemptId, (short) position).singleResult();
    }

    @Transactional
    public long questionId(long attemptId, int position) {
        return AttemptItem.<AttemptItem>find("attemptId = ?1 and position = ?2", attemptId, (short) position)
                .singleResult().question.id;
    }

    /** The facts of a question that the catalogue holds as active: the ones a learner's progress can name. */
    @Transactional
    @SuppressWarnings("unchecked")
    public List<String> catalogueFacts(long questionId) {
        return AttemptItem.getEntityManager().createNativeQuery("""
                        SELECT qf.fact_id FROM question_fact qf JOIN fact f ON f.id = qf.fact_id
                        WHERE qf.question_id = ?1 AND f.status = 'active' ORDER BY qf.fact_id""")
                .setParameter(1, questionId).getResultList();
    }

    /** The article a question quotes, or null. */
    @Transactional
    public String sourceId(long questionId) {
        return vn.civicsquiz.question.Question.<vn.civicsquiz.question.Question>findById(questionId).sourceId;
    }

    public static LearnerResponse right(GradingKey key) {
        return switch (key.kind()) {
            case SINGLE, NEGATIVE, TRUE_FALSE, MULTIPLE -> new LearnerResponse.Choice(key.options().stream()
                    .filter(GradingKey.KeyOption::correct).map(GradingKey.KeyOption::id).toList());
            case ORDERING -> new LearnerResponse.Order(key.options().stream()
                    .sorted(Comparator.comparing(GradingKey.KeyOption::position))
                    .map(GradingKey.KeyOption::id).toList());
            case MATCHING -> {
                Map<Long, Long> pairs = new LinkedHashMap<>();
                key.leftItems().forEach(o -> pairs.put(o.id(), o.choiceId()));
                yield new LearnerResponse.Pairs(pairs);
            }
            case NUMERIC -> new LearnerResponse.Numeric(key.numericAnswer());
            case SHORT_ANSWER -> new LearnerResponse.Text(key.options().stream()
                    .filter(GradingKey.KeyOption::correct).findFirst().orElseThrow().text());
        };
    }

    /** An answer that earns nothing: never a wrong option a teacher weighted as partly right. */
    public static LearnerResponse wrong(GradingKey key) {
        return switch (key.kind()) {
            case SINGLE, NEGATIVE, TRUE_FALSE -> new LearnerResponse.Choice(List.of(key.options().stream()
                    .filter(o -> !o.correct())
                    .min(Comparator.comparing((GradingKey.KeyOption o) -> earnsSomething(o) ? 1 : 0))
                    .orElseThrow().id()));
            // every option (a wrong one included) is wrong; if all options are right, only the first is too few;
            // with weights, the wrong options alone earn nothing
            case MULTIPLE -> new LearnerResponse.Choice(key.options().stream().noneMatch(o -> !o.correct())
                    ? List.of(key.options().get(0).id())
                    : key.weighted() ? key.options().stream().filter(o -> !o.correct())
                    .map(GradingKey.KeyOption::id).toList()
                    : key.options().stream().map(GradingKey.KeyOption::id).toList());
            case ORDERING -> new LearnerResponse.Order(key.options().stream()
                    .sorted(Comparator.comparing(GradingKey.KeyOption::position).reversed())
                    .map(GradingKey.KeyOption::id).toList());
            case MATCHING -> {
                List<GradingKey.KeyOption> left = key.leftItems();
                Map<Long, Long> pairs = new LinkedHashMap<>();
                for (int i = 0; i < left.size(); i++) {
                    pairs.put(left.get(i).id(), left.get((i + 1) % left.size()).choiceId());
                }
                yield new LearnerResponse.Pairs(pairs);
            }
            case NUMERIC -> new LearnerResponse.Numeric(key.numericAnswer().add(java.math.BigDecimal.valueOf(7))
                    .add(key.tolerance() == null ? java.math.BigDecimal.ZERO
                            : key.tolerance().multiply(java.math.BigDecimal.valueOf(2))));
            case SHORT_ANSWER -> new LearnerResponse.Text("cây bàng");
        };
    }

    private static boolean earnsSomething(GradingKey.KeyOption option) {
        return option.weight() != null && option.weight().signum() > 0;
    }

    /** The JSON body of PUT /answers for a response. */
    public static Map<String, Object> body(LearnerResponse response) {
        if (response instanceof LearnerResponse.Choice c) {
            return Map.of("optionIds", c.optionIds());
        }
        if (response instanceof LearnerResponse.Order o) {
            return Map.of("order", o.optionIds());
        }
        if (response instanceof LearnerResponse.Pairs p) {
            Map<String, Long> pairs = new LinkedHashMap<>();
            p.pairs().forEach((k, v) -> pairs.put(String.valueOf(k), v));
            return Map.of("pairs", pairs);
        }
        if (response instanceof LearnerResponse.Numeric n) {
            return Map.of("value", n.value());
        }
        return Map.of("text", ((LearnerResponse.Text) response).text());
    }
}
