package vn.civicsquiz.web;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

/** Signing up and in returns the learner to the page they wanted, keeps what they typed, and says why. */
@QuarkusTest
class SignInFlowTest {

    private static final String PASSWORD = "mật khẩu của luồng";

    @Test
    void a_guest_opening_an_account_page_is_told_why_and_comes_back_after_signing_in() {
        BrowserSession browser = BrowserSession.open();
        Response study = browser.get("/study");
        assertThat(study.statusCode()).isEqualTo(303);
        assertThat(study.header("Location")).endsWith("/login?reason=account&next=%2Fstudy");
        String page = browser.follow("/login?reason=account&next=%2Fstudy").then().statusCode(200).extract().asString();
        assertThat(page).contains("cần có tài khoản").contains("name=\"next\" value=\"/study\"")
                .contains("href=\"/signup?next=%2Fstudy\"");

        String user = "luồng.đăng.nhập." + System.nanoTime();
        browser.postFormFollowing307("/signup", "username", user, "password", PASSWORD);
        BrowserSession again = BrowserSession.open();
        Response signedIn = again.postRaw("/j_security_check", "username", user, "password", PASSWORD,
                "next", "/study");
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.header("Location")).isEqualTo("/study");
        again.get("/study").then().statusCode(200);
    }

    @Test
    void signing_up_signs_the_learner_in_and_returns_to_the_page_they_wanted() {
        BrowserSession browser = BrowserSession.open();
        String user = "mới.đến." + System.nanoTime();
        Response landed = browser.postFormFollowing307("/signup", "username", user, "password", PASSWORD,
                "next", "/study/settings");
        assertThat(landed.statusCode()).isEqualTo(302);
        assertThat(landed.header("Location")).isEqualTo("/study/settings");
        browser.get("/study/settings").then().statusCode(200).body(containsString("(" + user + ")"));
    }

    @Test
    void a_wrong_password_keeps_the_username_and_the_wanted_page() {
        BrowserSession browser = BrowserSession.open();
        String user = "gõ.sai." + System.nanoTime();
        browser.postFormFollowing307("/signup", "username", user, "password", PASSWORD);
        BrowserSession other = BrowserSession.open();
        Response wrong = other.postRaw("/j_security_check", "username", user, "password", "không phải",
                "next", "/study");
        String location = wrong.header("Location");
        assertThat(location).startsWith("/login?error=true&username=").endsWith("&next=%2Fstudy");
        String page = other.follow(location).then().statusCode(200).extract().asString();
        assertThat(page).contains("value=\"" + user + "\"").contains("name=\"next\" value=\"/study\"");
    }

    @Test
    void a_next_that_leaves_the_site_is_ignored() {
        BrowserSession browser = BrowserSession.open();
        String user = "không.đi.xa." + System.nanoTime();
        browser.postFormFollowing307("/signup", "username", user, "password", PASSWORD);
        for (String away : new String[]{"//evil.example/", "https://evil.example/", "/\\evil.example", "/login"}) {
            Response signedIn = BrowserSession.open().postRaw("/j_security_check", "username", user,
                    "password", PASSWORD, "next", away);
            assertThat(java.net.URI.create(signedIn.header("Location")).getPath()).as(away).isEqualTo("/");
        }
        assertThat(browser.follow("/login?next=%2F%2Fevil.example").asString())
                .doesNotContain("name=\"next\"").doesNotContain("signup?next");
    }

    @Test
    void too_many_failed_sign_ins_end_on_a_page_that_says_how_long_to_wait() {
        BrowserSession browser = BrowserSession.open();
        String user = "chờ.đợi." + System.nanoTime();
        browser.postFormFollowing307("/signup", "username", user, "password", PASSWORD);
        BrowserSession other = BrowserSession.open();
        Response last = null;
        for (int i = 0; i < 6; i++) {
            last = other.postRaw("/j_security_check", "username", user, "password", "sai-" + i);
        }
        assertThat(last.statusCode()).isEqualTo(303);
        assertThat(last.header("Location")).startsWith("/login?error=throttled&username=");
        Response page = other.follow(last.header("Location"));
        assertThat(page.statusCode()).isEqualTo(429);
        assertThat(page.header("Retry-After")).matches("\\d+");
        long minutes = Math.max(1, (Long.parseLong(page.header("Retry-After")) + 59) / 60);
        assertThat(page.asString()).contains("Vui lòng đợi " + minutes + " phút").contains("value=\"" + user + "\"");
        assertThat(other.get("/login?error=throttled&lang=en").asString()).contains("wait " + minutes + " minutes");
    }
}
