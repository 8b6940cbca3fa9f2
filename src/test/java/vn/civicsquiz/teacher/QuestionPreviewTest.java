package vn.civicsquiz.teacher;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.civicsquiz.teacher.TeacherApi.teacher;
import static vn.civicsquiz.teacher.TeacherApi.unique;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A teacher sees any question, draft included, as a quiz asks it: the learner's shape, no answer in it. */
@QuarkusTest
class QuestionPreviewTest {

    @Test
    void aDraftIsShownAsAQuizAsksItWithoutItsAnswer() {
        String stem = unique("Trụ cột nào <b>KHÔNG</b> thuộc nền ngoại giao?");
        long id = TeacherApi.create(Map.of("kind", "SINGLE", "topic", "three-pillars", "stem", stem,
                "options", List.of(TeacherApi.option("Ngoại giao pháo hạm", true),
                        TeacherApi.option("Đối ngoại Đảng", false)),
                "explanation", "Ba trụ cột là đối ngoại Đảng, ngoại giao Nhà nước và đối ngoại nhân dân."));

        String body = teacher().get("/api/v1/questions/" + id + "/preview").then().statusCode(200).extract().asString();
        JsonPath preview = JsonPath.from(body);

        assertThat(preview.getString("kind")).isEqualTo("SINGLE");
        assertThat(preview.getString("stem")).isEqualTo(stem);
        assertThat(preview.getList("options.text", String.class))
                .containsExactly("Ngoại giao pháo hạm", "Đối ngoại Đảng");
        assertThat(preview.getBoolean("answered")).isFalse();
        assertThat(body).doesNotContain("correct", "explanation", "Ba trụ cột là");
        TeacherApi.retire(List.of(id));
    }

    @Test
    void aMatchingQuestionShowsItsChoicesAndAnUnknownIdIsAProblem() {
        long id = TeacherApi.create(Map.of("kind", "MATCHING", "topic", "people", "stem", unique("Ghép người với chức vụ"),
                "options", List.of(Map.of("text", "Bùi Thanh Sơn", "match", "Bộ trưởng Ngoại giao"),
                        Map.of("text", "Phạm Bình Minh", "match", "Phó Thủ tướng Thường trực"))));

        JsonPath preview = teacher().get("/api/v1/questions/" + id + "/preview").then().statusCode(200)
                .extract().jsonPath();
        assertThat(preview.getList("choices.text", String.class))
                .containsExactlyInAnyOrder("Bộ trưởng Ngoại giao", "Phó Thủ tướng Thường trực");

        teacher().get("/api/v1/questions/999999999/preview").then().statusCode(404)
                .contentType("application/problem+json");
        given().get("/api/v1/questions/" + id + "/preview").then().statusCode(401);
        TeacherApi.retire(List.of(id));
    }
}
