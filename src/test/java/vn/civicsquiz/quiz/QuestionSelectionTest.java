package vn.civicsquiz.quiz;

import vn.civicsquiz.quiz.grading.GradingKey;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.junit.jupiter.api.Test;
import vn.civicsquiz.learner.Learner;
import vn.civicsquiz.learner.LearnerRef;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Which questions a new attempt gets: no repeats of mastered questions, and mistakes on request. */
@QuarkusTest
class QuestionSelectionTest {

    @Inject
    TestBank bank;
    @Inject
    KeyAnswers keys;
    @Inject
    AttemptService attempts;
    @Inject
    AnswerService answers;

    @Transactional
    LearnerRef newGuest() {
        Learner learner = new Learner();
        learner.guestId = UUID.randomUUID();
        learner.guestTokenHash = UUID.randomUUID().toString().replace("-", "");
        learner.persist();
        return learner.ref();
    }

    List<Long> questionsOf(QuizAttempt attempt) {
        return java.util.stream.IntStream.rangeClosed(1, attempt.size)
                .mapToObj(p -> keys.questionId(attempt.id, p)).toList();
    }

    void answerAll(QuizAttempt attempt, Set<Integer> wrongPositions) {
        for (int p = 1; p <= attempt.size; p++) {
            GradingKey key = keys.key(attempt.id, p);
            answers.answer(attemptLearner, attempt.id, p,
                    wrongPositions.contains(p) ? KeyAnswers.wrong(key) : KeyAnswers.right(key));
        }
        attempts.finish(attemptLearner, attempt.id);
    }

    LearnerRef attemptLearner;

    QuizAttempt start(String topic, int size, boolean review) {
        return attempts.start(attemptLearner, new StartRequest(topic, size, QuizMode.practice, review, null));
    }

    @Test
    void mastered_questions_come_back_only_once_the_pool_is_used_up() {
        String topic = bank.privateTopic(1);
        Set<Long> pool = new HashSet<>(bank.ids(topic));
        attemptLearner = newGuest();

        QuizAttempt first = start(topic, 4, false);
        List<Long> firstQuestions = questionsOf(first);
        answerAll(first, Set.of());

        QuizAttempt second = start(topic, 4, false);
        List<Long> secondQuestions = questionsOf(second);
        assertThat(secondQuestions).doesNotContainAnyElementsOf(firstQuestions);
        Set<Long> union = new HashSet<>(firstQuestions);
        union.addAll(secondQuestions);
        assertThat(union).isEqualTo(pool);
        answerAll(second, Set.of(1, 2));
        List<Long> missed = List.of(keys.questionId(second.id, 1), keys.questionId(second.id, 2));

        QuizAttempt third = start(topic, 4, false);
        List<Long> thirdQuestions = questionsOf(third);
        assertThat(thirdQuestions).hasSize(4).doesNotHaveDuplicates().containsAll(missed);
        assertThat(pool).containsAll(thirdQuestions);
    }

    @Test
    void review_mode_serves_exactly_the_questions_last_answered_wrong() {
        String topic = bank.privateTopic(1);
        attemptLearner = newGuest();
        QuizAttempt quiz = start(topic, 8, false);
        answerAll(quiz, Set.of(2, 5, 7));
        Set<Long> wrong = Set.of(keys.questionId(quiz.id, 2), keys.questionId(quiz.id, 5), keys.questionId(quiz.id, 7));

        QuizAttempt review = start(topic, 10, true);
        assertThat(review.review).isTrue();
        assertThat(new HashSet<>(questionsOf(review))).isEqualTo(wrong);
        answerAll(review, Set.of(1));

        QuizAttempt again = start(topic, 10, true);
        assertThat(questionsOf(again)).containsExactly(keys.questionId(review.id, 1));
    }

    @Test
    void a_review_without_mistakes_is_refused() {
        String topic = bank.privateTopic(1);
        attemptLearner = newGuest();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> start(topic, 5, true))
                .isInstanceOf(vn.civicsquiz.platform.problem.ProblemException.Conflict.class);
    }

    @Test
    void the_option_order_is_fixed_when_the_attempt_starts() {
        String topic = bank.privateTopic(1);
        attemptLearner = newGuest();
        QuizAttempt quiz = start(topic, 8, false);
        List<List<Long>> orders = java.util.stream.IntStream.rangeClosed(1, 8)
                .mapToObj(p -> answers.item(quiz.id, p).orElseThrow().optionIds()).toList();
        List<List<Long>> again = java.util.stream.IntStream.rangeClosed(1, 8)
                .mapToObj(p -> answers.item(quiz.id, p).orElseThrow().optionIds()).toList();
        assertThat(again).isEqualTo(orders);
        assertThat(orders.stream().mapToInt(List::size).sum()).isGreaterThan(10);
    }
}
