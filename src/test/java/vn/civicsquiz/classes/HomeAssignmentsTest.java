package vn.civicsquiz.classes;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.civicsquiz.learner.AccountService;
import vn.civicsquiz.learner.BasicAuth;
import vn.civicsquiz.learner.Role;
import vn.civicsquiz.quiz.TestBank;
import vn.civicsquiz.web.BrowserSession;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

/** A class's assigned quizzes reach its members on the home page, where they start them. */
@QuarkusTest
class HomeAssignmentsTest {

    static final String TEACHER = ClassApiTest.TEACHER;
    static final String PASSWORD = ClassApiTest.PASSWORD;

    @Inject
    AccountService accounts;
    @Inject
    TestBank bank;
    @Inject
    EntityManager em;

    String run;
    String className;
    BrowserSession member;
    @Inject
    vn.civicsquiz.platform.time.TestClock clock;

    @org.junit.jupiter.api.AfterEach
    void backToNow() {
        clock.reset();
    }

    @BeforeEach
    void aClassWithAnOpenAndAnOverdueAssignment() {
        bank.ensureTopics();
        run = UUID.randomUUID().toString().substring(0, 6);
        className = "Lớp 11B2 – Đối ngoại " + run;
        var created = given().header("Authorization", TEACHER).contentType(ContentType.JSON)
                .body(Map.of("name", className)).post("/api/v1/classes").then().statusCode(201).extract().jsonPath();
        long classId = created.getLong("id");
        String memberName = "Ngọc.Ánh." + run;
        accounts.signUp(memberName, PASSWORD, null, Role.LEARNER);
        given().header("Authorization", BasicAuth.header(memberName, PASSWORD)).contentType(ContentType.JSON)
                .body(Map.of("code", created.getString("joinCode"))).post("/api/v1/me/classes/join")
                .then().statusCode(200);
        assign(classId, "three-pillars", 5, OffsetDateTime.now().plusDays(3));
        assign(classId, "five-lessons", 7, OffsetDateTime.now().plusDays(1));
        clock.advance(java.time.Duration.ofDays(2)); // the second deadline has passed, the first not yet
        member = BrowserSession.open();
        member.signIn(memberName, PASSWORD);
    }

    @Test
    void a_member_sees_the_open_assignment_on_the_home_page_and_the_overdue_one_only_in_the_full_list() {
        String home = member.get("/").then().statusCode(200).extract().asString();
        String section = section(home);
        assertThat(section).contains("Bài lớp bạn được giao").contains(className).contains("Ba trụ cột")
                .contains("name=\"size\" value=\"5\"").doesNotContain("name=\"size\" value=\"7\"")
                .contains("href=\"/assignments\"");

        member.get("/assignments").then().statusCode(200)
                .body(containsString("name=\"topic\" value=\"five-lessons\"")).body(containsString("Quá hạn"));
        member.get("/?lang=en").then().statusCode(200).body(containsString("Assigned to your classes"));
    }

    @Test
    void starting_from_the_home_page_gives_the_assigned_topic_and_size() {
        section(member.get("/").asString());

        Response started = member.postForm("/quiz/start", "topic", "three-pillars", "size", "5", "mode", "test");
        started.then().statusCode(303).header("Location", containsString("/q/1"));
        String question = member.get(started.header("Location").replaceFirst("^https?://[^/]+", "")).then()
                .statusCode(200).extract().asString();
        assertThat(question).contains("max=\"5\"").contains("Câu 1/5");
    }

    @Test
    void learners_outside_the_class_and_guests_see_no_assignment_section() {
        String outsiderName = "Bảo.Châu." + run;
        accounts.signUp(outsiderName, PASSWORD, null, Role.LEARNER);
        BrowserSession outsider = BrowserSession.open();
        outsider.signIn(outsiderName, PASSWORD);

        assertThat(outsider.get("/").asString()).doesNotContain("id=\"home-assignments\"");
        assertThat(BrowserSession.open().get("/").asString()).doesNotContain("id=\"home-assignments\"");
    }

    private static long assign(long classId, String topic, int size, OffsetDateTime deadline) {
        return given().header("Authorization", TEACHER).contentType(ContentType.JSON)
                .body(Map.of("topic", topic, "size", size, "deadline", deadline.withNano(0).toString()))
                .post("/api/v1/classes/{id}/assignments", classId).then().statusCode(201).extract().jsonPath()
                .getLong("id");
    }

    private static String section(String home) {
        int start = home.indexOf("id=\"home-assignments\"");
        assertThat(start).as("the home page has the assignments section").isNotNegative();
        return home.substring(start, home.indexOf("</section>", start));
    }
}
