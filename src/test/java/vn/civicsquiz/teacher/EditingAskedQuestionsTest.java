package vn.civicsquiz.teacher;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.civicsquiz.teacher.TeacherApi.RUN;
import static vn.civicsquiz.teacher.TeacherApi.teacher;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.civicsquiz.quiz.GuestFixture;

/**
 * A teacher's edit never breaks what learners were shown: a change of explanation or feedback keeps the question and
 * its option ids; a change of what was asked, once the question is in someone's attempt, makes a new question.
 */
@QuarkusTest
class EditingAskedQuestionsTest {

    private static final String MERGE_PATCH = "application/merge-patch+json; charset=UTF-8";

    @Inject
    GuestFixture guests;

    @Inject
    QuizOfQuestions quizzes;

    private static long create(String stem) {
        return teacher().contentType(ContentType.JSON).body(Map.of("kind", "SINGLE", "topic", "three-pillars",
                        "stem", stem, "options", List.of(
                                Map.of("text", "Đối ngoại Đảng", "correct", true),
                                Map.of("text", "Ngoại giao pháo hạm", "correct", false))))
                .post("/api/v1/questions").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private static void publish(long id) {
        teacher().contentType(ContentType.JSON).body(Map.of("status", "published", "version", 0))
                .post("/api/v1/questions/" + id + "/status").then().statusCode(200);
    }

    private static int version(long id) {
        return teacher().get("/api/v1/questions/" + id).then().extract().jsonPath().getInt("version");
    }

    @Test
    void anAnsweredQuestionsExplanationChangesAndItsAttemptsStayReadable() {
        long id = create("Trụ cột nào? " + RUN + "-e1");
        publish(id);
        GuestFixture.Guest guest = guests.newGuest();
        long attempt = quizzes.start(guest.ref(), List.of(id));
        JsonPath quiz = given().header("X-Guest-Token", guest.token()).get("/api/v1/attempts/" + attempt).then()
                .statusCode(200).extract().jsonPath();
        long right = quiz.getLong("questions[0].options.find { it.text == 'Đối ngoại Đảng' }.id");
        given().header("X-Guest-Token", guest.token()).contentType(ContentType.JSON)
                .body(Map.of("optionIds", List.of(right))).put("/api/v1/attempts/" + attempt + "/answers/1").then()
                .statusCode(200);

        teacher().contentType(MERGE_PATCH).body("{\"version\": " + version(id) + ", \"topic\": \"three-pillars\", \"explanation\": \"Ba trụ cột.\","
                        + " \"options\": [{\"text\": \"Đối ngoại Đảng\", \"correct\": true, \"feedback\": \"Đúng.\"},"
                        + " {\"text\": \"Ngoại giao pháo hạm\", \"correct\": false}]}")
                .patch("/api/v1/questions/" + id).then().log().ifValidationFails().statusCode(200)
                .body("id", org.hamcrest.Matchers.equalTo((int) id));

        given().header("X-Guest-Token", guest.token()).get("/api/v1/attempts/" + attempt).then().statusCode(200)
                .body("questions[0].feedback.correct", org.hamcrest.Matchers.equalTo(true))
                .body("questions[0].feedback.explanation", org.hamcrest.Matchers.equalTo("Ba trụ cột."));
        given().header("X-Guest-Token", guest.token()).contentType(ContentType.JSON)
                .post("/api/v1/attempts/" + attempt + "/finish").then().statusCode(200);
        given().cookie("quiz-guest", guest.token()).get("/quiz/" + attempt + "/result").then().statusCode(200);
        retire(id); // out of the shared topic's quizzes
    }

    private static void retire(long id) {
        teacher().contentType(ContentType.JSON).body(Map.of("status", "retired", "version", version(id)))
                .post("/api/v1/questions/" + id + "/status").then().statusCode(200);
    }

    @Test
    void aQuestionInSomeonesAttemptIsForkedWhenWhatItAsksChanges() {
        long id = create("Trụ cột nào? " + RUN + "-e2");
        publish(id);
        GuestFixture.Guest guest = guests.newGuest();
        long attempt = quizzes.start(guest.ref(), List.of(id));

        JsonPath edited = teacher().contentType(MERGE_PATCH).body("{\"version\": " + version(id)
                        + ", \"topic\": \"three-pillars\", \"stem\": \"Đâu là trụ cột? " + RUN + "-e2\"}")
                .patch("/api/v1/questions/" + id).then().log().ifValidationFails().statusCode(201).extract().jsonPath();

        assertThat(edited.getLong("id")).isNotEqualTo(id);
        given().header("X-Guest-Token", guest.token()).get("/api/v1/attempts/" + attempt).then().statusCode(200)
                .body("questions[0].stem", org.hamcrest.Matchers.equalTo("Trụ cột nào? " + RUN + "-e2"));
        retire(edited.getLong("id"));
    }
}
