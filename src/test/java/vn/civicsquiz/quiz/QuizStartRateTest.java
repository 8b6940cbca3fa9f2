package vn.civicsquiz.quiz;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** One learner starts a bounded number of quizzes in a window; the start past it is a 429 that stores nothing. */
@QuarkusTest
@TestProfile(QuizStartRateTest.ThreeStarts.class)
class QuizStartRateTest {

    public static class ThreeStarts implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quiz.quiz.max-starts", "3");
        }
    }

    @Inject
    TestBank bank;
    @Inject
    EntityManager em;

    private static Response start(String token) {
        var request = given().contentType("application/json").body(Map.of("topic", "three-pillars", "size", 2));
        return (token == null ? request : request.header("X-Guest-Token", token)).post("/api/v1/attempts");
    }

    @Test
    void theStartPastTheLimitIsRefusedAndLeavesNoAttempt() {
        bank.ensureTopics();
        Response first = start(null);
        first.then().statusCode(201);
        String token = first.header("X-Guest-Token");
        long learner = ((Number) em.createNativeQuery("SELECT learner_id FROM quiz_attempt WHERE id = ?1")
                .setParameter(1, first.jsonPath().getLong("id")).getSingleResult()).longValue();
        start(token).then().statusCode(201);
        start(token).then().statusCode(201);

        Response refused = start(token);
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.header("Retry-After")).isNotBlank();
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(((Number) em.createNativeQuery("SELECT count(*) FROM quiz_attempt WHERE learner_id = ?1")
                .setParameter(1, learner).getSingleResult()).longValue()).isEqualTo(3);
        // another learner is not affected
        start(null).then().statusCode(201);
    }
}
