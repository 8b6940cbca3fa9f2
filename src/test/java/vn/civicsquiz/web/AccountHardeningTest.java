package vn.civicsquiz.web;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import vn.civicsquiz.learner.Leaderboard;
import vn.civicsquiz.learner.Account;
import vn.civicsquiz.learner.BasicAuth;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/**
 * Over real HTTP: display names and nicknames are checked after NFC and refuse characters that hide or reorder
 * text, nicknames are unique ignoring case and diacritics, common and short passwords are refused with a
 * readable message, and a learner changes their own password (page and API), which ends their other sessions.
 */
@QuarkusTest
class AccountHardeningTest {

    private static final String PASSWORD = "ôn tập đối ngoại 2021";
    private static final String TEACHER = BasicAuth.header("teacher", "teacher-test-password");

    private static String run() {
        return Long.toString(System.nanoTime(), 36);
    }

    @Test
    void signUpRefusesHiddenCharactersAndNamesThatGrowPastTheLimitWhenNormalised() {
        long before = accounts();
        PageSession browser = PageSession.guest(null);
        browser.post("/signup", Map.of("username", "tên.ẩn." + run(), "password", PASSWORD,
                "displayName", "Lan\u202Eadmin")).then().statusCode(400).body(containsString("đổi chiều văn bản"));
        browser.post("/signup", Map.of("username", "tên.ẩn." + run(), "password", PASSWORD,
                "displayName", "Lan\u200BMai")).then().statusCode(400);
        browser.post("/signup", Map.of("username", "tên.dài." + run(), "password", PASSWORD,
                "displayName", "\u0958".repeat(60))).then().statusCode(400);
        assertThat(accounts()).isEqualTo(before);

        String user = "tên.nfc." + run();
        browser.post("/signup", Map.of("username", user, "password", PASSWORD,
                "displayName", Normalizer.normalize("Nguyễn Thị Lan", Normalizer.Form.NFD))).then().statusCode(307);
        assertThat(QuarkusTransaction.requiringNew().call(() -> Account.findByUsername(user).orElseThrow().displayName))
                .isEqualTo("Nguyễn Thị Lan");
    }

    @Test
    void teachersCreatingAccountsMeetTheSameNameAndPasswordRules() {
        given().header("Authorization", TEACHER).contentType(ContentType.JSON)
                .body(Map.of("username", "gv.tên." + run(), "password", PASSWORD, "role", "learner",
                        "displayName", "Mai\u2066Lan")).post("/api/v1/accounts")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("displayName"));
        given().header("Authorization", TEACHER).contentType(ContentType.JSON)
                .body(Map.of("username", "gv.mk." + run(), "password", "Password123", "role", "learner"))
                .post("/api/v1/accounts").then().statusCode(400).body("errors[0].field", equalTo("password"))
                .body("errors[0].message", containsString("mật khẩu phổ biến nhất"));
    }

    @Test
    void commonAndShortPasswordsAreRefusedWithAMessageInEachLanguage() {
        PageSession browser = PageSession.guest(null);
        browser.post("/signup", Map.of("username", "mk.phổ.biến." + run(), "password", "qwertyuiop"))
                .then().statusCode(400).body(containsString("danh sách mật khẩu phổ biến"));
        browser.post("/signup", Map.of("username", "mk.ngắn." + run(), "password", "12345678"))
                .then().statusCode(400).body(containsString("ít nhất 10 ký tự"));
        browser.cookies.put("lang", "en");
        browser.post("/signup", Map.of("username", "mk.en." + run(), "password", "1234567890"))
                .then().statusCode(400).body(containsString("list of common passwords"));
    }

    @Test
    void nicknamesAreUniqueIgnoringCaseAndDiacriticsAndRefuseBidiControls() {
        PageSession first = signedIn("bxh.một." + run());
        PageSession second = signedIn("bxh.hai." + run());
        String suffix = run();
        chooseNickname(first, "Hòa Sen " + suffix).then().statusCode(303)
                .header("Location", containsString("saved=true"));
        chooseNickname(second, "HOA SEN " + suffix.toUpperCase()).then().statusCode(303)
                .header("Location", containsString("taken=true"));
        second.get("/dashboard?taken=true").then().body(containsString("đã có người dùng"));
        chooseNickname(second, "hoà sen " + suffix).then().header("Location", containsString("taken=true"));
        chooseNickname(second, "Sen\u202E" + suffix).then().header("Location", containsString("invalid=true"));
        chooseNickname(first, "Hòa Sen " + suffix).then().header("Location", containsString("saved=true"));

        String board = given().get("/leaderboard").asString();
        assertThat(board).doesNotContain("\u202E");
        chooseNickname(second, "Hoa Sen khác " + suffix).then().header("Location", containsString("saved=true"));
    }

    @Inject
    Leaderboard leaderboard;
    @Inject
    EntityManager em;

    @Test
    void nicknamesSavedBeforeKeysExistedAreKeyedOldestFirstAndALaterSameNameLeavesTheBoard() {
        String suffix = run();
        long older = legacyLearner("Đức Anh " + suffix);
        long newer = legacyLearner("duc anh " + suffix.toUpperCase());

        leaderboard.keyEarlierNicknames();

        Object[] kept = QuarkusTransaction.requiringNew().call(() -> (Object[]) em.createNativeQuery(
                "SELECT nickname, nickname_key, on_leaderboard FROM learner WHERE id = ?1").setParameter(1, older)
                .getSingleResult());
        Object[] dropped = QuarkusTransaction.requiringNew().call(() -> (Object[]) em.createNativeQuery(
                "SELECT nickname, nickname_key, on_leaderboard FROM learner WHERE id = ?1").setParameter(1, newer)
                .getSingleResult());
        assertThat(kept).containsExactly("Đức Anh " + suffix, "duc anh " + suffix, true);
        assertThat(dropped).containsExactly(null, null, false);
    }

    private long legacyLearner(String nickname) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery("""
                        INSERT INTO learner (guest_token_hash, nickname, on_leaderboard) VALUES (?1, ?2, true)
                        RETURNING id""").setParameter(1, Long.toHexString(System.nanoTime()) + "legacy")
                .setParameter(2, nickname).getSingleResult()).longValue());
    }

    @Test
    void aLearnerChangesTheirPasswordOnThePageAndTheirOtherSessionsEnd() {
        String user = "đổi.mk." + run();
        PageSession.guest(null).post("/signup", Map.of("username", user, "password", PASSWORD)).then().statusCode(307);
        PageSession here = signIn(user, PASSWORD);
        PageSession elsewhere = signIn(user, PASSWORD);
        assertThat(here.get("/account/password").asString()).contains("name=\"csrf\"", "currentPassword");

        here.post("/account/password", Map.of("currentPassword", "không phải mật khẩu", "newPassword",
                "cụm từ mới khá dài 2022")).then().statusCode(400).body(containsString("Mật khẩu hiện tại không đúng"));
        here.post("/account/password", Map.of("currentPassword", PASSWORD, "newPassword", "password1234"))
                .then().statusCode(400).body(containsString("phổ biến"));
        assertThat(signedInAs(elsewhere, user)).as("nothing changed yet").isTrue();
        Response withoutToken = here.request().contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("currentPassword", PASSWORD).formParam("newPassword", "cụm từ mới khá dài 2022")
                .post("/account/password");
        assertThat(withoutToken.statusCode()).as("no CSRF token").isEqualTo(403);

        here.post("/account/password", Map.of("currentPassword", PASSWORD, "newPassword", "cụm từ mới khá dài 2022"))
                .then().statusCode(303).header("Location", containsString("changed=true"));

        assertThat(signedInAs(here, user)).as("the browser that changed it stays signed in").isTrue();
        assertThat(signedInAs(elsewhere, user)).as("another browser of the account").isFalse();
        given().header("Authorization", BasicAuth.header(user, PASSWORD)).get("/api/v1/me").then().statusCode(401);
        given().header("Authorization", BasicAuth.header(user, "cụm từ mới khá dài 2022")).get("/api/v1/me")
                .then().statusCode(200);
    }

    @Test
    void theApiChangesThePasswordOfTheCallerOnly() {
        String user = "đổi.mk.api." + run();
        PageSession.guest(null).post("/signup", Map.of("username", user, "password", PASSWORD)).then().statusCode(307);
        PageSession browser = signIn(user, PASSWORD);
        String auth = BasicAuth.header(user, PASSWORD);

        given().header("Authorization", auth).contentType(ContentType.JSON)
                .body(Map.of("currentPassword", "sai mật khẩu rồi", "newPassword", "mật khẩu mới qua API"))
                .put("/api/v1/me/password").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("currentPassword"));
        given().header("Authorization", auth).contentType(ContentType.JSON)
                .body(Map.of("currentPassword", "ệ".repeat(40), "newPassword", "mật khẩu mới qua API"))
                .put("/api/v1/me/password").then().statusCode(400).body("errors[0].field", equalTo("currentPassword"));
        given().header("Authorization", auth).contentType(ContentType.JSON)
                .body(Map.of("currentPassword", PASSWORD, "newPassword", "ệ".repeat(40)))
                .put("/api/v1/me/password").then().statusCode(400).body("errors[0].field", equalTo("newPassword"));
        given().header("Authorization", auth).contentType(ContentType.JSON)
                .body(Map.of("currentPassword", PASSWORD, "newPassword", "ngắn"))
                .put("/api/v1/me/password").then().statusCode(400).body("errors[0].field", equalTo("newPassword"));
        given().header("Authorization", auth).contentType("text/plain")
                .body("{\"currentPassword\":\"" + PASSWORD + "\",\"newPassword\":\"mật khẩu mới qua API\"}")
                .put("/api/v1/me/password").then().statusCode(415);
        given().contentType(ContentType.JSON)
                .body(Map.of("currentPassword", PASSWORD, "newPassword", "mật khẩu mới qua API"))
                .put("/api/v1/me/password").then().statusCode(401);

        given().header("Authorization", auth).contentType(ContentType.JSON)
                .body(Map.of("currentPassword", PASSWORD, "newPassword", "mật khẩu mới qua API"))
                .put("/api/v1/me/password").then().statusCode(204);
        given().header("Authorization", auth).get("/api/v1/me").then().statusCode(401);
        given().header("Authorization", BasicAuth.header(user, "mật khẩu mới qua API")).get("/api/v1/me")
                .then().statusCode(200);
        assertThat(signedInAs(browser, user)).as("the browser session ends").isFalse();
        given().header("Authorization", TEACHER).get("/api/v1/me").then().statusCode(200);
    }

    private static long accounts() {
        return QuarkusTransaction.requiringNew().call(() -> Account.count());
    }

    private static PageSession signedIn(String user) {
        PageSession.guest(null).post("/signup", Map.of("username", user, "password", PASSWORD)).then().statusCode(307);
        return signIn(user, PASSWORD);
    }

    private static PageSession signIn(String user, String password) {
        PageSession browser = PageSession.guest(null);
        Response login = browser.post("/j_security_check", Map.of("username", user, "password", password));
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.header("Location")).doesNotContain("error");
        return browser;
    }

    private static Response chooseNickname(PageSession browser, String nickname) {
        return browser.post("/dashboard/leaderboard", Map.of("onBoard", "true", "nickname", nickname));
    }

    /** Whether these cookies still open the account's dashboard (a refused session is never a 5xx). */
    private static boolean signedInAs(PageSession browser, String user) {
        Response page = given().cookies(new HashMap<>(browser.cookies)).redirects().follow(false).get("/dashboard");
        assertThat(page.statusCode()).isLessThan(500);
        return page.asString().contains(user);
    }
}
