package vn.civicsquiz.teacher;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static vn.civicsquiz.teacher.TeacherApi.create;
import static vn.civicsquiz.teacher.TeacherApi.option;
import static vn.civicsquiz.teacher.TeacherApi.pillarsQuestion;
import static vn.civicsquiz.teacher.TeacherApi.teacher;
import static vn.civicsquiz.teacher.TeacherApi.unique;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.civicsquiz.learner.AccountService;
import vn.civicsquiz.learner.BasicAuth;
import vn.civicsquiz.learner.Role;

@QuarkusTest
class QuestionApiTest {

    @Inject
    AccountService accounts;

    @Inject
    LearnerAnswers answers;

    @Test
    void aQuestionALearnerAnsweredIsRetiredNotDeleted() {
        long id = create(pillarsQuestion(unique("Trụ cột nào do nhân dân đảm nhiệm?")));
        answers.answer(id, "three-pillars");

        teacher().get("/api/v1/questions/" + id).then().body("answered", equalTo(true));
        teacher().delete("/api/v1/questions/" + id).then().statusCode(200).body("status", equalTo("retired"));
        teacher().get("/api/v1/questions/" + id).then().statusCode(200).body("status", equalTo("retired"));
    }

    @Test
    void aRealSourceArticleMayBeQuoted() {
        Map<String, Object> q = new HashMap<>(pillarsQuestion(unique("Bài báo nào nói về ba trụ cột?")));
        q.put("sourceId", "000_7edb9b8851f52cde");
        q.put("quote", "Một câu trong bài báo.");

        teacher().body(q).post("/api/v1/questions").then().statusCode(201)
                .body("sourceId", equalTo("000_7edb9b8851f52cde"));
    }

    @Test
    void teacherWritesReadsAndFindsAQuestion() {
        String stem = unique("Trụ cột nào KHÔNG thuộc nền đối ngoại toàn diện?");
        JsonPath created = teacher().body(pillarsQuestion(stem)).post("/api/v1/questions")
                .then().statusCode(201).header("Location", containsString("/api/v1/questions/"))
                .body("status", equalTo("draft")).body("origin", equalTo("teacher")).body("version", equalTo(0))
                .body("difficulty", equalTo(0.3f)).body("answered", equalTo(false))
                .extract().jsonPath();
        long id = created.getLong("id");

        teacher().get("/api/v1/questions/" + id).then().statusCode(200)
                .body("stem", equalTo(stem))
                .body("options.text", contains("Đối ngoại Đảng", "Ngoại giao Nhà nước", "Đối ngoại nhân dân",
                        "Ngoại giao pháo hạm"))
                .body("options.correct", contains(false, false, false, true))
                .body("factIds", contains("pillar-party", "pillar-people", "pillar-state"));
        teacher().get("/api/v1/questions?topic=three-pillars&kind=negative&status=draft&size=100").then()
                .statusCode(200).body("items.id", hasItem((int) id)).body("size", equalTo(100));
    }

    @Test
    void aQuestionBreakingRulesIsRefusedWithEveryFieldAtFault() {
        Map<String, Object> q = new HashMap<>(pillarsQuestion(unique("Câu hỏi sai?")));
        q.put("topic", "lịch-sử");
        q.put("options", List.of(option("Hòa bình", false), option("HOÀ  BÌNH", false)));
        q.put("sourceId", "khong-co-bai-nay");

        teacher().header("Accept-Language", "en").body(q).post("/api/v1/questions").then().statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("detail", equalTo("The question breaks 4 rules"))
                .body("errors.field", contains("topic", "sourceId", "options[1].text", "options"))
                .body("errors[0].message", containsString("nine-tasks, five-lessons"))
                .body("errors[2].message", equalTo("repeats options[0].text after normalisation"))
                .body("errors[3].message", equalTo("a NEGATIVE question needs exactly 1 correct option, it has 0"));
        // Vietnamese by default, with the allowed values and how to fix
        teacher().body(q).post("/api/v1/questions").then().statusCode(400)
                .body("detail", equalTo("Câu hỏi vi phạm 4 quy tắc"))
                .body("errors[0].message", equalTo("không có chủ đề 'lịch-sử'; các chủ đề: nine-tasks, five-lessons,"
                        + " three-pillars, figures, people, events, phrases"))
                .body("errors[3].message", equalTo("câu hỏi NEGATIVE cần đúng 1 phương án đúng (correct: true), câu"
                        + " này có 0"));
    }

    @Test
    void onlyTeachersMayUseTheApi() {
        accounts.upsert("học.viên.api", "mật khẩu học viên", Role.LEARNER);

        given().header("Authorization", BasicAuth.header("học.viên.api", "mật khẩu học viên"))
                .get("/api/v1/questions").then().statusCode(403).contentType("application/problem+json");
        given().redirects().follow(false).get("/api/v1/questions").then().statusCode(401);
        given().header("Authorization", BasicAuth.header("học.viên.api", "mật khẩu học viên"))
                .contentType("application/json").body(pillarsQuestion(unique("Học viên viết câu hỏi?")))
                .post("/api/v1/questions").then().statusCode(403);
    }

    @Test
    void staleVersionsAreRefusedWith409() {
        String stem = unique("Nền ngoại giao có mấy trụ cột?");
        long id = create(pillarsQuestion(stem));
        Map<String, Object> edit = new HashMap<>(pillarsQuestion(stem));
        edit.put("explanation", "Ba trụ cột, theo bài phát biểu của Tổng Bí thư.");
        edit.put("version", 0);

        teacher().body(edit).put("/api/v1/questions/" + id).then().statusCode(200)
                .body("version", equalTo(1)).body("explanation", equalTo("Ba trụ cột, theo bài phát biểu của Tổng Bí thư."));
        teacher().body(edit).put("/api/v1/questions/" + id).then().statusCode(409)
                .contentType("application/problem+json").body("detail", containsString("phiên bản 1, của bạn 0"));
        edit.remove("version");
        teacher().body(edit).put("/api/v1/questions/" + id).then().statusCode(400).body("errors[0].field",
                equalTo("version"));
    }

    @Test
    void anIdenticalLiveQuestionIsAConflict() {
        String stem = unique("Hội nghị Đối ngoại toàn quốc lần thứ nhất diễn ra năm nào?");
        long first = create(pillarsQuestion(stem));
        Map<String, Object> same = new HashMap<>(pillarsQuestion(stem.toUpperCase()));
        same.put("title", "Khác tiêu đề");

        teacher().body(same).post("/api/v1/questions").then().statusCode(409)
                .body("detail", equalTo("Đã có một câu hỏi giống hệt: " + first));
    }

    @Test
    void statusMovesFromDraftToPublishedToRetiredAndRetiredIsFinal() {
        long id = create(pillarsQuestion(unique("Trụ cột thứ nhất là gì?")));

        status(id, "published", 0).statusCode(200).body("status", equalTo("published")).body("version", equalTo(1));
        status(id, "draft", 1).statusCode(200).body("status", equalTo("draft"));
        status(id, "published", 2).statusCode(200);
        status(id, "retired", 3).statusCode(200).body("status", equalTo("retired"));
        status(id, "published", 4).statusCode(409).body("detail", containsString("đã ngừng dùng và không đổi được nữa"));
        Map<String, Object> edit = new HashMap<>(pillarsQuestion("Sửa câu đã ngừng dùng?"));
        edit.put("version", 4);
        teacher().body(edit).put("/api/v1/questions/" + id).then().statusCode(409);
        teacher().get("/api/v1/questions?status=retired&size=100").then().body("items.id", hasItem((int) id));
    }

    @Test
    void anUnansweredQuestionIsDeleted() {
        long id = create(pillarsQuestion(unique("Câu sẽ bị xóa?")));

        teacher().delete("/api/v1/questions/" + id + "?version=0").then().statusCode(204);
        teacher().get("/api/v1/questions/" + id).then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void textIsStoredNormalised() {
        String stem = unique("Hội   nghị  Đối ngoại toàn quốc diễn ra ở đâu?");
        Map<String, Object> q = new HashMap<>(pillarsQuestion(Normalizer.normalize(stem, Normalizer.Form.NFD)));

        long id = create(q);

        teacher().get("/api/v1/questions/" + id).then()
                .body("stem", equalTo(stem.replaceAll(" +", " ")));
    }

    @Test
    void numericAndTrueFalseQuestions() {
        Map<String, Object> numeric = Map.of("kind", "NUMERIC", "topic", "figures",
                "stem", unique("Việt Nam có quan hệ ngoại giao với bao nhiêu quốc gia?"),
                "numericAnswer", 189, "tolerance", 0.5);
        Map<String, Object> trueFalse = Map.of("kind", "TRUE_FALSE", "topic", "events",
                "stem", unique("Hội nghị diễn ra ngày 14/12/2021."),
                "options", List.of(option("Đúng", true), option("Sai", false)));

        teacher().body(numeric).post("/api/v1/questions").then().statusCode(201)
                .body("numericAnswer", equalTo(189)).body("tolerance", equalTo(0.5f)).body("options.size()", equalTo(0));
        teacher().body(trueFalse).post("/api/v1/questions").then().statusCode(201);
        Map<String, Object> negative = new HashMap<>(numeric);
        negative.put("tolerance", -1);
        negative.put("stem", unique("Sai dung sai?"));
        teacher().body(negative).post("/api/v1/questions").then().statusCode(400)
                .body("errors.field", contains("tolerance"));
    }

    @Test
    void badParametersAndBodiesAre400() {
        teacher().get("/api/v1/questions?kind=ESSAY").then().statusCode(400).body("errors[0].field", equalTo("kind"));
        teacher().get("/api/v1/questions?size=1000").then().statusCode(400).body("errors[0].field", equalTo("size"));
        teacher().body("{\"kind\": \"SINGLE\", ").post("/api/v1/questions").then().statusCode(400)
                .contentType("application/problem+json");
        teacher().body("{\"kind\": \"ESSAY\"}").post("/api/v1/questions").then().statusCode(400);
        teacher().post("/api/v1/questions/999999999/status").then().statusCode(400);
        teacher().get("/api/v1/questions/999999999").then().statusCode(404);
    }

    @Test
    void theApiIsDescribedWithExamples() {
        String openapi = given().get("/q/openapi?format=json").then().statusCode(200).extract().asString();

        assertThat(openapi).contains("/api/v1/questions/import", "/api/v1/questions/{id}/status",
                "Ngoại giao pháo hạm", "trùng với options[0].text", "$CATEGORY: $course$/top/");
    }

    private static io.restassured.response.ValidatableResponse status(long id, String status, int version) {
        return teacher().body(Map.of("status", status, "version", version))
                .post("/api/v1/questions/" + id + "/status").then();
    }
}
