package vn.civicsquiz.classes;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.civicsquiz.learner.AccountService;
import vn.civicsquiz.learner.BasicAuth;
import vn.civicsquiz.learner.Role;
import vn.civicsquiz.quiz.TestBank;
import vn.civicsquiz.teacher.stats.Rows;
import vn.civicsquiz.web.BrowserSession;

/** Assignments as a course runs them: chosen questions or sets, mode, limits, window and attempts. */
@QuarkusTest
class CourseAssignmentTest {

    static final String PASSWORD = "mật-khẩu-thử-nghiệm";

    @Inject
    AccountService accounts;
    @Inject
    ClassService classes;
    @Inject
    TestBank bank;
    @Inject
    EntityManager em;

    private record Course(String run, String teacher, long classId, String member) {
    }

    private Course course() {
        String run = UUID.randomUUID().toString().substring(0, 6);
        long teacherId = accounts.signUp("gv.k." + run, PASSWORD, "Cô Hoa", Role.TEACHER).id;
        long member = accounts.signUp("hs.k." + run, PASSWORD, null, Role.LEARNER).id;
        ClassView created = classes.create(teacherId, new ClassInput("Lớp khoá học " + run));
        classes.join(member, created.joinCode());
        return new Course(run, "gv.k." + run, created.id(), "hs.k." + run);
    }

    private static RequestSpecification as(String user) {
        return given().header("Authorization", BasicAuth.header(user, PASSWORD)).contentType(ContentType.JSON);
    }

    private static String closes() {
        return OffsetDateTime.now().plusDays(7).toString();
    }

    private static Response start(String member, long assignment) {
        BrowserSession session = BrowserSession.open();
        session.signIn(member, PASSWORD);
        session.get("/assignments");
        return session.postForm("/quiz/start", "assignment", String.valueOf(assignment));
    }

    @Transactional
    List<Long> askedQuestions(long attemptId) {
        return em.createNativeQuery("SELECT question_id FROM attempt_item WHERE attempt_id = ?1 ORDER BY position")
                .setParameter(1, attemptId).getResultList().stream().map(Rows::asLong).toList();
    }

    @Transactional
    String modeOf(long attemptId) {
        return (String) em.createNativeQuery("SELECT mode FROM quiz_attempt WHERE id = ?1").setParameter(1, attemptId)
                .getSingleResult();
    }

    private static long attemptOf(Response started) {
        String location = started.header("Location");
        return Long.parseLong(location.replaceAll(".*/quiz/(\\d+)/q/1$", "$1"));
    }

    @Test
    void chosenQuestionsAreAskedInPracticeModeOnceAndTheAssignmentLocksOnceStarted() {
        Course c = course();
        List<Long> chosen = bank.ids(bank.privateTopic(1)).subList(0, 3);
        Map<String, Object> body = new HashMap<>(Map.of("title", "Kiểm tra tuần 1", "questions", chosen,
                "mode", "practice", "closesAt", closes(), "attemptsAllowed", 1));
        long id = as(c.teacher()).body(body).post("/api/v1/classes/" + c.classId() + "/assignments").then()
                .statusCode(201).body("title", equalTo("Kiểm tra tuần 1")).body("mode", equalTo("practice"))
                .body("size", equalTo(3)).body("topic", equalTo("mixed")).body("attemptsAllowed", equalTo(1))
                .extract().jsonPath().getLong("id");

        body.put("title", "Kiểm tra tuần 1 (sửa)");
        as(c.teacher()).body(body).put("/api/v1/classes/" + c.classId() + "/assignments/" + id).then()
                .statusCode(200).body("title", equalTo("Kiểm tra tuần 1 (sửa)"));

        Response started = start(c.member(), id);
        started.then().statusCode(303);
        long attempt = attemptOf(started);
        assertThat(askedQuestions(attempt)).containsExactlyElementsOf(chosen);
        assertThat(modeOf(attempt)).isEqualTo("practice");

        as(c.teacher()).body(body).put("/api/v1/classes/" + c.classId() + "/assignments/" + id).then()
                .statusCode(409).body("detail", containsString("học viên đã bắt đầu 1 lượt"));
        as(c.teacher()).header("Accept-Language", "en").body(body)
                .put("/api/v1/classes/" + c.classId() + "/assignments/" + id).then().statusCode(409)
                .body("detail", containsString("members have started 1 attempts"));

        Response again = start(c.member(), id);
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(again.asString()).contains("Bạn đã dùng hết số lượt làm bài tập này.");

        // started work keeps its marks: the assignment can no longer be deleted; one nobody started can
        as(c.teacher()).delete("/api/v1/classes/" + c.classId() + "/assignments/" + id).then().statusCode(409);
        as(c.teacher()).get("/api/v1/classes/" + c.classId() + "/assignments/" + id + "/results").then()
                .statusCode(200);
        long unstarted = as(c.teacher()).body(body).post("/api/v1/classes/" + c.classId() + "/assignments").then()
                .statusCode(201).extract().jsonPath().getLong("id");
        as(c.teacher()).delete("/api/v1/classes/" + c.classId() + "/assignments/" + unstarted).then().statusCode(204);
        as(c.teacher()).get("/api/v1/classes/" + c.classId() + "/assignments/" + unstarted).then().statusCode(404);
    }

    @Test
    void aTestFromSetsIsTimedAndRefusedBeforeItOpens() {
        Course c = course();
        long set = as(c.teacher()).body(Map.of("name", "Bộ " + c.run())).post("/api/v1/sets").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        List<Long> inSet = bank.ids(bank.privateTopic(1)).subList(0, 4);
        fileInSet(inSet, set);

        long timed = as(c.teacher()).body(Map.of("sets", List.of(set), "size", 2, "mode", "test",
                        "timeLimitMinutes", 15, "closesAt", closes()))
                .post("/api/v1/classes/" + c.classId() + "/assignments").then().statusCode(201)
                .body("sets", contains((int) set)).body("timeLimitMinutes", equalTo(15))
                .extract().jsonPath().getLong("id");
        Response started = start(c.member(), timed);
        started.then().statusCode(303);
        long attempt = attemptOf(started);
        assertThat(askedQuestions(attempt)).hasSize(2).allMatch(inSet::contains);
        assertThat(timeLimitOf(attempt)).isEqualTo(15 * 60);

        long later = as(c.teacher()).body(Map.of("topic", "three-pillars", "size", 2, "opensAt",
                        OffsetDateTime.now().plusDays(1).toString(), "closesAt", closes()))
                .post("/api/v1/classes/" + c.classId() + "/assignments").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        Response early = start(c.member(), later);
        assertThat(early.statusCode()).isEqualTo(409);
        assertThat(early.asString()).contains("Bài tập này chưa mở. Hãy quay lại sau giờ mở.");
    }

    @Test
    void aSetListedTwiceOrListsOfThousandsAreRefusedBeforeAnythingIsStored() {
        Course c = course();
        long set = as(c.teacher()).body(Map.of("name", "Bộ hai lần " + c.run())).post("/api/v1/sets").then()
                .statusCode(201).extract().jsonPath().getLong("id");
        String assignments = "/api/v1/classes/" + c.classId() + "/assignments";
        as(c.teacher()).body(Map.of("title", "Hai lần", "size", 5, "closesAt", closes(), "sets", List.of(set, set)))
                .post(assignments).then().statusCode(400).body("errors.field", contains("sets[1]"))
                .body("errors[0].message", containsString("đã có trong danh sách"));
        List<Long> many = java.util.stream.LongStream.rangeClosed(1, 40_000).boxed().toList();
        as(c.teacher()).body(Map.of("title", "Quá nhiều", "closesAt", closes(), "questions", many)).post(assignments)
                .then().statusCode(400).body("errors.field", contains("questions"));
        as(c.teacher()).body(Map.of("title", "Quá nhiều bộ", "size", 5, "closesAt", closes(), "sets", many))
                .post(assignments).then().statusCode(400).body("errors.field", contains("sets"));
        as(c.teacher()).get(assignments).then().statusCode(200).body("size()", equalTo(0));
    }

    @Test
    void invalidAssignmentsAreExplainedInTheTeachersLanguage() {
        Course c = course();
        Map<String, Object> bad = Map.of("topic", "lich-su", "size", 5, "mode", "exam", "attemptsAllowed", 0,
                "closesAt", closes());
        as(c.teacher()).body(bad).post("/api/v1/classes/" + c.classId() + "/assignments").then().statusCode(400)
                .contentType("application/problem+json").body("detail", equalTo("Bài tập không hợp lệ"))
                .body("errors.field", contains("topic", "mode", "attemptsAllowed"))
                .body("errors[0].message", containsString("nine-tasks"))
                .body("errors[1].message", equalTo("một trong practice, test"));
        as(c.teacher()).header("Accept-Language", "en").body(bad)
                .post("/api/v1/classes/" + c.classId() + "/assignments").then().statusCode(400)
                .body("detail", equalTo("The assignment is not valid"))
                .body("errors[1].message", equalTo("one of practice, test"));
        as(c.teacher()).body(Map.of("questions", List.of(Long.MAX_VALUE), "mode", "practice", "timeLimitMinutes", 10,
                        "closesAt", closes())).post("/api/v1/classes/" + c.classId() + "/assignments").then()
                .statusCode(400).body("errors.field", hasItem("questions[0]"))
                .body("errors.field", hasItem("timeLimitMinutes"));
        // times outside this century (or past PostgreSQL's range) are refused, not stored
        as(c.teacher()).body(Map.of("topic", "nine-tasks", "size", 5, "closesAt", "+999999999-12-31T23:59:00Z"))
                .post("/api/v1/classes/" + c.classId() + "/assignments").then().statusCode(400);
        as(c.teacher()).body(Map.of("topic", "nine-tasks", "size", 5, "closesAt", "2100-01-01T07:00:00+07:00"))
                .post("/api/v1/classes/" + c.classId() + "/assignments").then().statusCode(400)
                .body("errors.field", contains("closesAt"));
        as(c.teacher()).body(Map.of("topic", "nine-tasks", "size", 5, "closesAt", closes(),
                        "opensAt", "-999999999-01-01T00:00:00Z"))
                .post("/api/v1/classes/" + c.classId() + "/assignments").then().statusCode(400);
        as(c.teacher()).body(Map.of("topic", "nine-tasks", "size", 5, "closesAt", closes(),
                        "opensAt", "1900-01-01T00:00:00Z"))
                .post("/api/v1/classes/" + c.classId() + "/assignments").then().statusCode(400)
                .body("errors.field", contains("opensAt"));
        // the older form of a topic draw still works
        as(c.teacher()).body(Map.of("topic", "nine-tasks", "size", 5, "deadline", closes()))
                .post("/api/v1/classes/" + c.classId() + "/assignments").then().statusCode(201)
                .body("mode", equalTo("test"));
    }

    @Transactional
    void fileInSet(List<Long> ids, long set) {
        em.createNativeQuery("UPDATE question SET set_id = ?1 WHERE id IN (?2)").setParameter(1, set)
                .setParameter(2, ids).executeUpdate();
    }

    @Transactional
    int timeLimitOf(long attemptId) {
        return ((Number) em.createNativeQuery("SELECT time_limit_seconds FROM quiz_attempt WHERE id = ?1")
                .setParameter(1, attemptId).getSingleResult()).intValue();
    }
}
