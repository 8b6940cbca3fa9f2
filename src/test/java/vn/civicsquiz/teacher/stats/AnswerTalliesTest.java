package vn.civicsquiz.teacher.stats;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import vn.civicsquiz.learner.LearnerRef;
import vn.civicsquiz.question.Question;

/** The answers' tallies reach the teachers' totals exactly once, in the background or when the statistics read. */
@QuarkusTest
class AnswerTalliesTest {

    @Inject
    AnsweredQuizzes quizzes;
    @Inject
    AnswerTallies tallies;
    @Inject
    EntityManager em;

    @Test
    void answers_reach_the_totals_within_a_few_seconds_without_anyone_reading_them() {
        String run = UUID.randomUUID().toString().substring(0, 6);
        Question q = quizzes.question("three-pillars", "Câu hỏi kiểm đếm nền " + run, "Đúng", "Sai", "Sai nữa");
        LearnerRef learner = quizzes.learner("tally-bg-" + run, "Người học " + run);
        long attempt = quizzes.attempt(learner, List.of(q));
        quizzes.choose(learner, attempt, 1, q, 0);

        long deadline = System.nanoTime() + 5_000_000_000L;
        while (pending(q.id) > 0 && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        assertThat(pending(q.id)).as("folded by the background task").isZero();
        assertThat(stats(q.id)).containsExactly(1L, 1L);
        assertThat(picks(q.options.get(0).id)).isEqualTo(1L);
    }

    @Test
    void folds_running_at_once_count_every_tally_once() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 6);
        Question q = quizzes.question("three-pillars", "Câu hỏi kiểm đếm song song " + run, "Đúng", "Sai", "Sai nữa");
        Question other = quizzes.question("three-pillars", "Câu hỏi khác " + run, "Đúng", "Sai");
        long right = q.options.get(0).id;
        long wrong = q.options.get(1).id;
        long notThisQuestions = other.options.get(0).id;
        // 3 000 answers: 1 000 right, 2 000 wrong, then 500 of the wrong ones changed to right (a test's answers)
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                        INSERT INTO answer_tally (question_id, answers, correct, answered_at, picked)
                        SELECT ?1, 1, CASE WHEN i <= 1000 THEN 1 ELSE 0 END, now(),
                               ARRAY[CASE WHEN i <= 1000 THEN ?2 ELSE ?3 END, ?4]
                        FROM generate_series(1, 3000) i""")
                .setParameter(1, q.id).setParameter(2, right).setParameter(3, wrong)
                .setParameter(4, notThisQuestions).executeUpdate());
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                        INSERT INTO answer_tally (question_id, answers, correct, answered_at, picked, unpicked)
                        SELECT ?1, 0, 1, now(), ARRAY[?2], ARRAY[?3] FROM generate_series(1, 500)""")
                .setParameter(1, q.id).setParameter(2, right).setParameter(3, wrong).executeUpdate());

        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<CompletableFuture<Integer>> folds = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                folds.add(CompletableFuture.supplyAsync(tallies::fold, pool));
            }
            CompletableFuture.allOf(folds.toArray(CompletableFuture[]::new)).get();
        } finally {
            pool.shutdown();
        }
        tallies.fold(); // what the background task may have held while the four ran

        assertThat(pending(q.id)).isZero();
        assertThat(stats(q.id)).containsExactly(3000L, 1500L);
        assertThat(picks(right)).isEqualTo(1500L);
        assertThat(picks(wrong)).isEqualTo(1500L);
        assertThat(picks(notThisQuestions)).as("an option of another question is not counted").isZero();
    }

    private long pending(long questionId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "SELECT count(*) FROM answer_tally WHERE question_id = ?1").setParameter(1, questionId)
                .getSingleResult()).longValue());
    }

    private List<Long> stats(long questionId) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Object[] row = (Object[]) em.createNativeQuery(
                    "SELECT answers, correct FROM question_stats WHERE question_id = ?1")
                    .setParameter(1, questionId).getSingleResult();
            return List.of(((Number) row[0]).longValue(), ((Number) row[1]).longValue());
        });
    }

    private long picks(long optionId) {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<?> rows = em.createNativeQuery("SELECT picks FROM option_pick_count WHERE option_id = ?1")
                    .setParameter(1, optionId).getResultList();
            return rows.isEmpty() ? 0L : ((Number) rows.get(0)).longValue();
        });
    }
}
