package vn.civicsquiz.teacher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.nullValue;
import static vn.civicsquiz.teacher.TeacherApi.RUN;
import static vn.civicsquiz.teacher.TeacherApi.create;
import static vn.civicsquiz.teacher.TeacherApi.pillarsQuestion;
import static vn.civicsquiz.teacher.TeacherApi.teacher;
import static vn.civicsquiz.teacher.TeacherApi.unique;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Editing as a teacher does it: GET then PUT back, merge patches, bulk changes, copies, imports published. */
@QuarkusTest
class QuestionEditingTest {

    private static final String MERGE_PATCH = "application/merge-patch+json; charset=UTF-8";

    @Inject
    LearnerAnswers answers;

    @Test
    void whatGetReturnsCanBePutBackUnchanged() {
        long id = create(pillarsQuestion(unique("Trụ cột nào do Nhà nước đảm nhiệm?")));
        String read = teacher().get("/api/v1/questions/" + id).then().statusCode(200).extract().asString();

        JsonPath put = teacher().body(read).put("/api/v1/questions/" + id).then().statusCode(200).extract().jsonPath();

        JsonPath before = new JsonPath(read);
        assertThat(put.getInt("version")).isEqualTo(before.getInt("version") + 1);
        for (String field : List.of("stem", "title", "topic", "kind", "explanation", "status", "origin")) {
            assertThat(put.getString(field)).as(field).isEqualTo(before.getString(field));
        }
        assertThat(put.getList("options")).isEqualTo(before.getList("options"));
        assertThat(put.getList("factIds")).isEqualTo(before.getList("factIds"));
    }

    @Test
    void anAnsweredQuestionPutBackUnchangedStaysTheSameQuestion() {
        long id = create(pillarsQuestion(unique("Trụ cột nào do Đảng đảm nhiệm?")));
        answers.answer(id, "three-pillars");
        String read = teacher().get("/api/v1/questions/" + id).then().body("answered", equalTo(true))
                .extract().asString();

        teacher().body(read).put("/api/v1/questions/" + id).then().statusCode(200).body("id", equalTo((int) id));
    }

    @Test
    void unknownFieldsAreStillRefusedByName() {
        long id = create(pillarsQuestion(unique("Trụ cột nào gắn với nhân dân?")));
        String read = teacher().get("/api/v1/questions/" + id).then().extract().asString();
        String withColour = read.replaceFirst("\\{", "{\"colour\": \"đỏ\", ");

        teacher().body(withColour).put("/api/v1/questions/" + id).then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("colour"));
        patch(id, "{\"version\": 0, \"colour\": \"đỏ\"}").statusCode(400).body("errors[0].field", equalTo("colour"));
    }

    @Test
    void aMergePatchChangesOnlyWhatItSendsAndChecksTheVersion() {
        String stem = unique("Ba trụ cột của nền ngoại giao là gì?");
        long id = create(pillarsQuestion(stem));

        patch(id, "{\"version\": 0, \"explanation\": \"Đảng, Nhà nước và nhân dân.\", \"title\": null}")
                .statusCode(200).body("version", equalTo(1)).body("explanation", equalTo("Đảng, Nhà nước và nhân dân."))
                .body("title", nullValue()).body("stem", equalTo(stem)).body("options[3].text", equalTo("Ngoại giao pháo hạm"))
                .body("factIds.size()", equalTo(3));

        patch(id, "{\"version\": 0, \"difficulty\": 0.9}").statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("phiên bản 1, của bạn 0"));
        patch(id, "{\"difficulty\": 0.9}").statusCode(400).body("errors[0].field", equalTo("version"));
        patch(id, "{\"version\": 1, \"status\": \"published\"}").statusCode(400)
                .body("errors[0].field", equalTo("status"));
        patch(id, "[1, 2]").statusCode(400).contentType("application/problem+json");
        patch(id, "{\"version\": 1, \"options\": [{\"text\": \"Một mình\", \"correct\": true}]}").statusCode(400)
                .body("errors.field", org.hamcrest.Matchers.hasItem("options"));
        teacher().body("{\"version\": 1, \"difficulty\": 0.3}").patch("/api/v1/questions/" + id).then().statusCode(200)
                .body("version", equalTo(2));
        teacher().contentType("text/x-gift").body("{\"version\": 2}").patch("/api/v1/questions/" + id).then()
                .statusCode(415).contentType("application/problem+json");
        patch(999_999_999L, "{\"version\": 0}").statusCode(404);
        byte[] notUtf8 = Windows1258.encode("{\"version\": 1, \"explanation\": \"Đối ngoại nhân dân\"}");
        teacher().contentType(MERGE_PATCH).body(notUtf8).patch("/api/v1/questions/" + id).then().statusCode(400)
                .contentType("application/problem+json");

        teacher().get("/api/v1/questions/" + id).then().body("version", equalTo(2)).body("difficulty", equalTo(0.3f));
    }

    @Test
    void bulkPublishChangesEveryQuestionInOneGo() {
        List<Long> ids = List.of(draft("Đối ngoại Đảng là trụ cột thứ mấy?"), draft("Ngoại giao Nhà nước là trụ cột thứ mấy?"),
                draft("Đối ngoại nhân dân là trụ cột thứ mấy?"));

        bulk(Map.of("action", "publish", "ids", ids)).statusCode(200).body("action", equalTo("publish"))
                .body("changed", equalTo(3)).body("questions.status", everyItem(equalTo("published")));
        ids.forEach(id -> teacher().get("/api/v1/questions/" + id).then().body("status", equalTo("published")));

        bulk(Map.of("action", "move", "ids", ids, "topic", "events")).statusCode(200)
                .body("questions.topic", everyItem(equalTo("events")));
        bulk(Map.of("action", "retire", "ids", ids)).statusCode(200)
                .body("questions.status", everyItem(equalTo("retired")));
    }

    @Test
    void bulkIsAllOrNothingAndNamesTheIdsThatFailed() {
        long fine = draft("Trụ cột nào thuộc về Đảng?");
        long retired = draft("Trụ cột nào thuộc về Nhà nước?");
        bulk(Map.of("action", "retire", "ids", List.of(retired))).statusCode(200);
        long missing = 999_999_998L;

        bulk(Map.of("action", "publish", "ids", List.of(fine, retired, missing))).statusCode(409)
                .contentType("application/problem+json")
                .body("errors.field", org.hamcrest.Matchers.contains("ids[1]", "ids[2]"))
                .body("errors[0].message", containsString(String.valueOf(retired)))
                .body("errors[1].message", containsString(String.valueOf(missing)));
        teacher().get("/api/v1/questions/" + fine).then().body("status", equalTo("draft")).body("version", equalTo(0));

        bulk(Map.of("action", "move", "ids", List.of(fine, retired), "topic", "events")).statusCode(409)
                .body("errors.field", org.hamcrest.Matchers.contains("ids[1]"));
        teacher().get("/api/v1/questions/" + fine).then().body("topic", equalTo("three-pillars"));
    }

    @Test
    void bulkRequestsThatMakeNoSenseAre400() {
        long id = draft("Trụ cột nào thuộc về nhân dân?");
        bulk(Map.of("action", "move", "ids", List.of(id), "topic", "lich-su")).statusCode(400)
                .body("errors[0].field", equalTo("topic")).body("errors[0].message", containsString("nine-tasks"));
        bulk(Map.of("action", "publish", "ids", List.of(id, id))).statusCode(400)
                .body("errors[0].field", equalTo("ids[1]"));
        bulk(Map.of("action", "publish", "ids", List.of())).statusCode(400).body("errors[0].field", equalTo("ids"));
        bulk(Map.of("action", "delete", "ids", List.of(id))).statusCode(400).body("errors[0].field", equalTo("action"));
        bulk(Map.of("action", "publish", "ids", List.of(id), "colour", "đỏ")).statusCode(400)
                .body("errors[0].field", equalTo("colour"));
        teacher().get("/api/v1/questions/" + id).then().body("status", equalTo("draft"));
    }

    @Test
    void aQuestionIsDuplicatedAsADraftCopy() {
        String stem = unique("Trụ cột nào là đối ngoại nhân dân?");
        long id = create(pillarsQuestion(stem));
        bulk(Map.of("action", "publish", "ids", List.of(id))).statusCode(200);

        var response = teacher().post("/api/v1/questions/" + id + "/duplicate").then().statusCode(201).extract();
        JsonPath copy = response.jsonPath();
        assertThat(response.header("Location")).endsWith("/api/v1/questions/" + copy.getLong("id"));
        assertThat(copy.getLong("id")).isNotEqualTo(id);
        assertThat(copy.getString("stem")).isEqualTo(stem + " (bản sao)");
        assertThat(copy.getString("status")).isEqualTo("draft");
        assertThat(copy.getString("origin")).isEqualTo("teacher");
        assertThat(copy.getList("options")).isEqualTo(teacher().get("/api/v1/questions/" + id).then().extract()
                .jsonPath().getList("options"));

        teacher().post("/api/v1/questions/" + id + "/duplicate").then().statusCode(201)
                .body("stem", equalTo(stem + " (bản sao 2)"));
        teacher().post("/api/v1/questions/999999997/duplicate").then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void anImportCanPublishDirectlyAndStillImportsNothingWhenAQuestionIsWrong() {
        String file = """
                ::Ba trụ cột::Trụ cột nào do nhân dân đảm nhiệm? (%1$s) {
                \t=Đối ngoại nhân dân
                \t~Ngoại giao Nhà nước
                }
                """.formatted(RUN + "-publish");
        JsonPath report = teacher().contentType("text/x-gift; charset=UTF-8").body(file)
                .post("/api/v1/questions/import?format=gift&topic=three-pillars&publish=true").then().statusCode(200)
                .body("status", equalTo("published")).extract().jsonPath();
        teacher().get("/api/v1/questions/" + report.getLong("imported[0].id")).then()
                .body("status", equalTo("published")).body("origin", equalTo("imported"));

        long before = total();
        String broken = file.replace(RUN + "-publish", RUN + "-publish-2") + """

                Câu không có chủ đề hợp lệ (%s) {=Đúng ~Sai}
                $CATEGORY: $course$/top/Lịch sử
                Câu có chủ đề lạ (%s) {=Đúng ~Sai}
                """.formatted(RUN, RUN);
        teacher().contentType("text/x-gift; charset=UTF-8").body(broken)
                .post("/api/v1/questions/import?format=gift&topic=three-pillars&publish=true").then().statusCode(400)
                .contentType("application/problem+json");
        assertThat(total()).isEqualTo(before);
    }

    private static long draft(String stem) {
        return create(pillarsQuestion(unique(stem)));
    }

    private static ValidatableResponse patch(long id, String body) {
        return teacher().contentType(MERGE_PATCH).body(body).patch("/api/v1/questions/" + id).then();
    }

    private static ValidatableResponse bulk(Map<String, Object> body) {
        return teacher().body(body).post("/api/v1/questions/bulk").then();
    }

    private static long total() {
        return teacher().get("/api/v1/questions?size=1").then().statusCode(200).extract().jsonPath().getLong("total");
    }
}
