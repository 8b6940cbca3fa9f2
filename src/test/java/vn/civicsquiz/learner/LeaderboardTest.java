package vn.civicsquiz.learner;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.civicsquiz.quiz.KeyAnswers;
import vn.civicsquiz.quiz.TestBank;

import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;

/** Only learners who opt in appear on the leaderboard, under their nickname, ranked by questions they got right. */
@QuarkusTest
class LeaderboardTest {

    @Inject
    TestBank bank;
    @Inject
    KeyAnswers keys;
    @Inject
    AccountService accounts;

    @BeforeEach
    void bank() {
        bank.ensureTopics();
    }

    record Session(String name, Map<String, String> cookies) {
    }

    Session learnerWithRightAnswers(int right) {
        String name = "bxh-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.signUp(name, "mat-khau-bxh-1", null, Role.LEARNER);
        Response started = given().auth().preemptive().basic(name, "mat-khau-bxh-1").contentType(ContentType.JSON)
                .body(Map.of("topic", "nine-tasks", "size", 8)).post("/api/v1/attempts");
        long attempt = started.jsonPath().getLong("id");
        for (int p = 1; p <= 8; p++) {
            var key = keys.key(attempt, p);
            given().auth().preemptive().basic(name, "mat-khau-bxh-1").contentType(ContentType.JSON)
                    .body(KeyAnswers.body(p <= right ? KeyAnswers.right(key) : KeyAnswers.wrong(key)))
                    .put("/api/v1/attempts/{id}/answers/{p}", attempt, p).then().statusCode(200);
        }
        Map<String, String> cookies = new java.util.HashMap<>(given().get("/login").getCookies());
        Response login = given().redirects().follow(false).cookies(cookies)
                .contentType("application/x-www-form-urlencoded")
                .formParam("username", name).formParam("password", "mat-khau-bxh-1").post("/j_security_check");
        assertThat(login.statusCode()).as("signed in").isIn(302, 303);
        cookies.putAll(login.getCookies());
        return new Session(name, cookies);
    }

    Response choose(Session s, boolean onBoard, String nickname) {
        var request = given().redirects().follow(false).cookies(s.cookies())
                .contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("csrf", s.cookies().get("quiz-csrf")).formParam("nickname", nickname);
        if (onBoard) {
            request.formParam("onBoard", "true");
        }
        return request.post("/dashboard/leaderboard");
    }

    @Test
    void opted_in_learners_are_ranked_by_questions_answered_correctly() {
        Session strong = learnerWithRightAnswers(7);
        Session weaker = learnerWithRightAnswers(3);
        Session shy = learnerWithRightAnswers(8);
        String strongNick = "Hoa Sen " + UUID.randomUUID().toString().substring(0, 4);
        String weakerNick = "Cây Tre " + UUID.randomUUID().toString().substring(0, 4);
        choose(strong, true, strongNick).then().statusCode(303).header("Location", containsString("saved=true"));
        choose(weaker, true, weakerNick).then().statusCode(303);
        choose(shy, false, "Không hiện").then().statusCode(303);

        String board = given().cookies(weaker.cookies()).get("/leaderboard").then().statusCode(200).extract().asString();
        assertThat(board).contains(strongNick, weakerNick).doesNotContain("Không hiện").doesNotContain(shy.name());
        assertThat(board.indexOf(strongNick)).isLessThan(board.indexOf(weakerNick));
        assertThat(board).contains("<tr class=\"you\"><td>");
        assertThat(board.substring(board.indexOf("<tr class=\"you\">"))).startsWith("<tr class=\"you\">")
                .contains(weakerNick + " <strong>(bạn)</strong></td><td>3</td>");
    }

    @Test
    void a_too_short_nickname_is_refused_and_guests_are_sent_to_sign_up() {
        Session learner = learnerWithRightAnswers(1);
        choose(learner, true, "A").then().statusCode(303).header("Location", containsString("invalid=true"));
        given().cookies(learner.cookies()).get("/dashboard?invalid=true").then()
                .body(containsString("Biệt danh cần từ 3 đến 40 ký tự"));
        given().cookies(learner.cookies()).get("/leaderboard").then().body(not(containsString("class=\"you\"")));

        Response home = given().get("/");
        String csrf = home.getCookie("quiz-csrf");
        given().redirects().follow(false).cookie("quiz-csrf", csrf).contentType("application/x-www-form-urlencoded")
                .formParam("csrf", csrf).formParam("onBoard", "true").formParam("nickname", "Khách vãng lai")
                .post("/dashboard/leaderboard").then().statusCode(303).header("Location", endsWith("/signup"));
    }
}
