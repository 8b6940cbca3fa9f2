package vn.civicsquiz.quiz;

import vn.civicsquiz.quiz.grading.LearnerResponse;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.junit.jupiter.api.Test;
import vn.civicsquiz.platform.problem.ProblemException;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A client that sends its last answers and "finish" at the same time (two tabs, a retry that overlaps) must never
 * end with an answer stored after the score was counted: the score always equals the stored correct answers.
 */
@QuarkusTest
class AnswerFinishRaceTest {

    @Inject
    TestBank bank;
    @Inject
    GuestFixture guests;
    @Inject
    AttemptService attempts;
    @Inject
    AnswerService answers;
    @Inject
    KeyAnswers keys;
    @Inject
    EntityManager em;

    @Test
    void answersRacingTheFinishAreEitherCountedOrRefused() throws Exception {
        String topic = bank.privateTopic(2);
        ExecutorService pool = Executors.newFixedThreadPool(9);
        int refused = 0;
        int stored = 0;
        try {
            for (int round = 0; round < 15; round++) {
                GuestFixture.Guest guest = guests.newGuest();
                QuizAttempt attempt = attempts.start(guest.ref(),
                        new StartRequest(topic, 8, QuizMode.practice, false, null));
                CountDownLatch go = new CountDownLatch(1);
                List<Future<Boolean>> calls = new ArrayList<>();
                for (int position = 1; position <= 8; position++) {
                    LearnerResponse right = KeyAnswers.right(keys.key(attempt.id, position));
                    int p = position;
                    calls.add(pool.submit(answerAfter(go, () -> answers.answer(guest.ref(), attempt.id, p, right))));
                }
                calls.add(pool.submit(answerAfter(go, () -> attempts.finish(guest.ref(), attempt.id))));
                go.countDown();
                for (int i = 0; i < 8; i++) {
                    if (calls.get(i).get()) {
                        stored++;
                    } else {
                        refused++;
                    }
                }
                assertThat(calls.get(8).get()).isTrue();
                assertThat(score(attempt.id)).as("score of attempt %d", attempt.id)
                        .isEqualTo(correctAnswers(attempt.id)).isEqualTo(answerRows(attempt.id));
            }
        } finally {
            pool.shutdownNow();
        }
        System.out.println("answers racing a finish: " + stored + " stored, " + refused + " refused with 409");
        assertThat(stored + refused).isEqualTo(15 * 8);
    }

    /** True when the call succeeded, false when it was refused with 409 because the attempt was finished. */
    private static Callable<Boolean> answerAfter(CountDownLatch go, Runnable call) {
        return () -> {
            go.await();
            try {
                call.run();
                return true;
            } catch (ProblemException e) {
                if (!(e instanceof ProblemException.Conflict)) {
                    throw e;
                }
                return false;
            }
        };
    }

    @Transactional
    int score(long attemptId) {
        return ((Number) em.createNativeQuery("SELECT score FROM quiz_attempt WHERE id = ?1")
                .setParameter(1, attemptId).getSingleResult()).intValue();
    }

    @Transactional
    int correctAnswers(long attemptId) {
        return ((Number) em.createNativeQuery("SELECT count(*) FROM attempt_answer WHERE attempt_id = ?1 AND correct")
                .setParameter(1, attemptId).getSingleResult()).intValue();
    }

    @Transactional
    int answerRows(long attemptId) {
        return ((Number) em.createNativeQuery("SELECT count(*) FROM attempt_answer WHERE attempt_id = ?1")
                .setParameter(1, attemptId).getSingleResult()).intValue();
    }
}
