package vn.civicsquiz.study;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/** The study API as a client uses it: the due queue, reviews scheduled by FSRS-6, and every refusal. */
@QuarkusTest
class StudyApiTest {

    @Inject
    StudyFixture fixture;

    @Test
    void the_queue_lists_overdue_cards_earliest_first_with_their_faces() {
        StudyFixture.StudyLearner learner = fixture.signUp();
        List<Long> cards = fixture.onlyCards(learner.accountId(), "pillar-2", "task-1", "pillar-1");

        JsonPath due = given().header("Authorization", learner.basicAuth()).get("/api/v1/me/study/due")
                .then().statusCode(200).contentType(ContentType.JSON).extract().jsonPath();

        assertThat(due.getLong("dueCount")).isEqualTo(3);
        assertThat(due.getLong("newCount")).isEqualTo(3);
        assertThat(due.getList("cards.id", Long.class)).containsExactlyElementsOf(cards);
        assertThat(due.getList("cards.factId", String.class)).containsExactly("pillar-2", "task-1", "pillar-1");
        assertThat(due.getString("cards[2].front")).isEqualTo("Trụ cột thứ nhất của nền ngoại giao toàn diện, hiện đại là gì?");
        assertThat(due.getString("cards[2].answer")).containsIgnoringCase("đối ngoại Đảng");
        assertThat(due.getString("cards[2].quote")).contains("3 trụ cột");
        assertThat(due.getString("cards[2].sourceUrl")).matches("/sources/[^#]+#fact-pillar-1");
    }

    @Test
    void new_facts_join_the_queue_in_curated_order_up_to_the_daily_limit() {
        StudyFixture.StudyLearner learner = fixture.signUp();
        fixture.settings(learner.accountId(), "0.90", 4);

        JsonPath first = due(learner);
        assertThat(first.getLong("newCount")).isEqualTo(4);
        assertThat(first.getList("cards.factId", String.class)).containsExactly("task-1", "task-2", "task-3", "task-4");

        JsonPath again = due(learner);
        assertThat(again.getList("cards.id", Long.class)).isEqualTo(first.getList("cards.id", Long.class));
    }

    @Test
    void good_ratings_grow_the_interval_and_a_lapse_shrinks_it_exactly_as_fsrs6_says() {
        StudyFixture.StudyLearner learner = fixture.signUp();
        long card = fixture.onlyCards(learner.accountId(), "pillar-1").get(0);
        FsrsScheduler fsrs = new FsrsScheduler(FsrsSettings.defaults());

        long previousInterval = -1;
        for (String rating : List.of("good", "good", "good", "good", "again", "good")) {
            ReviewCard before = fixture.card(card);
            JsonPath schedule = review(learner, card, Map.of("rating", rating)).then().statusCode(200)
                    .extract().jsonPath();
            ReviewCard after = fixture.card(card);
            Instant at = after.lastReview.toInstant();
            CardState expected = fsrs.review(before.state(), RatingInput.parse(rating).orElseThrow(), at);

            assertThat(after.state()).isEqualTo(expected);
            assertThat(schedule.getString("phase")).isEqualTo(after.phase);
            assertThat(Instant.parse(schedule.getString("due"))).isEqualTo(expected.due());
            long interval = schedule.getLong("intervalDays");
            assertThat(interval).isEqualTo(Duration.between(at, expected.due()).toDays());
            if (rating.equals("again")) {
                assertThat(interval).as("a lapse brings the card back within the day").isZero();
                assertThat(schedule.getInt("lapses")).isEqualTo(1);
            } else if (before.phase.equals("review")) {
                assertThat(interval).as("Good after Good grows the interval").isGreaterThan(previousInterval);
            }
            previousInterval = interval;
            fixture.makeDue(card);
        }
        assertThat(fixture.ratings(card)).containsExactly((short) 3, (short) 3, (short) 3, (short) 3, (short) 1, (short) 3);
    }

    @Test
    void a_repeated_review_id_changes_nothing_and_a_quick_second_review_without_one_is_refused() {
        StudyFixture.StudyLearner learner = fixture.signUp();
        long card = fixture.onlyCards(learner.accountId(), "lesson-1").get(0);
        String reviewId = UUID.randomUUID().toString();

        review(learner, card, Map.of("rating", 3, "reviewId", reviewId)).then().statusCode(200)
                .body("replayed", equalTo(false)).body("reps", equalTo(1));
        review(learner, card, Map.of("rating", 3, "reviewId", reviewId)).then().statusCode(200)
                .body("replayed", equalTo(true)).body("reps", equalTo(1));
        review(learner, card, Map.of("rating", "easy")).then().statusCode(409)
                .contentType("application/problem+json");
        assertThat(fixture.reviews(card)).isEqualTo(1);
    }

    @Test
    void bad_reviews_get_a_problem_naming_the_field_and_change_nothing() {
        StudyFixture.StudyLearner learner = fixture.signUp();
        long card = fixture.onlyCards(learner.accountId(), "lesson-2").get(0);

        for (Object body : List.of(Map.of("rating", "brilliant"), Map.of("rating", 5), Map.of("rating", 0),
                Map.of("rating", true), Map.of("reviewId", UUID.randomUUID().toString()),
                Map.of("rating", "good", "reviewId", "không-phải-uuid"))) {
            review(learner, card, body).then().statusCode(400).contentType("application/problem+json")
                    .body("errors.field", hasItem(body.toString().contains("không") ? "reviewId" : "rating"));
        }
        given().header("Authorization", learner.basicAuth()).contentType(ContentType.JSON).body("{\"rating\": ")
                .post("/api/v1/me/study/cards/" + card + "/review")
                .then().statusCode(400).contentType("application/problem+json");
        given().header("Authorization", learner.basicAuth()).contentType(ContentType.JSON)
                .post("/api/v1/me/study/cards/" + card + "/review")
                .then().statusCode(400).contentType("application/problem+json");
        given().header("Authorization", learner.basicAuth()).contentType(ContentType.JSON)
                .body(Map.of("rating", "good", "stability", 100)).post("/api/v1/me/study/cards/" + card + "/review")
                .then().statusCode(400).contentType("application/problem+json");

        assertThat(fixture.reviews(card)).isZero();
        assertThat(fixture.card(card).phase).isEqualTo("new");
    }

    @Test
    void nobody_reviews_a_card_that_is_not_theirs() {
        StudyFixture.StudyLearner owner = fixture.signUp();
        StudyFixture.StudyLearner other = fixture.signUp();
        long card = fixture.onlyCards(owner.accountId(), "lesson-3").get(0);

        review(other, card, Map.of("rating", "good")).then().statusCode(404)
                .contentType("application/problem+json").body("detail", containsString(Long.toString(card)));
        review(other, Long.MAX_VALUE, Map.of("rating", "good")).then().statusCode(404);
        given().contentType(ContentType.JSON).body(Map.of("rating", "good"))
                .post("/api/v1/me/study/cards/" + card + "/review").then().statusCode(401);
        given().get("/api/v1/me/study/due").then().statusCode(401);
        given().header("Authorization", other.basicAuth()).get("/api/v1/me/study/due").then().statusCode(200)
                .body("cards.id", org.hamcrest.Matchers.not(hasItem(card)));

        assertThat(fixture.reviews(card)).isZero();
    }

    private static JsonPath due(StudyFixture.StudyLearner learner) {
        return given().header("Authorization", learner.basicAuth()).get("/api/v1/me/study/due")
                .then().statusCode(200).extract().jsonPath();
    }

    private static io.restassured.response.Response review(StudyFixture.StudyLearner learner, long card,
                                                           Object body) {
        return given().header("Authorization", learner.basicAuth()).contentType(ContentType.JSON).body(body)
                .post("/api/v1/me/study/cards/" + card + "/review");
    }
}
