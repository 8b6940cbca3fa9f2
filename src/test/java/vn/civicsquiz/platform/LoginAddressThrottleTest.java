package vn.civicsquiz.platform;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.civicsquiz.learner.BasicAuth;

/**
 * A client inventing a new username for every try (each costing a password check, known or not) is stopped by the
 * limit on its address alone; other addresses are not.
 */
@QuarkusTest
@TestProfile(LoginAddressThrottleTest.EightPerAddress.class)
class LoginAddressThrottleTest {

    public static class EightPerAddress implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quiz.login.max-failures-per-address", "8");
        }
    }

    @Test
    void newUsernamesFromOneAddressEndIn429WithoutAPasswordCheck() {
        String address = "192.0.2." + (int) (System.nanoTime() % 200 + 20);
        for (int i = 0; i < 8; i++) {
            given().header("X-Forwarded-For", address)
                    .header("Authorization", BasicAuth.header("không.có." + System.nanoTime(), "sai-" + i))
                    .get("/api/v1/me").then().statusCode(401);
        }
        var blocked = given().header("X-Forwarded-For", address)
                .header("Authorization", BasicAuth.header("không.có.nữa." + System.nanoTime(), "sai"))
                .get("/api/v1/me");
        assertThat(blocked.statusCode()).isEqualTo(429);
        assertThat(blocked.header("Retry-After")).isNotBlank();
        given().header("X-Forwarded-For", address)
                .header("Authorization", BasicAuth.header("teacher", "teacher-test-password"))
                .get("/api/v1/me").then().statusCode(429);
        given().header("X-Forwarded-For", "198.51.100.201")
                .header("Authorization", BasicAuth.header("teacher", "teacher-test-password"))
                .get("/api/v1/me").then().statusCode(200);
    }
}
