package vn.civicsquiz.teacher;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import vn.civicsquiz.learner.BasicAuth;

/** Calls to the teachers' API as the test teacher, and question bodies that are unique to each test run. */
final class TeacherApi {

    /** Stems carry it so a test database reused across runs never holds an identical question already. */
    static final String RUN = Long.toString(System.nanoTime(), 36);

    private TeacherApi() {
    }

    static RequestSpecification teacher() {
        return given().header("Authorization", BasicAuth.header("teacher", "teacher-test-password"))
                .contentType(ContentType.JSON);
    }

    static String unique(String stem) {
        return stem + " (" + RUN + "-" + System.nanoTime() % 1_000_000 + ")";
    }

    static Map<String, Object> option(String text, boolean correct) {
        return Map.of("text", text, "correct", correct);
    }

    /** A valid NEGATIVE question about the three pillars. */
    static Map<String, Object> pillarsQuestion(String stem) {
        return Map.of("kind", "NEGATIVE", "topic", "three-pillars", "title", "Ba trụ cột", "stem", stem,
                "options", List.of(option("Đối ngoại Đảng", false), option("Ngoại giao Nhà nước", false),
                        option("Đối ngoại nhân dân", false), option("Ngoại giao pháo hạm", true)),
                "explanation", "Ba trụ cột là đối ngoại Đảng, ngoại giao Nhà nước và đối ngoại nhân dân.",
                "difficulty", 0.3, "factIds", List.of("pillar-party", "pillar-state", "pillar-people"));
    }

    /** Retires these questions (at their current version), so that they join no later quiz. */
    static void retire(List<Long> ids) {
        for (long id : ids) {
            int version = teacher().get("/api/v1/questions/" + id).then().statusCode(200).extract().jsonPath()
                    .getInt("version");
            teacher().body(Map.of("status", "retired", "version", version)).post("/api/v1/questions/" + id + "/status")
                    .then().statusCode(200);
        }
    }

    static long create(Map<String, Object> question) {
        return teacher().body(question).post("/api/v1/questions").then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }
}
