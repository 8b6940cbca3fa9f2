package vn.civicsquiz.teacher.stats;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import vn.civicsquiz.learner.LearnerRef;
import vn.civicsquiz.question.Question;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The discrimination index over all learners reads the per-learner totals kept by a trigger; it must give exactly
 * what computing the totals from every learner_question row gives, ties at the group edges included.
 */
@QuarkusTest
class LearnerTotalsTest {

    @Inject
    AnsweredQuizzes quizzes;
    @Inject
    Discrimination discrimination;
    @Inject
    EntityManager em;

    @Test
    void the_kept_totals_equal_the_sums_of_every_learners_answers() {
        answerSomeQuizzes(new ArrayList<>());

        long mismatches = QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery("""
                        SELECT count(*) FROM learner_total t
                        FULL JOIN (SELECT learner_id, sum(correct_count) AS correct,
                                          sum(correct_count + wrong_count) AS answered
                                   FROM learner_question GROUP BY learner_id) s ON s.learner_id = t.learner_id
                        WHERE t.correct IS DISTINCT FROM s.correct OR t.answered IS DISTINCT FROM s.answered""")
                .getSingleResult()).longValue());
        assertThat(mismatches).isZero();
    }

    @Test
    void the_fast_index_over_all_learners_equals_the_one_computed_from_every_row() {
        List<Long> learners = new ArrayList<>();
        List<Long> ids = answerSomeQuizzes(learners);
        QuarkusTransaction.begin();
        try {
            // only this test's learners, so that the groups (and the figures) are the test's own, ties included
            em.createNativeQuery("DELETE FROM learner_question WHERE learner_id <> ALL(?1)")
                    .setParameter(1, learners.toArray(Long[]::new)).executeUpdate();
            Discrimination.Result fast = discrimination.of(new StatsScope(null, null), ids);
            Discrimination.Result computed = discrimination.computed(new StatsScope(null, null), ids);

            assertThat(fast.rankedLearners()).isEqualTo(computed.rankedLearners()).isEqualTo(7);
            assertThat(fast.groupSize()).isEqualTo(computed.groupSize()).isEqualTo(2);
            assertThat(fast.byQuestion().keySet()).containsExactlyInAnyOrderElementsOf(ids);
            for (Long id : ids) {
                Discrimination.Index f = fast.byQuestion().get(id);
                Discrimination.Index c = computed.byQuestion().get(id);
                assertThat(c.discrimination()).as("the test's answers give every question an index").isNotNull();
                assertThat(f.discrimination()).as("discrimination of " + id).isCloseTo(c.discrimination(), within(1e-9));
                assertThat(f.pointBiserial()).as("point-biserial of " + id).isCloseTo(c.pointBiserial(), within(1e-9));
            }
        } finally {
            QuarkusTransaction.rollback();
        }
    }

    /** Seven learners answer three questions with a spread of scores and ties; returns the questions' ids. */
    private List<Long> answerSomeQuizzes(List<Long> learnerIds) {
        String run = UUID.randomUUID().toString().substring(0, 6);
        List<Question> questions = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            questions.add(quizzes.question("three-pillars", "Câu hỏi tổng điểm " + i + " " + run,
                    "Đối ngoại Đảng", "Đối ngoại kinh tế", "Đối ngoại quốc phòng"));
        }
        int[][] choices = {{0, 0, 0}, {0, 0, 1}, {0, 1, 1}, {1, 1, 1}, {0, 0, 1}, {1, 0, 0}, {0, 1, 0}};
        for (int l = 0; l < choices.length; l++) {
            LearnerRef learner = quizzes.learner("tổng.điểm." + l + "." + run, "Học viên " + l);
            learnerIds.add(learner.learnerId());
            long attempt = quizzes.attempt(learner, questions);
            for (int p = 0; p < questions.size(); p++) {
                quizzes.choose(learner, attempt, p + 1, questions.get(p), choices[l][p]);
            }
        }
        return questions.stream().map(q -> q.id).toList();
    }
}
