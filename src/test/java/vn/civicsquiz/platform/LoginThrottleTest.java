package vn.civicsquiz.platform;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import vn.civicsquiz.learner.BasicAuth;
import vn.civicsquiz.web.BrowserSession;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
class LoginThrottleTest {

    @Test
    void repeatedWrongPasswordsOnTheApiEndIn429EvenForTheRightPassword() {
        String user = "người.bị.dò." + System.nanoTime();
        BrowserSession.open().postForm("/signup", "username", user, "password", "mật khẩu thật 1").then().statusCode(303);
        for (int i = 0; i < 5; i++) {
            given().header("Authorization", BasicAuth.header(user, "sai-" + i)).get("/api/v1/me")
                    .then().statusCode(401);
        }
        Response blocked = given().header("Authorization", BasicAuth.header(user, "mật khẩu thật 1")).get("/api/v1/me");
        assertThat(blocked.statusCode()).isEqualTo(429);
        assertThat(blocked.header("Retry-After")).isNotBlank();
        // another account from the same address is not affected
        given().header("Authorization", BasicAuth.header("teacher", "teacher-test-password")).get("/api/v1/me")
                .then().statusCode(200);
    }

    @Test
    void repeatedWrongPasswordsOnTheFormEndIn429WithAWayBackToTheSignInPage() {
        String user = "học.viên.quên." + System.nanoTime();
        BrowserSession browser = BrowserSession.open();
        browser.postForm("/signup", "username", user, "password", "mật khẩu thật 2").then().statusCode(303);
        for (int i = 0; i < 5; i++) {
            assertThat(browser.postRaw("/j_security_check", "j_username", user, "j_password", "sai-" + i)
                    .header("Location")).contains("error=true");
        }
        Response blocked = browser.postRaw("/j_security_check", "j_username", user, "j_password", "mật khẩu thật 2");
        assertThat(blocked.statusCode()).isEqualTo(429);
        assertThat(blocked.header("Refresh")).contains("/login?error=throttled");
        assertThat(browser.get("/login?error=throttled").asString()).contains("đăng nhập sai quá nhiều lần");
    }
}
