package vn.civicsquiz.learner;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import vn.civicsquiz.web.BrowserSession;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

@QuarkusTest
class AccountFlowTest {

    @Test
    void learnerSignsUpSignsInAndIsRecognisedOnPagesAndApi() {
        String username = "Trần.Thị.Hà" + System.nanoTime() % 100000;
        BrowserSession browser = BrowserSession.open();
        browser.postForm("/signup", "username", username, "password", "mật khẩu bí mật", "displayName", "Hà")
                .then().statusCode(307).header("Location", endsWith("/j_security_check"));
        browser.postFormFollowing307("/signup", "username", username + "x", "password", "mật khẩu bí mật")
                .then().statusCode(302).header("Location", not(containsString("error")));
        browser.get("/").then().statusCode(200).body(containsString("Đăng xuất (" + username + "x)"));

        browser.signIn(username, "mật khẩu bí mật");
        browser.get("/").then().statusCode(200).body(containsString("Đăng xuất (" + username + ")"));

        given().header("Authorization", BasicAuth.header(username, "mật khẩu bí mật")).get("/api/v1/me")
                .then().statusCode(200).body("username", equalTo(username)).body("role", equalTo("learner"));
    }

    @Test
    void usernameIsMatchedWhateverTheUnicodeFormTheBrowserSends() {
        String nfc = "Lê.Hoài" + System.nanoTime() % 100000;
        BrowserSession.open().postForm("/signup", "username", nfc, "password", "mật-khẩu-123")
                .then().statusCode(307);
        String nfd = java.text.Normalizer.normalize(nfc, java.text.Normalizer.Form.NFD);
        assertThat(nfd).isNotEqualTo(nfc);
        given().header("Authorization", BasicAuth.header(nfd, "mật-khẩu-123")).get("/api/v1/me")
                .then().statusCode(200).body("username", equalTo(nfc));
    }

    @Test
    void wrongPasswordIsRefused() {
        given().auth().preemptive().basic("teacher", "not-the-password").get("/api/v1/me").then().statusCode(401);
        Response login = BrowserSession.open().postRaw("/j_security_check", "username", "teacher",
                "password", "not-the-password");
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.header("Location")).contains("/login?error=true");
    }

    @Test
    void anonymousApiCallerGets401NotALoginRedirect() {
        RestAssured.given().redirects().follow(false).get("/api/v1/me").then().statusCode(401);
    }

    @Test
    void teacherFromConfigurationHasTheTeacherRole() {
        given().auth().preemptive().basic("teacher", "teacher-test-password").get("/api/v1/me")
                .then().statusCode(200).body("role", equalTo("teacher"));
    }

    @Test
    void invalidSignUpShowsAReadableErrorAndCreatesNothing() {
        long before = AccountCount.count();
        BrowserSession.open().postForm("/signup", "username", "ab", "password", "mật khẩu dài")
                .then().statusCode(400).body(containsString("Tên đăng nhập gồm 3–64"));
        BrowserSession.open().postForm("/signup", "username", "người.học.mới", "password", "ngắn")
                .then().statusCode(400).body(containsString("Mật khẩu cần ít nhất 10 ký tự"));
        assertThat(AccountCount.count()).isEqualTo(before);
    }

    @Test
    void takenUsernameIsRefusedWhateverItsCase() {
        BrowserSession.open().postForm("/signup", "username", "TEACHER", "password", "mật khẩu dài")
                .then().statusCode(400).body(containsString("đã có người dùng"));
    }

    @Test
    void formWithoutCsrfTokenIsRejected() {
        long before = AccountCount.count();
        given().redirects().follow(false).contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("username", "kẻ.giả.mạo").formParam("password", "mật khẩu dài")
                .post("/signup").then().statusCode(403).body(containsString("hết hạn hoặc không hợp lệ"));
        BrowserSession browser = BrowserSession.open();
        browser.get("/signup");
        given().redirects().follow(false).cookie("quiz-csrf", browser.csrfToken())
                .contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("csrf", "another-token").formParam("username", "kẻ.giả.mạo.hai")
                .formParam("password", "mật khẩu dài").post("/signup").then().statusCode(403);
        assertThat(AccountCount.count()).isEqualTo(before);
    }
}
