package vn.civicsquiz.quiz;

import vn.civicsquiz.quiz.grading.GradingKey;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.civicsquiz.learner.AccountService;
import vn.civicsquiz.learner.Role;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
class AttemptApiTest {

    @Inject
    TestBank bank;
    @Inject
    KeyAnswers keys;
    @Inject
    RecordedAnswers recorded;
    @Inject
    AccountService accounts;
    @Inject
    GuestFixture guests;
    @Inject
    KindAttempts kindAttempts;
    @Inject
    QuestionFacts facts;

    @BeforeEach
    void bank() {
        bank.ensureTopics();
    }

    static Response start(String guestToken, Map<String, Object> body) {
        var request = given().contentType(ContentType.JSON).body(body);
        if (guestToken != null) {
            request.header("X-Guest-Token", guestToken);
        }
        return request.post("/api/v1/attempts");
    }

    static Response answer(String guestToken, long attempt, int position, Object body) {
        return given().contentType(ContentType.JSON).header("X-Guest-Token", guestToken).body(body)
                .put("/api/v1/attempts/{id}/answers/{p}", attempt, position);
    }

    @Test
    void aGuestTakesAPracticeQuizOfEveryKindAndGetsFeedbackAfterEachAnswer() {
        Response started = start(null, Map.of("topic", "three-pillars", "size", 8, "mode", "practice"));
        started.then().statusCode(201).header("Location", org.hamcrest.Matchers.matchesPattern("/api/v1/attempts/[0-9]+"));
        String token = started.header("X-Guest-Token");
        assertThat(token).hasSize(43);
        long id = kindAttempts.start(guests.refOf(token), QuizMode.practice).id;

        Response attempt = given().header("X-Guest-Token", token).get("/api/v1/attempts/{id}", id);
        attempt.then().statusCode(200);
        assertThat(attempt.asString()).doesNotContain("\"correct\"").doesNotContain("ứng vạn biến");
        JsonPath json = attempt.jsonPath();
        assertThat(json.getList("questions.kind")).containsExactlyInAnyOrder("SINGLE", "MULTIPLE", "TRUE_FALSE",
                "NEGATIVE", "ORDERING", "MATCHING", "NUMERIC", "SHORT_ANSWER");
        int matching = json.getList("questions.kind").indexOf("MATCHING");
        assertThat(json.getList("questions[" + matching + "].choices.text"))
                .containsExactlyInAnyOrder("Bộ trưởng Bộ Ngoại giao", "Trưởng ban Đối ngoại Trung ương",
                        "Chủ tịch Liên hiệp các tổ chức hữu nghị Việt Nam", "Chủ tịch Quốc hội");
        assertThat(json.getList("questions[" + matching + "].options.text"))
                .containsExactlyInAnyOrder("Bùi Thanh Sơn", "Lê Hoài Trung", "Nguyễn Phương Nga");
        int shortAnswer = json.getList("questions.kind").indexOf("SHORT_ANSWER");
        assertThat(json.getList("questions[" + shortAnswer + "].options")).isEmpty();

        for (int position = 1; position <= 8; position++) {
            GradingKey key = keys.key(id, position);
            JsonPath feedback = answer(token, id, position, KeyAnswers.body(KeyAnswers.right(key)))
                    .then().statusCode(200).extract().jsonPath();
            assertThat(feedback.getBoolean("correct")).as(key.kind().name()).isTrue();
            assertThat(feedback.getBoolean("replayed")).isFalse();
            assertThat(feedback.getString("feedback.explanation")).isNotBlank();
            assertThat(feedback.getString("feedback.quote")).isNotBlank();
            assertThat(feedback.getString("feedback.sourceUrl")).startsWith("/sources/" + TestBank.SOURCE + "#fact-");
            assertThat(feedback.getList("feedback.rightAnswer")).isNotEmpty();
        }
        given().header("X-Guest-Token", token).contentType(ContentType.JSON).post("/api/v1/attempts/{id}/finish", id)
                .then().statusCode(200).body("score", equalTo(8)).body("max", equalTo(8))
                .body("items.size()", equalTo(8)).body("items.correct", org.hamcrest.Matchers.everyItem(equalTo(true)));
    }

    @Test
    void aRepeatedAnswerReturnsTheStoredResultAndIsRecordedOnce() {
        Response started = start(null, Map.of("topic", "figures", "size", 3));
        String token = started.header("X-Guest-Token");
        long id = started.jsonPath().getLong("id");
        GradingKey key = keys.key(id, 1);
        long questionId = keys.questionId(id, 1);
        int before = recorded.forQuestion(questionId).size();

        answer(token, id, 1, KeyAnswers.body(KeyAnswers.wrong(key))).then().statusCode(200)
                .body("correct", equalTo(false)).body("replayed", equalTo(false));
        answer(token, id, 1, KeyAnswers.body(KeyAnswers.right(key))).then().statusCode(200)
                .body("correct", equalTo(false)).body("replayed", equalTo(true));

        List<AnswerRecorded> events = recorded.forQuestion(questionId);
        assertThat(events).hasSize(before + 1);
        AnswerRecorded event = events.get(events.size() - 1);
        assertThat(event.correct()).isFalse();
        assertThat(event.accountId()).isNull();
        assertThat(event.guestId()).isNotBlank();
        assertThat(event.factIds()).isEqualTo(facts.of(questionId));
    }

    @Test
    void anotherLearnersAttemptIsNotFound() {
        Response mine = start(null, Map.of("topic", "people", "size", 2));
        long id = mine.jsonPath().getLong("id");
        String otherGuest = start(null, Map.of("topic", "people", "size", 1)).header("X-Guest-Token");
        given().header("X-Guest-Token", otherGuest).get("/api/v1/attempts/{id}", id).then().statusCode(404)
                .contentType("application/problem+json");
        answer(otherGuest, id, 1, Map.of("optionIds", List.of(1))).then().statusCode(404);
        String name = "hoc-vien-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.signUp(name, "mat-khau-dai-1", "Học viên", Role.LEARNER);
        given().auth().preemptive().basic(name, "mat-khau-dai-1").get("/api/v1/attempts/{id}", id)
                .then().statusCode(404);
    }

    @Test
    void answeringAfterFinishingIsAConflict() {
        Response started = start(null, Map.of("topic", "events", "size", 2));
        String token = started.header("X-Guest-Token");
        long id = started.jsonPath().getLong("id");
        given().header("X-Guest-Token", token).contentType(ContentType.JSON).post("/api/v1/attempts/{id}/finish", id).then().statusCode(200)
                .body("score", equalTo(0)).body("items.answered", hasItem(false));
        answer(token, id, 1, KeyAnswers.body(KeyAnswers.right(keys.key(id, 1)))).then().statusCode(409)
                .contentType("application/problem+json");
        given().header("X-Guest-Token", token).contentType(ContentType.JSON).post("/api/v1/attempts/{id}/finish", id).then().statusCode(200)
                .body("score", equalTo(0));
    }

    @Test
    void idsThisQuestionDoesNotShowAreABadRequest() {
        String token = start(null, Map.of("topic", "phrases", "size", 1)).header("X-Guest-Token");
        long id = kindAttempts.start(guests.refOf(token), QuizMode.practice).id;
        int single = 0;
        int multiple = 0;
        for (int p = 1; p <= 8; p++) {
            single = keys.key(id, p).kind() == vn.civicsquiz.question.QuestionKind.SINGLE ? p : single;
            multiple = keys.key(id, p).kind() == vn.civicsquiz.question.QuestionKind.MULTIPLE ? p : multiple;
        }
        List<Long> otherOptions = keys.key(id, multiple).options().stream().map(GradingKey.KeyOption::id).toList();
        long notShown = keys.key(id, single).options().size() + 1L;
        answer(token, id, single, Map.of("optionIds", List.of(notShown))).then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("optionIds"));
        long databaseId = keys.storedKey(id, multiple).options().get(0).id();
        answer(token, id, single, Map.of("optionIds", List.of(databaseId))).then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("optionIds"));
        answer(token, id, single, Map.of("order", otherOptions)).then().statusCode(400);
        answer(token, id, 99, Map.of("optionIds", List.of(1))).then().statusCode(404);
    }

    @Test
    void invalidRequestsAreProblemDocuments() {
        start(null, Map.of("topic", "chín nhiệm vụ", "size", 5)).then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("topic"));
        start(null, Map.of("topic", "nine-tasks", "size", 0, "mode", "exam")).then().statusCode(400)
                .body("errors.field", org.hamcrest.Matchers.hasItems("size", "mode"));
        given().contentType(ContentType.JSON).body("{\"topic\":").post("/api/v1/attempts").then().statusCode(400)
                .contentType("application/problem+json");
        Response started = start(null, Map.of("topic", "nine-tasks", "size", 2));
        String token = started.header("X-Guest-Token");
        long id = started.jsonPath().getLong("id");
        answer(token, id, 1, Map.of("optionIds", List.of(1), "text", "tre")).then().statusCode(400)
                .body("errors.field", hasItem("exactlyOneAnswer"));
        answer(token, id, 1, Map.of("pairs", Map.of("không-phải-số", 1))).then().statusCode(400);
        given().header("X-Guest-Token", "không-hợp-lệ").get("/api/v1/attempts/{id}", id).then().statusCode(404);
    }

    @Test
    void anUnknownGuestTokenCannotStartAnAttempt() {
        start("A".repeat(43), Map.of("topic", "nine-tasks")).then().statusCode(401)
                .contentType("application/problem+json");
    }

    @Test
    void aTestHidesFeedbackUntilTheEnd() {
        Response started = start(null, Map.of("topic", "five-lessons", "size", 8, "mode", "test",
                "timeLimitMinutes", 10));
        String token = started.header("X-Guest-Token");
        long id = started.jsonPath().getLong("id");
        assertThat(started.jsonPath().getString("deadline")).isNotBlank();
        Response answered = answer(token, id, 1, KeyAnswers.body(KeyAnswers.right(keys.key(id, 1))));
        answered.then().statusCode(200);
        assertThat(answered.asString()).doesNotContain("correct").doesNotContain("feedback");
        given().header("X-Guest-Token", token).get("/api/v1/attempts/{id}", id).then()
                .body("questions[0].answered", equalTo(true)).body("questions[0].feedback", equalTo(null));
        given().header("X-Guest-Token", token).contentType(ContentType.JSON).post("/api/v1/attempts/{id}/finish", id).then()
                .body("score", equalTo(1)).body("items[0].feedback.correct", equalTo(true))
                .body("items[1].feedback.correct", equalTo(false));
    }

    @Test
    void aSignedInLearnerUsesBasicAuthAndSeesProgress() {
        String name = "nguoi-hoc-" + UUID.randomUUID().toString().substring(0, 6);
        accounts.signUp(name, "mat-khau-bi-mat", "Người học", Role.LEARNER);
        var auth = given().auth().preemptive().basic(name, "mat-khau-bi-mat");
        Response started = auth.contentType(ContentType.JSON).body(Map.of("topic", "mixed", "size", 4))
                .post("/api/v1/attempts");
        started.then().statusCode(201);
        assertThat(started.header("X-Guest-Token")).isNull();
        long id = started.jsonPath().getLong("id");
        for (int p = 1; p <= 4; p++) {
            given().auth().preemptive().basic(name, "mat-khau-bi-mat").contentType(ContentType.JSON)
                    .body(KeyAnswers.body(p <= 3 ? KeyAnswers.right(keys.key(id, p)) : KeyAnswers.wrong(keys.key(id, p))))
                    .put("/api/v1/attempts/{id}/answers/{p}", id, p).then().statusCode(200);
        }
        given().auth().preemptive().basic(name, "mat-khau-bi-mat").contentType(ContentType.JSON).post("/api/v1/attempts/{id}/finish", id)
                .then().body("score", equalTo(3));
        JsonPath progress = given().auth().preemptive().basic(name, "mat-khau-bi-mat").get("/api/v1/me/progress")
                .then().statusCode(200).extract().jsonPath();
        assertThat(progress.getInt("answered")).isEqualTo(4);
        assertThat(progress.getInt("correct")).isEqualTo(3);
        assertThat(progress.getInt("streakDays")).isEqualTo(1);
        assertThat(progress.getList("history.score")).containsExactly(3);
        assertThat(progress.getList("weakestFacts.factId"))
                .containsExactlyInAnyOrderElementsOf(facts.of(keys.questionId(id, 4)));
        assertThat(progress.getList("topics.topic")).contains("nine-tasks", "mixed");
    }

    @Test
    void theLearnerApiIsDescribedInOpenApi() {
        JsonPath doc = given().accept(ContentType.JSON).get("/q/openapi?format=json").then().statusCode(200)
                .extract().jsonPath();
        Map<String, Object> paths = doc.getMap("paths");
        assertThat(paths).containsKeys("/api/v1/attempts", "/api/v1/attempts/{id}",
                "/api/v1/attempts/{id}/answers/{position}", "/api/v1/attempts/{id}/finish", "/api/v1/me/progress");
        assertThat(doc.getMap("components.securitySchemes")).containsKeys("guest", "basic");
        assertThat(doc.getString("paths.'/api/v1/attempts'.post.summary")).isEqualTo("Start an attempt");
        assertThat(doc.getMap("components.schemas.Answer.properties")).containsKeys("optionIds", "order", "pairs",
                "value", "text");
    }
}
