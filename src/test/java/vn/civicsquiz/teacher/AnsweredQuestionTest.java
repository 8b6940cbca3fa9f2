package vn.civicsquiz.teacher;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static vn.civicsquiz.teacher.TeacherApi.create;
import static vn.civicsquiz.teacher.TeacherApi.pillarsQuestion;
import static vn.civicsquiz.teacher.TeacherApi.teacher;
import static vn.civicsquiz.teacher.TeacherApi.unique;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Learners' answers are history: what they answered never changes under them. */
@QuarkusTest
class AnsweredQuestionTest {

    @Inject
    LearnerAnswers learners;

    private long answeredQuestion(String stem) {
        long id = create(pillarsQuestion(stem));
        teacher().body(Map.of("status", "published", "version", 0)).post("/api/v1/questions/" + id + "/status")
                .then().statusCode(200);
        learners.answer(id, "three-pillars");
        return id;
    }

    @Test
    void deletingAQuestionOfAnUnfinishedQuizRetiresItSoTheQuizKeepsIt() {
        long id = create(pillarsQuestion(unique("Trụ cột thứ hai là gì?")));
        learners.give(id, "three-pillars");

        teacher().delete("/api/v1/questions/" + id).then().statusCode(200)
                .body("status", equalTo("retired")).body("answered", equalTo(false));
        teacher().get("/api/v1/questions/" + id).then().statusCode(200).body("status", equalTo("retired"));
    }

    @Test
    void theListSaysWhichQuestionsWereAnswered() {
        long answered = answeredQuestion(unique("Trụ cột thứ ba là gì?"));
        long fresh = create(pillarsQuestion(unique("Trụ cột thứ nhất là gì?")));

        var list = teacher().get("/api/v1/questions?topic=three-pillars&size=100").then().statusCode(200)
                .extract().jsonPath();
        assertThat(list.getBoolean("items.find { it.id == " + answered + " }.answered")).isTrue();
        assertThat(list.getBoolean("items.find { it.id == " + fresh + " }.answered")).isFalse();
    }

    @Test
    void deletingAnAnsweredQuestionRetiresIt() {
        long id = answeredQuestion(unique("Trụ cột nào không thuộc nền ngoại giao toàn diện?"));

        teacher().delete("/api/v1/questions/" + id).then().statusCode(200)
                .body("status", equalTo("retired")).body("answered", equalTo(true));
        teacher().get("/api/v1/questions/" + id).then().statusCode(200).body("status", equalTo("retired"));
    }

    @Test
    void changingWhatLearnersAnsweredRetiresTheQuestionAndCreatesANewOne() {
        String stem = unique("Đâu không phải một trụ cột đối ngoại?");
        long id = answeredQuestion(stem);
        Map<String, Object> edit = new HashMap<>(pillarsQuestion(stem));
        edit.put("options", List.of(Map.of("text", "Đối ngoại Đảng", "correct", false),
                Map.of("text", "Ngoại giao Nhà nước", "correct", false),
                Map.of("text", "Ngoại giao quân sự", "correct", true)));
        edit.put("version", 1);

        long replacement = teacher().body(edit).put("/api/v1/questions/" + id).then().statusCode(201)
                .header("Location", containsString("/api/v1/questions/"))
                .body("id", not(equalTo((int) id))).body("status", equalTo("published"))
                .body("options[2].text", equalTo("Ngoại giao quân sự"))
                .extract().jsonPath().getLong("id");

        teacher().get("/api/v1/questions/" + id).then().body("status", equalTo("retired"))
                .body("options[3].text", equalTo("Ngoại giao pháo hạm"));
        teacher().get("/api/v1/questions/" + replacement).then().statusCode(200).body("answered", equalTo(false));
    }

    @Test
    void explanationsOfAnsweredQuestionsCanStillBeCorrected() {
        String stem = unique("Ba trụ cột gồm những gì?");
        long id = answeredQuestion(stem);
        Map<String, Object> edit = new HashMap<>(pillarsQuestion(stem));
        edit.put("explanation", "Đã sửa lỗi chính tả trong phần giải thích.");
        edit.put("version", 1);

        teacher().body(edit).put("/api/v1/questions/" + id).then().statusCode(200)
                .body("id", equalTo((int) id)).body("status", equalTo("published"))
                .body("explanation", equalTo("Đã sửa lỗi chính tả trong phần giải thích."));
    }

    @Test
    void anAnsweredQuestionCannotGoBackToDraft() {
        long id = answeredQuestion(unique("Trụ cột nào do Nhà nước đảm nhiệm?"));

        teacher().body(Map.of("status", "draft", "version", 1)).post("/api/v1/questions/" + id + "/status")
                .then().statusCode(409).body("detail", containsString("hãy ngừng dùng thay vì đưa về nháp"));
        teacher().body(Map.of("status", "retired", "version", 1)).post("/api/v1/questions/" + id + "/status")
                .then().statusCode(200).body("status", equalTo("retired"));
    }
}
