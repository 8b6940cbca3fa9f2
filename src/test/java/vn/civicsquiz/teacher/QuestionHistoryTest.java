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
    void importedAndBulkChangedQuestionsRecordTheVersionTheyStoredInOneGo() {
        String file = "$CATEGORY: $course$/top/Lịch sử " + RUN + "\n\n::A::Trụ cột thứ nhất? " + RUN + "-h3{=Đảng ~Pháo hạm}\n\n"
                + "::B::Trụ cột thứ hai? " + RUN + "-h3{=Nhà nước ~Pháo hạm}\n";
        List<Long> ids = teacher().contentType("text/x-gift; charset=UTF-8").body(file)
                .post("/api/v1/questions/import?format=gift&topic=three-pillars").then().statusCode(200)
                .extract().jsonPath().getList("imported.id", Long.class);
        assertThat(ids).hasSize(2);
        teacher().contentType(ContentType.JSON).body(Map.of("action", "publish", "ids", ids))
                .post("/api/v1/questions/bulk").then().statusCode(200);
        for (long id : ids) {
            JsonPath h = history(id);
            assertThat(h.getList("change", String.class)).containsExactly("imported", "published");
            assertThat(h.getInt("[1].version")).isEqualTo(get(id).getInt("version"));
            assertThat(h.getInt("[0].version")).isLessThan(h.getInt("[1].version"));
            assertThat(h.getString("[0].question.set")).isNotNull();
        }
        teacher().contentType(ContentType.JSON).body(Map.of("action", "retire", "ids", ids))
                .post("/api/v1/questions/bulk").then().statusCode(200);
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
