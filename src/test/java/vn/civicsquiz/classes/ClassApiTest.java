package vn.civicsquiz.classes;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.civicsquiz.learner.AccountService;
import vn.civicsquiz.learner.BasicAuth;
import vn.civicsquiz.learner.Role;
import vn.civicsquiz.web.BrowserSession;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;

@QuarkusTest
class ClassApiTest {

    static final String TEACHER = BasicAuth.header("teacher", "teacher-test-password");
    static final String PASSWORD = "mật-khẩu-thử-nghiệm";

    @Inject
    AccountService accounts;

    @Test
    void aTeacherCreatesAClassAndAMemberSeesItsAssignmentButANonMemberDoesNot() {
        String run = UUID.randomUUID().toString().substring(0, 6);
        var created = given().header("Authorization", TEACHER).contentType(ContentType.JSON)
                .body(Map.of("name", "Lớp 12A1 – Giáo dục công dân " + run)).post("/api/v1/classes");
        created.then().statusCode(201).header("Location", containsString("/api/v1/classes/"))
                .body("name", equalTo("Lớp 12A1 – Giáo dục công dân " + run))
                .body("joinCode", matchesPattern("[A-HJ-NP-Z2-9]{8}")).body("members", equalTo(0));
        long classId = created.jsonPath().getLong("id");
        String code = created.jsonPath().getString("joinCode");
        given().header("Authorization", TEACHER).get("/api/v1/classes").then().statusCode(200)
                .body("joinCode", hasItem(code));

        String member = learner("thảo-" + run);
        String outsider = learner("khoa-" + run);
        // codes are read without case or spaces, as people type them
        given().header("Authorization", BasicAuth.header(member, PASSWORD)).contentType(ContentType.JSON)
                .body(Map.of("code", " " + code.substring(0, 4).toLowerCase() + " " + code.substring(4)))
                .post("/api/v1/me/classes/join").then().statusCode(200).body("id", equalTo((int) classId))
                .body("members", equalTo(1));

        OffsetDateTime deadline = OffsetDateTime.now().plusDays(7).withNano(0);
        given().header("Authorization", TEACHER).contentType(ContentType.JSON)
                .body(Map.of("topic", "nine-tasks", "size", 10, "deadline", deadline.toString()))
                .post("/api/v1/classes/{id}/assignments", classId).then().statusCode(201)
                .body("topic", equalTo("nine-tasks")).body("overdue", equalTo(false));

        given().header("Authorization", BasicAuth.header(member, PASSWORD)).get("/api/v1/me/assignments")
                .then().statusCode(200).body("className", hasItem("Lớp 12A1 – Giáo dục công dân " + run))
                .body("size", hasItem(10));
        given().header("Authorization", BasicAuth.header(outsider, PASSWORD)).get("/api/v1/me/assignments")
                .then().statusCode(200).body("className", not(hasItem("Lớp 12A1 – Giáo dục công dân " + run)));

        // the same on the learners' page
        BrowserSession memberBrowser = BrowserSession.open();
        memberBrowser.signIn(member, PASSWORD);
        String page = memberBrowser.get("/assignments").then().statusCode(200).extract().asString();
        assertThat(page).contains("Lớp 12A1 – Giáo dục công dân " + run).contains("Làm bài")
                .contains("name=\"csrf\"");
        BrowserSession outsiderBrowser = BrowserSession.open();
        outsiderBrowser.signIn(outsider, PASSWORD);
        assertThat(outsiderBrowser.get("/assignments").asString())
                .doesNotContain("Lớp 12A1 – Giáo dục công dân " + run).contains("chưa được giao bài nào");
    }

    @Test
    void theJoinFormExplainsMistakesAndJoinsWithAGoodCode() {
        String run = UUID.randomUUID().toString().substring(0, 6);
        String code = given().header("Authorization", TEACHER).contentType(ContentType.JSON)
                .body(Map.of("name", "Lớp 11B " + run)).post("/api/v1/classes").then().statusCode(201)
                .extract().path("joinCode");
        String learner = learner("quỳnh-" + run);
        BrowserSession browser = BrowserSession.open();
        browser.signIn(learner, PASSWORD);
        String form = browser.get("/classes/join").then().statusCode(200).extract().asString();
        assertThat(form).contains("Nhập mã lớp").contains("name=\"csrf\"").contains("lang=\"vi\"");

        browser.postForm("/classes/join", "code", "abc").then().statusCode(400)
                .body(containsString("Mã lớp phải gồm 8 chữ cái và chữ số")).body(containsString("aria-invalid"));
        browser.postForm("/classes/join", "code", "ZZZZ2222").then().statusCode(404)
                .body(containsString("Không có lớp nào có mã này"));
        var joined = browser.postForm("/classes/join", "code", code);
        assertThat(joined.statusCode()).isEqualTo(303);
        assertThat(browser.get(joined.header("Location")).asString()).contains("Bạn đã vào lớp Lớp 11B " + run);
        assertThat(browser.get("/classes/join?lang=en").asString()).contains("Join a class");
        // a form without the csrf field is refused
        browser.postRaw("/classes/join", "code", code).then().statusCode(403);
    }

    @Test
    void badInputAndRolesAreRefused() {
        given().header("Authorization", TEACHER).contentType(ContentType.JSON).body(Map.of("name", "  "))
                .post("/api/v1/classes").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("name"));
        long classId = given().header("Authorization", TEACHER).contentType(ContentType.JSON)
                .body(Map.of("name", "Lớp 10C")).post("/api/v1/classes").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        given().header("Authorization", TEACHER).contentType(ContentType.JSON)
                .body(Map.of("topic", "chiêm tinh", "size", 500, "deadline", "2001-01-01T00:00:00Z"))
                .post("/api/v1/classes/{id}/assignments", classId).then().statusCode(400)
                .body("errors.field", org.hamcrest.Matchers.contains("topic", "size", "deadline"));
        given().contentType(ContentType.JSON).body(Map.of("name", "Lớp")).post("/api/v1/classes")
                .then().statusCode(401);
        String learner = learner("vy-" + UUID.randomUUID().toString().substring(0, 6));
        given().header("Authorization", BasicAuth.header(learner, PASSWORD)).contentType(ContentType.JSON)
                .body(Map.of("name", "Lớp")).post("/api/v1/classes").then().statusCode(403);
        given().header("Authorization", BasicAuth.header(learner, PASSWORD)).contentType(ContentType.JSON)
                .body(Map.of("code", "nope")).post("/api/v1/me/classes/join").then().statusCode(400)
                .body("errors[0].field", equalTo("code"));
        given().contentType(ContentType.JSON).body(Map.of("code", "ABCDEFGH")).post("/api/v1/me/classes/join")
                .then().statusCode(401);
    }

    private String learner(String username) {
        accounts.signUp(username, PASSWORD, null, Role.LEARNER);
        return username;
    }
}
