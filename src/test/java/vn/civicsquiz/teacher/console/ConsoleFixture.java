package vn.civicsquiz.teacher.console;

import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.civicsquiz.learner.BasicAuth;
import vn.civicsquiz.web.BrowserSession;

import static io.restassured.RestAssured.given;

/** Questions written through the teachers' API, and the sessions that look at them in the console. */
public final class ConsoleFixture {

    public static final String TEACHER = "teacher";
    public static final String TEACHER_PASSWORD = "teacher-test-password";
    static final String AUTH = BasicAuth.header(TEACHER, TEACHER_PASSWORD);

    private ConsoleFixture() {
    }

    /** A short random word, so each test finds its own questions. */
    public static String run() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    /** A draft three-pillars question whose stem contains {@code words}; returns its id. */
    public static long draft(String words) {
        Map<String, Object> question = Map.of("kind", "NEGATIVE", "topic", "three-pillars",
                "stem", "Trụ cột nào KHÔNG thuộc đối ngoại (" + words + ")?",
                "options", List.of(Map.of("text", "Đối ngoại Đảng", "correct", false),
                        Map.of("text", "Ngoại giao Nhà nước", "correct", false),
                        Map.of("text", "Đối ngoại nhân dân", "correct", false),
                        Map.of("text", "Ngoại giao pháo hạm", "correct", true)),
                "explanation", "Ba trụ cột là đối ngoại Đảng, ngoại giao Nhà nước và đối ngoại nhân dân.",
                "difficulty", 0.3, "status", "draft");
        return given().header("Authorization", AUTH).contentType("application/json").body(question)
                .post("/api/v1/questions").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    public static Response question(long id) {
        return given().header("Authorization", AUTH).get("/api/v1/questions/" + id);
    }

    public static String status(long id) {
        return question(id).then().statusCode(200).extract().jsonPath().getString("status");
    }

    public static void retire(long id) {
        int version = question(id).jsonPath().getInt("version");
        given().header("Authorization", AUTH).contentType("application/json")
                .body(Map.of("status", "retired", "version", version)).post("/api/v1/questions/" + id + "/status")
                .then().statusCode(200);
    }

    public static BrowserSession teacher() {
        BrowserSession session = BrowserSession.open();
        session.signIn(TEACHER, TEACHER_PASSWORD);
        session.get("/teach/questions");
        return session;
    }

    public static BrowserSession learner() {
        BrowserSession session = BrowserSession.open();
        session.postFormFollowing307("/signup", "username", "hv" + run(), "password", "mật-khẩu-đủ-dài-1");
        return session;
    }

    /** Posts a form with repeated fields ({@code id} once per question), the page's CSRF token included. */
    public static Response post(BrowserSession session, String path, Map<String, List<String>> fields) {
        var request = given().redirects().follow(false).cookies(session.cookies())
                .contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("csrf", session.csrfToken());
        fields.forEach((name, values) -> request.formParam(name, values.toArray()));
        return request.post(path);
    }
}
