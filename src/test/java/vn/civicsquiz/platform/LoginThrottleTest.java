package vn.civicsquiz.platform;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import vn.civicsquiz.learner.BasicAuth;
import vn.civicsquiz.web.BrowserSession;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
class LoginThrottleTest {

    @Test
    void repeatedWrongPasswordsOnTheApiEndIn429EvenForTheRightPassword() {
        String user = "người.bị.dò." + System.nanoTime();
        BrowserSession.open().postForm("/signup", "username", user, "password", "mật khẩu thật 1").then().statusCode(307);
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
    void repeatedWrongPasswordsOnTheFormEndOnA429SignInPage() {
        String user = "học.viên.quên." + System.nanoTime();
        BrowserSession browser = BrowserSession.open();
        browser.postForm("/signup", "username", user, "password", "mật khẩu thật 2").then().statusCode(307);
        for (int i = 0; i < 5; i++) {
            assertThat(browser.postRaw("/j_security_check", "username", user, "password", "sai-" + i)
                    .header("Location")).contains("error=true");
        }
        Response blocked = browser.postRaw("/j_security_check", "username", user, "password", "mật khẩu thật 2");
        assertThat(blocked.statusCode()).isEqualTo(303);
        assertThat(blocked.header("Location")).startsWith("/login?error=throttled");
        Response page = browser.follow(blocked.header("Location"));
        assertThat(page.statusCode()).isEqualTo(429);
        assertThat(page.asString()).contains("đăng nhập sai quá nhiều lần");
    }

    @Test
    void guessingTheCurrentPasswordOnAnOpenSessionIsThrottledLikeASignIn() {
        String user = "máy.dùng.chung." + System.nanoTime();
        BrowserSession browser = BrowserSession.open();
        browser.postForm("/signup", "username", user, "password", "mật khẩu thật 5").then().statusCode(307);
        browser.signIn(user, "mật khẩu thật 5");
        for (int i = 0; i < 5; i++) {
            browser.postForm("/account/password", "currentPassword", "đoán-" + i, "newPassword",
                    "một cụm từ mới đủ dài").then().statusCode(400);
        }
        Response blocked = browser.postForm("/account/password", "currentPassword", "mật khẩu thật 5",
                "newPassword", "một cụm từ mới đủ dài");
        assertThat(blocked.statusCode()).isEqualTo(429);
        assertThat(blocked.header("Retry-After")).isNotBlank();
        // nothing changed: the old password still signs in elsewhere, the guessed-for one does not
        given().header("X-Forwarded-For", "198.51.100.90").header("Authorization",
                BasicAuth.header(user, "một cụm từ mới đủ dài")).get("/api/v1/me").then().statusCode(401);
        given().header("X-Forwarded-For", "198.51.100.91").header("Authorization",
                BasicAuth.header(user, "mật khẩu thật 5")).get("/api/v1/me").then().statusCode(200);
        // the API's password change counts against the same limit
        given().header("Authorization", BasicAuth.header(user, "mật khẩu thật 5"))
                .contentType(io.restassured.http.ContentType.JSON)
                .body(java.util.Map.of("currentPassword", "đoán-api", "newPassword", "một cụm từ mới đủ dài"))
                .put("/api/v1/me/password").then().statusCode(429);
    }

    @Test
    void rotatingTheForwardedForHeaderStillEndsIn429ForThatAccount() {
        String user = "người.bị.dò.xoay." + System.nanoTime();
        BrowserSession.open().postForm("/signup", "username", user, "password", "mật khẩu thật 3").then().statusCode(307);
        int refused = 0;
        for (int i = 0; i < 25; i++) {
            int status = given().header("X-Forwarded-For", "203.0.113." + i)
                    .header("Authorization", BasicAuth.header(user, "sai-" + i)).get("/api/v1/me").statusCode();
            assertThat(status).isIn(401, 429);
            refused += status == 429 ? 1 : 0;
        }
        assertThat(refused).as("guesses past the per-account limit of 20").isEqualTo(5);
    }

    @Test
    void guessesFromOneAddressDoNotLockTheOwnerOutElsewhere() {
        String user = "người.bị.khóa." + System.nanoTime();
        BrowserSession.open().postForm("/signup", "username", user, "password", "mật khẩu thật 4").then().statusCode(307);
        for (int i = 0; i < 30; i++) {
            assertThat(given().header("X-Forwarded-For", "203.0.113.77")
                    .header("Authorization", BasicAuth.header(user, "sai-" + i)).get("/api/v1/me").statusCode())
                    .isIn(401, 429);
        }
        given().header("X-Forwarded-For", "203.0.113.77").header("Authorization", BasicAuth.header(user, "mật khẩu thật 4"))
                .get("/api/v1/me").then().statusCode(429);
        given().header("X-Forwarded-For", "198.51.100.78").header("Authorization", BasicAuth.header(user, "mật khẩu thật 4"))
                .get("/api/v1/me").then().statusCode(200);
    }

    @Test
    void parallelWrongPasswordsCannotAllSlipPastTheCount() throws Exception {
        String user = "người.bị.dò.song.song." + System.nanoTime();
        BrowserSession.open().postForm("/signup", "username", user, "password", "mật khẩu thật 4").then().statusCode(307);
        ExecutorService pool = Executors.newFixedThreadPool(20);
        try {
            List<Callable<Integer>> guesses = new java.util.ArrayList<>();
            for (int i = 0; i < 20; i++) {
                String guess = "sai-song-song-" + i;
                guesses.add(() -> given().header("Authorization", BasicAuth.header(user, guess)).get("/api/v1/me")
                        .statusCode());
            }
            List<Integer> statuses = new java.util.ArrayList<>();
            for (Future<Integer> f : pool.invokeAll(guesses)) {
                statuses.add(f.get());
            }
            assertThat(statuses).allMatch(s -> s == 401 || s == 429);
            assertThat(statuses.stream().filter(s -> s == 401).count()).as("passwords actually checked").isEqualTo(5);
        } finally {
            pool.shutdownNow();
        }
    }
}
