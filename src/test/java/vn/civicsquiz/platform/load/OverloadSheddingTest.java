package vn.civicsquiz.platform.load;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

/**
 * A saturated app refuses at once with 503 and Retry-After instead of queueing: problem+json in the API, a page
 * that reloads itself in the browser; health checks still answer. Saturation is simulated with no place at all.
 */
@QuarkusTest
@TestProfile(OverloadSheddingTest.Saturated.class)
class OverloadSheddingTest {

    public static class Saturated implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quiz.load.max-in-flight", "0", "quiz.load.retry-after", "3");
        }
    }

    @Test
    void theApiAnswers503WithRetryAfterAsAProblem() {
        given().get("/api/v1/sources").then().statusCode(503).header("Retry-After", "3")
                .header("Cache-Control", "no-store").contentType(startsWith("application/problem+json"))
                .body("status", equalTo(503)).body("detail", containsString("thử lại sau 3 giây"));
        given().header("Accept-Language", "en").get("/api/v1/sources").then().statusCode(503)
                .body("title", equalTo("Service Unavailable")).body("detail", containsString("retry after 3 s"));
    }

    @Test
    void aPageSaysTheAppIsBusyAndReloadsItself() {
        given().accept("text/html").get("/").then().statusCode(503).header("Retry-After", "3")
                .contentType(startsWith("text/html"))
                .body(containsString("Ứng dụng đang bận"), containsString("http-equiv=\"refresh\" content=\"3\""));
        given().accept("text/html").formParam("username", "x").formParam("password", "y")
                .post("/j_security_check").then().statusCode(503);
    }

    @Test
    void healthChecksStillAnswer() {
        given().get("/q/health/live").then().statusCode(200);
    }
}
