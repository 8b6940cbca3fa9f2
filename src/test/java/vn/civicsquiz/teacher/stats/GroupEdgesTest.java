package vn.civicsquiz.teacher.stats;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import vn.civicsquiz.learner.LearnerRef;
import vn.civicsquiz.question.Question;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The groups' edges are kept for their maximum age, and read afresh once it is zero. */
@QuarkusTest
class GroupEdgesTest {

    @Inject
    AnsweredQuizzes quizzes;
    @Inject
    EntityManager em;

    @Test
    void kept_edges_ignore_a_new_learner_until_they_are_older_than_their_maximum_age() {
        String run = UUID.randomUUID().toString().substring(0, 6);
        Question question = quizzes.question("events", "Hội nghị Đối ngoại toàn quốc lần đầu diễn ra năm nào? " + run,
                "2021", "2016", "2018");
        answerOnce(question, "sự.kiện.1." + run);

        GroupEdges kept = new GroupEdges(em, Duration.ofHours(1));
        GroupEdges fresh = new GroupEdges(em, Duration.ZERO);
        long before = QuarkusTransaction.requiringNew().call(() -> kept.of(null).learners());
        assertThat(QuarkusTransaction.requiringNew().call(() -> kept.of("events").learners())).isPositive();

        answerOnce(question, "sự.kiện.2." + run);

        assertThat(QuarkusTransaction.requiringNew().call(() -> kept.of(null).learners())).isEqualTo(before);
        assertThat(QuarkusTransaction.requiringNew().call(() -> fresh.of(null).learners())).isEqualTo(before + 1);
    }

    private void answerOnce(Question question, String username) {
        LearnerRef learner = quizzes.learner(username, "Học viên " + username);
        long attempt = quizzes.attempt(learner, List.of(question));
        quizzes.choose(learner, attempt, 1, question, 0);
    }
}
