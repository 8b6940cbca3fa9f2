package vn.civicsquiz.teacher;

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

/** Who changed a question, when, into what; an edit of an asked question links the new question to the old. */
@QuarkusTest
class QuestionHistoryTest {

    private static final String MERGE_PATCH = "application/merge-patch+json; charset=UTF-8";

    @Inject
    GuestFixture guests;

    @Inject
    QuizOfQuestions quizzes;

    private static JsonPath get(long id) {
        return teacher().get("/api/v1/questions/" + id).then().statusCode(200).extract().jsonPath();
    }

    private static JsonPath history(long id) {
        return teacher().get("/api/v1/questions/" + id + "/history").then().statusCode(200).extract().jsonPath();
    }

    @Test
    void everyChangeIsRecordedWithItsAuthorAndTheQuestionAsItStoodAfterIt() {
        long id = teacher().contentType(ContentType.JSON).body(Map.of("kind", "SINGLE", "topic", "three-pillars",
                        "stem", "Trụ cột nào? " + RUN + "-h1", "options", List.of(
                                Map.of("text", "Đối ngoại Đảng", "correct", true),
                                Map.of("text", "Ngoại giao pháo hạm", "correct", false))))
                .post("/api/v1/questions").then().statusCode(201).extract().jsonPath().getLong("id");
        long author = get(id).getLong("author");
        teacher().contentType(MERGE_PATCH).body("{\"version\": 0, \"explanation\": \"Ba trụ cột.\"}")
                .patch("/api/v1/questions/" + id).then().statusCode(200);
        teacher().contentType(ContentType.JSON).body(Map.of("status", "published", "version", get(id).getInt("version")))
                .post("/api/v1/questions/" + id + "/status").then().statusCode(200);

        JsonPath h = history(id);
        assertThat(h.getList("change", String.class)).containsExactly("created", "edited", "published");
        assertThat(h.getList("changedBy", Long.class)).containsOnly(author);
        assertThat(h.getList("version", Integer.class)).isSorted().doesNotHaveDuplicates();
        assertThat(h.getString("[0].question.explanation")).isNull();
        assertThat(h.getString("[1].question.explanation")).isEqualTo("Ba trụ cột.");
        assertThat(h.getString("[2].question.status")).isEqualTo("published");
        assertThat(get(id).getLong("updatedBy")).isEqualTo(author);
        retire(id);
    }

    @Test
    void anEditOfAnAskedQuestionMakesANewOneThatReplacesItAndCarriesItsHistory() {
        long id = teacher().contentType(ContentType.JSON).body(Map.of("kind", "SINGLE", "topic", "three-pillars",
                        "status", "published", "stem", "Trụ cột nào? " + RUN + "-h2", "options", List.of(
                                Map.of("text", "Đối ngoại Đảng", "correct", true),
                                Map.of("text", "Ngoại giao pháo hạm", "correct", false))))
                .post("/api/v1/questions").then().statusCode(201).extract().jsonPath().getLong("id");
        quizzes.start(guests.newGuest().ref(), List.of(id));

        long fork = teacher().contentType(MERGE_PATCH).body("{\"version\": " + get(id).getInt("version")
                        + ", \"topic\": \"three-pillars\", \"stem\": \"Trụ cột nào thuộc nền đối ngoại? " + RUN + "-h2\"}")
                .patch("/api/v1/questions/" + id).then().log().ifValidationFails().statusCode(201)
                .extract().jsonPath().getLong("id");

        assertThat(fork).isNotEqualTo(id);
        assertThat(get(fork).getLong("replaces")).isEqualTo(id);
        assertThat(get(id).getString("status")).isEqualTo("retired");
        JsonPath h = history(fork);
        assertThat(h.getList("change", String.class)).containsExactly("created", "replaced", "forked");
        assertThat(h.getList("questionId", Long.class)).containsExactly(id, id, fork);
        assertThat(h.getList("relatedQuestion", Long.class)).containsExactly(null, fork, id);
        assertThat(h.getString("[2].question.stem")).startsWith("Trụ cột nào thuộc nền đối ngoại?");
        assertThat(history(id).getList("change", String.class)).containsExactly("created", "replaced");
        retire(fork);
    }

    @Test
    void anUnknownQuestionHasNoHistory() {
        teacher().get("/api/v1/questions/999999999/history").then().statusCode(404);
    }

    private static void retire(long id) {
        teacher().contentType(ContentType.JSON).body(Map.of("status", "retired", "version", get(id).getInt("version")))
                .post("/api/v1/questions/" + id + "/status").then().statusCode(200);
    }
}
