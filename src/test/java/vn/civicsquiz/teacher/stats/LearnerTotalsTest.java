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
 * The discrimination index over all learners, or over one topic's, reads the per-learner totals kept by triggers; it
 * must give exactly what computing the totals from every learner_question row gives, ties at the group edges
 * included, and the totals (and the count of answered questions per topic behind the report's total) must follow a
 * question that changes topic or is deleted.
 */
@QuarkusTest
class LearnerTotalsTest {

    @Inject
    AnsweredQuizzes quizzes;
    @Inject
    AnswerTallies tallies;
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
        assertThat(QuarkusTransaction.requiringNew().call(this::topicTotalMismatches)).isZero();
        assertThat(QuarkusTransaction.requiringNew().call(this::answeredCountMismatches)).isZero();
    }

    @Test
    void the_topic_totals_follow_a_question_that_changes_topic_or_is_deleted() {
        List<Long> ids = answerSomeQuizzes(new ArrayList<>());
        QuarkusTransaction.begin();
        try {
            em.createNativeQuery("UPDATE question SET topic = 'events' WHERE id = ?1")
                    .setParameter(1, ids.get(0)).executeUpdate();
            assertThat(topicTotalMismatches()).as("after a change of topic").isZero();
            assertThat(answeredCountMismatches()).as("answered questions after a change of topic").isZero();

            long moved = ((Number) em.createNativeQuery("""
                            SELECT coalesce(sum(answered), 0) FROM learner_topic_total
                            WHERE topic = 'events' AND learner_id IN (SELECT learner_id FROM learner_question
                                                                     WHERE question_id = ?1)""")
                    .setParameter(1, ids.get(0)).getSingleResult()).longValue();
            assertThat(moved).as("the moved question's answers count in its new topic").isGreaterThanOrEqualTo(7);

            em.createNativeQuery("DELETE FROM attempt_answer WHERE question_id = ?1")
                    .setParameter(1, ids.get(1)).executeUpdate();
            em.createNativeQuery("DELETE FROM attempt_item WHERE question_id = ?1")
                    .setParameter(1, ids.get(1)).executeUpdate();
            em.createNativeQuery("DELETE FROM question WHERE id = ?1").setParameter(1, ids.get(1)).executeUpdate();
            assertThat(topicTotalMismatches()).as("after a question's deletion").isZero();
            assertThat(answeredCountMismatches()).as("answered questions after a question's deletion").isZero();
        } finally {
            QuarkusTransaction.rollback();
        }
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
            assertSameFigures(new StatsScope(null, null), ids);
            assertSameFigures(new StatsScope(null, "three-pillars"), ids.subList(0, 3));

            Discrimination.Result overAll = discrimination.of(new StatsScope(null, null), ids);
            Discrimination.Result inTopic = discrimination.of(new StatsScope(null, "three-pillars"), ids.subList(0, 3));
            assertThat(inTopic.byQuestion().get(ids.get(2)).pointBiserial())
                    .as("ranking within the topic leaves out the answers to the other topic")
                    .isNotCloseTo(overAll.byQuestion().get(ids.get(2)).pointBiserial(), within(1e-6));
        } finally {
            QuarkusTransaction.rollback();
        }
    }

    private void assertSameFigures(StatsScope scope, List<Long> ids) {
        Discrimination.Result fast = discrimination.of(scope, ids);
        Discrimination.Result computed = discrimination.computed(scope, ids);

        assertThat(fast.rankedLearners()).isEqualTo(computed.rankedLearners()).isEqualTo(7);
        assertThat(fast.groupSize()).isEqualTo(computed.groupSize()).isEqualTo(2);
        assertThat(fast.byQuestion().keySet()).containsExactlyInAnyOrderElementsOf(ids);
        for (Long id : ids) {
            Discrimination.Index f = fast.byQuestion().get(id);
            Discrimination.Index c = computed.byQuestion().get(id);
            assertThat(c.discrimination()).as("the test's answers give every question an index").isNotNull();
            assertThat(f.discrimination()).as(scope + ": discrimination of " + id)
                    .isCloseTo(c.discrimination(), within(1e-9));
            assertThat(f.pointBiserial()).as(scope + ": point-biserial of " + id)
                    .isCloseTo(c.pointBiserial(), within(1e-9));
        }
    }

    /** Rows of learner_topic_total that differ from the sums of learner_question by topic (a zero row equals none). */
    private long topicTotalMismatches() {
        return ((Number) em.createNativeQuery("""
                SELECT count(*) FROM learner_topic_total t
                FULL JOIN (SELECT lq.learner_id, q.topic, sum(lq.correct_count) AS correct,
                                  sum(lq.correct_count + lq.wrong_count) AS answered
                           FROM learner_question lq JOIN question q ON q.id = lq.question_id
                           GROUP BY lq.learner_id, q.topic) s ON s.learner_id = t.learner_id AND s.topic = t.topic
                WHERE coalesce(t.correct, 0) <> coalesce(s.correct, 0)
                   OR coalesce(t.answered, 0) <> coalesce(s.answered, 0)""").getSingleResult()).longValue();
    }

    /** Topics whose kept count of answered questions differs from the question_stats rows of that topic. */
    private long answeredCountMismatches() {
        tallies.fold();
        return ((Number) em.createNativeQuery("""
                SELECT count(*) FROM (SELECT topic, sum(questions) AS questions FROM answered_question_count
                                      GROUP BY topic) c
                FULL JOIN (SELECT q.topic, count(*) AS questions FROM question_stats s
                           JOIN question q ON q.id = s.question_id GROUP BY q.topic) s ON s.topic = c.topic
                WHERE coalesce(c.questions, 0) <> coalesce(s.questions, 0)""").getSingleResult()).longValue();
    }

    /**
     * Seven learners answer three questions of one topic and one of another, with a spread of scores and ties;
     * returns the questions' ids, the other topic's last.
     */
    private List<Long> answerSomeQuizzes(List<Long> learnerIds) {
        String run = UUID.randomUUID().toString().substring(0, 6);
        List<Question> questions = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            questions.add(quizzes.question("three-pillars", "Câu hỏi tổng điểm " + i + " " + run,
                    "Đối ngoại Đảng", "Đối ngoại kinh tế", "Đối ngoại quốc phòng"));
        }
        questions.add(quizzes.question("figures", "Câu hỏi số liệu tổng điểm " + run, "14/12/2021", "15/12/2021"));
        int[][] choices = {{0, 0, 0, 1}, {0, 0, 1, 1}, {0, 1, 1, 0}, {1, 1, 1, 0}, {0, 0, 1, 0}, {1, 0, 0, 0},
                {0, 1, 0, 1}};
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
