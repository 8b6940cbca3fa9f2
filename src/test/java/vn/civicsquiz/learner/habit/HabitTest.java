package vn.civicsquiz.learner.habit;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.civicsquiz.quiz.GuestFixture;
import vn.civicsquiz.quiz.KeyAnswers;
import vn.civicsquiz.quiz.TestBank;
import vn.civicsquiz.web.BrowserSession;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

/** The daily goal, XP and the last four weeks follow the stored answers, in the API and on the home page. */
@QuarkusTest
class HabitTest {

    @Inject
    TestBank bank;
    @Inject
    GuestFixture guests;
    @Inject
    KeyAnswers keys;

    /** Starts a practice quiz over the API, answers it (right except where wrong says), finishes it. */
    private long answered(GuestFixture.Guest guest, int size, java.util.Set<Integer> wrong) {
        long attempt = given().header("X-Guest-Token", guest.token()).contentType(ContentType.JSON)
                .body(Map.of("topic", "three-pillars", "size", size, "mode", "practice")).post("/api/v1/attempts")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        for (int position = 1; position <= size; position++) {
            var key = keys.key(attempt, position);
            Map<String, Object> body = KeyAnswers.body(wrong.contains(position) ? KeyAnswers.wrong(key)
                    : KeyAnswers.right(key));
            given().header("X-Guest-Token", guest.token()).contentType(ContentType.JSON).body(body)
                    .put("/api/v1/attempts/{id}/answers/{p}", attempt, position).then().statusCode(200);
        }
        given().header("X-Guest-Token", guest.token()).contentType(ContentType.JSON)
                .post("/api/v1/attempts/{id}/finish", attempt).then().statusCode(200);
        return attempt;
    }

    @BeforeEach
    void bank() {
        bank.ensureTopics();
    }

    @Test
    void xp_and_todays_answers_follow_what_the_guest_answered_and_finished() {
        GuestFixture.Guest guest = guests.newGuest();
        JsonPath before = given().header("X-Guest-Token", guest.token()).get("/api/v1/me/habit")
                .then().statusCode(200).extract().jsonPath();
        assertThat(before.getLong("xp")).isZero();
        assertThat(before.getInt("dailyGoal")).isEqualTo(20);
        assertThat(before.getList("days")).hasSize(28);

        answered(guest, 5, java.util.Set.of(2));
        int right = 4;

        JsonPath after = given().header("X-Guest-Token", guest.token()).get("/api/v1/me/habit")
                .then().statusCode(200).extract().jsonPath();
        assertThat(after.getLong("xp")).isEqualTo(right * 10L + 20);
        assertThat(after.getLong("xpThisWeek")).isEqualTo(right * 10L + 20);
        assertThat(after.getInt("answeredToday")).isEqualTo(5);
        assertThat(after.getBoolean("goalReached")).isFalse();
        List<Map<String, Object>> days = after.getList("days");
        assertThat(days.get(27).get("answered")).isEqualTo(5);
        assertThat(days.get(27).get("right")).isEqualTo(right);
    }

    @Test
    void the_goal_is_set_within_its_bounds_and_reached_when_answered() {
        GuestFixture.Guest guest = guests.newGuest();
        answered(guest, 5, java.util.Set.of());
        for (Object bad : List.of(4, 201, "twenty")) {
            given().header("X-Guest-Token", guest.token()).contentType(ContentType.JSON)
                    .body(Map.of("dailyGoal", bad)).put("/api/v1/me/habit").then().statusCode(400)
                    .contentType(containsString("problem+json"));
        }
        JsonPath set = given().header("X-Guest-Token", guest.token()).contentType(ContentType.JSON)
                .body(Map.of("dailyGoal", 5)).put("/api/v1/me/habit").then().statusCode(200).extract().jsonPath();
        assertThat(set.getInt("dailyGoal")).isEqualTo(5);
        assertThat(set.getBoolean("goalReached")).isTrue();
    }

    @Test
    void a_visitor_without_progress_gets_the_defaults_and_a_new_visitors_home_page_shows_no_goal() {
        given().get("/api/v1/me/habit").then().statusCode(200).body("dailyGoal", org.hamcrest.Matchers.equalTo(20))
                .body("xp", org.hamcrest.Matchers.equalTo(0));
        given().contentType(ContentType.JSON).body(Map.of("dailyGoal", 30)).put("/api/v1/me/habit")
                .then().statusCode(404);
        assertThat(given().get("/").asString()).doesNotContain("id=\"habit\"");
    }

    @Test
    void the_home_page_shows_the_goal_and_the_form_saves_a_new_one() {
        BrowserSession browser = BrowserSession.open();
        String user = "thói.quen." + System.nanoTime();
        browser.postFormFollowing307("/signup", "username", user, "password", "mục tiêu mỗi ngày");
        browser.get("/").then().statusCode(200).body(containsString("id=\"habit\""))
                .body(containsString("Đã trả lời 0/20 câu"));
        browser.postForm("/habit/goal", "goal", "30").then().statusCode(303);
        browser.get("/").then().body(containsString("Đã trả lời 0/30 câu"));
        browser.postForm("/habit/goal", "goal", "không").then().statusCode(400);
    }

    @Test
    void levels_grow_by_fifty_times_n_times_n_plus_one() {
        assertThat(XpRule.level(0)).isZero();
        assertThat(XpRule.level(99)).isZero();
        assertThat(XpRule.level(100)).isEqualTo(1);
        assertThat(XpRule.level(299)).isEqualTo(1);
        assertThat(XpRule.level(300)).isEqualTo(2);
        assertThat(XpRule.startOf(3)).isEqualTo(600);
    }
}
