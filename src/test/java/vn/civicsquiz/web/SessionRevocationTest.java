package vn.civicsquiz.web;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import vn.civicsquiz.learner.BasicAuth;

import java.util.HashMap;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A saved session cookie stops working at logout and at a password change, for every browser of the account,
 * and a session mark cannot be made up.
 */
@QuarkusTest
class SessionRevocationTest {

    private static final String PASSWORD = "mật khẩu phiên 2021";

    @Test
    void aSessionSavedBeforeLogoutIsRefusedAfterIt() {
        String user = "phiên.đăng.xuất." + System.nanoTime();
        PageSession browser = signedIn(user);
        Map<String, String> saved = new HashMap<>(browser.cookies);
        PageSession otherDevice = signedIn(user, PASSWORD);
        assertThat(dashboardName(saved)).as("the session works before logout").contains(user);

        browser.post("/logout", Map.of());

        assertThat(dashboardName(saved)).as("the same cookies replayed after logout").doesNotContain(user);
        assertThat(dashboardName(otherDevice.cookies)).as("every browser of the account").doesNotContain(user);
        PageSession again = signedIn(user, PASSWORD);
        assertThat(dashboardName(again.cookies)).as("a new sign-in works").contains(user);
    }

    @Test
    void aPasswordChangeEndsTheSessionsSignedInWithTheOldPassword() {
        String user = "phiên.đổi.mật.khẩu." + System.nanoTime();
        PageSession browser = signedIn(user);
        long id = given().header("Authorization", BasicAuth.header(user, PASSWORD)).get("/api/v1/me")
                .then().statusCode(200).extract().jsonPath().getLong("id");

        given().header("Authorization", BasicAuth.header("teacher", "teacher-test-password"))
                .contentType("application/json").body(Map.of("password", "mật khẩu mới 2022 rất dài"))
                .put("/api/v1/accounts/" + id + "/password").then().statusCode(204);

        assertThat(dashboardName(browser.cookies)).doesNotContain(user);
    }

    @Test
    void aMadeUpSessionMarkIsRefused() {
        String user = "phiên.giả." + System.nanoTime();
        PageSession browser = signedIn(user);
        Map<String, String> forged = new HashMap<>(browser.cookies);
        String mark = forged.get("quiz-signed-in");
        assertThat(mark).isNotBlank();
        forged.put("quiz-signed-in", mark.substring(0, mark.lastIndexOf('.') + 1) + "AAAA" + mark.substring(mark.lastIndexOf('.') + 5));
        assertThat(dashboardName(forged)).doesNotContain(user);
        forged.remove("quiz-signed-in");
        assertThat(dashboardName(forged)).as("a session without its mark").doesNotContain(user);
    }

    private static PageSession signedIn(String user) {
        PageSession browser = PageSession.guest(null);
        browser.post("/signup", Map.of("username", user, "password", PASSWORD)).then().statusCode(307);
        return signedIn(user, PASSWORD);
    }

    private static PageSession signedIn(String user, String password) {
        PageSession browser = PageSession.guest(null);
        Response login = browser.post("/j_security_check", Map.of("username", user, "password", password));
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.header("Location")).doesNotContain("error");
        return browser;
    }

    /** The dashboard as these cookies see it (signed in, it names the user; otherwise it does not). */
    private static String dashboardName(Map<String, String> cookies) {
        Response page = given().cookies(cookies).redirects().follow(false).get("/dashboard");
        assertThat(page.statusCode()).as("a refused session is a sign-in question, never an error").isLessThan(500);
        return page.statusCode() + " " + page.asString();
    }
}
