package vn.civicsquiz.quiz;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.civicsquiz.quiz.grading.GradingKey;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Until a test is submitted nothing a learner can read tells whether a saved answer is right: two learners, one
 * saving right answers and one wrong ones, see the same progress, habit and XP. Once submitted, each sees their
 * own, with the answers as they stood at submission (a changed answer counts as changed).
 */
@QuarkusTest
class TestModeSecrecyTest {

    @Inject
    TestBank bank;
    @Inject
    KeyAnswers keys;

    @BeforeEach
    void questions() {
        bank.ensureTopics();
    }

    @Test
    void saved_test_answers_change_nothing_observable_until_the_test_is_submitted() {
        Tester right = new Tester();
        Tester wrong = new Tester();
        for (int position = 1; position <= 3; position++) {
            right.answer(position, KeyAnswers.right(right.key(position)));
            wrong.answer(position, KeyAnswers.wrong(wrong.key(position)));
        }
        assertThat(right.observed()).isEqualTo(wrong.observed());

        // the right-answering learner changes the last answer to a wrong one, then both submit
        right.answer(3, KeyAnswers.wrong(right.key(3)));
        right.submit();
        wrong.submit();
        assertThat(right.observed()).isNotEqualTo(wrong.observed());
        Response habit = right.get("/api/v1/me/habit");
        assertThat(habit.jsonPath().getLong("xp")).as("XP of the two right answers kept, not the changed one")
                .isGreaterThan(wrong.get("/api/v1/me/habit").jsonPath().getLong("xp"));
    }

    /** A guest with a started 3-question test. */
    final class Tester {
        final String token;
        final long attempt;

        Tester() {
            Response started = AttemptApiTest.start(null, Map.of("topic", "three-pillars", "size", 3, "mode", "test"));
            started.then().statusCode(201);
            token = started.header("X-Guest-Token");
            attempt = started.jsonPath().getLong("id");
        }

        GradingKey key(int position) {
            return keys.key(attempt, position);
        }

        void answer(int position, vn.civicsquiz.quiz.grading.LearnerResponse response) {
            AttemptApiTest.answer(token, attempt, position, KeyAnswers.body(response)).then().statusCode(200);
        }

        void submit() {
            given().header("X-Guest-Token", token).contentType("application/json")
                    .post("/api/v1/attempts/{id}/finish", attempt).then().statusCode(200);
        }

        Response get(String path) {
            return given().header("X-Guest-Token", token).get(path);
        }

        /** Everything about the learner's knowledge the API shows, without the parts that name the learner. */
        String observed() {
            Response progress = get("/api/v1/me/progress");
            Response habit = get("/api/v1/me/habit");
            assertThat(progress.statusCode()).isIn(200, 404);
            assertThat(habit.statusCode()).isIn(200, 404);
            return progress.statusCode() + progress.asString().replaceAll("\"(learnerId|nickname|displayName)\":[^,}]*", "")
                    + habit.statusCode() + habit.asString();
        }
    }
}
