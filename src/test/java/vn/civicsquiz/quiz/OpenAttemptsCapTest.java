package vn.civicsquiz.quiz;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A learner keeps at most 20 unfinished attempts: the 21st start finishes the oldest, scored as it stands. */
@QuarkusTest
class OpenAttemptsCapTest {

    @Inject
    TestBank bank;
    @Inject
    GuestFixture guests;
    @Inject
    AttemptService attempts;
    @Inject
    KeyAnswers keys;
    @Inject
    AnswerService answers;
    @Inject
    EntityManager em;
    @Inject
    QuizSettings settings;

    @BeforeEach
    void questions() {
        bank.ensureTopics();
    }

    @Test
    void starting_past_the_cap_finishes_the_oldest_open_attempts_with_their_scores() {
        GuestFixture.Guest guest = guests.newGuest();
        int cap = settings.maxOpenAttempts();
        List<Long> started = new ArrayList<>();
        for (int i = 0; i < cap; i++) {
            started.add(attempts.start(guest.ref(), new StartRequest("mixed", 2, QuizMode.practice, false, null)).id);
        }
        answers.answer(guest.ref(), started.get(0), 1, KeyAnswers.right(keys.key(started.get(0), 1)));
        assertThat(open(guest.ref().learnerId())).isEqualTo(cap);

        started.add(attempts.start(guest.ref(), new StartRequest("mixed", 2, QuizMode.practice, false, null)).id);
        started.add(attempts.start(guest.ref(), new StartRequest("mixed", 2, QuizMode.practice, false, null)).id);

        assertThat(open(guest.ref().learnerId())).isEqualTo(cap);
        Object[] oldest = row(started.get(0));
        assertThat(oldest[0]).as("the oldest is finished").isNotNull();
        assertThat(((Number) oldest[1]).intValue()).as("with the right answer it had").isEqualTo(1);
        assertThat(row(started.get(1))[0]).as("the second oldest too").isNotNull();
        assertThat(row(started.get(2))[0]).as("the third is still open").isNull();
        assertThat(row(started.get(started.size() - 1))[0]).as("the new one is open").isNull();
    }

    @Transactional
    long open(long learnerId) {
        return ((Number) em.createNativeQuery(
                        "SELECT count(*) FROM quiz_attempt WHERE learner_id = ?1 AND finished_at IS NULL")
                .setParameter(1, learnerId).getSingleResult()).longValue();
    }

    @Transactional
    Object[] row(long attemptId) {
        return (Object[]) em.createNativeQuery("SELECT finished_at, score FROM quiz_attempt WHERE id = ?1")
                .setParameter(1, attemptId).getSingleResult();
    }
}
