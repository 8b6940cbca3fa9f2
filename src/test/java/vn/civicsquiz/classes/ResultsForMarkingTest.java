package vn.civicsquiz.classes;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import vn.civicsquiz.learner.AccountService;
import vn.civicsquiz.learner.BasicAuth;
import vn.civicsquiz.learner.LearnerRef;
import vn.civicsquiz.learner.Role;
import vn.civicsquiz.quiz.AnswerService;
import vn.civicsquiz.quiz.AttemptService;
import vn.civicsquiz.quiz.GuestFixture;
import vn.civicsquiz.quiz.KeyAnswers;
import vn.civicsquiz.quiz.QuizAttempt;
import vn.civicsquiz.quiz.QuizMode;
import vn.civicsquiz.quiz.StartRequest;
import vn.civicsquiz.quiz.TestBank;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A teacher marks an assignment from the API: every member's status and counted attempt, each answer, each
 * member's attempts, and CSV files a spreadsheet opens as they are (every row, a total, dates it reads as dates).
 */
@QuarkusTest
class ResultsForMarkingTest {

    static final String PASSWORD = "mật-khẩu-thử-nghiệm";

    @Inject
    AccountService accounts;
    @Inject
    ClassService classes;
    @Inject
    AttemptService attempts;
    @Inject
    AnswerService answers;
    @Inject
    KeyAnswers keys;
    @Inject
    GuestFixture learners;
    @Inject
    TestBank bank;
    @Inject
    EntityManager em;

    @Test
    void everyMemberHasAStatusAndTheBestFinishedAttemptCounts() {
        String run = UUID.randomUUID().toString().substring(0, 6);
        bank.ensureTopics();
        long teacherId = accounts.signUp("gv." + run, PASSWORD, "Cô Hoa", Role.TEACHER).id;
        long twice = accounts.signUp("an." + run, PASSWORD, "Trần Văn An", Role.LEARNER).id;
        long busy = accounts.signUp("binh." + run, PASSWORD, "-Lê Bình", Role.LEARNER).id;
        long idle = accounts.signUp("chi." + run, PASSWORD, null, Role.LEARNER).id;
        ClassView created = classes.create(teacherId, new ClassInput("Lớp 11B " + run));
        for (long member : List.of(twice, busy, idle)) {
            classes.join(member, created.joinCode());
        }
        OffsetDateTime closes = OffsetDateTime.of(2099, 6, 1, 16, 0, 0, 0, ZoneOffset.UTC);
        AssignmentView assigned = classes.assign(created.id(), teacherId, new AssignmentInput("three-pillars", 4, closes));

        QuizAttempt first = take(twice, assigned.id(), 1);
        QuizAttempt second = take(twice, assigned.id(), 3);
        take(twice, assigned.id(), 2);
        LearnerRef started = learners.ofAccount(busy);
        QuizAttempt open = attempts.start(started, new StartRequest("three-pillars", 4, QuizMode.test, false, null,
                assigned.id()));

        RequestSpecification teacher = given().header("Authorization", BasicAuth.header("gv." + run, PASSWORD));
        String results = "/api/v1/classes/" + created.id() + "/assignments/" + assigned.id() + "/results";
        JsonPath json = teacher.get(results).then().statusCode(200).extract().jsonPath();
        assertThat(json.getList("username")).containsExactly("an." + run, "binh." + run, "chi." + run);
        assertThat(json.getList("status")).containsExactly("done", "in_progress", "not_started");
        assertThat(json.getList("attempts", Integer.class)).containsExactly(3, 1, 0);
        assertThat(json.getLong("[0].attemptId")).isEqualTo(second.id);
        assertThat(json.getDouble("[0].score")).isEqualTo(3.0);
        assertThat(json.getInt("[0].max")).isEqualTo(4);
        assertThat(json.getString("[0].finishedAt")).endsWith("+07:00");
        assertThat(json.getString("[1].startedAt")).isNotNull();
        assertThat(json.getString("[1].score")).isNull();

        String csv = new String(given().header("Authorization", BasicAuth.header("gv." + run, PASSWORD))
                .accept("text/csv").get(results).then().statusCode(200).extract().asByteArray(), StandardCharsets.UTF_8);
        List<String> lines = csv.lines().toList();
        assertThat(lines.get(0)).isEqualTo("\uFEFFaccount_id,username,display_name,status,attempts,score,max,percent,"
                + "started_at,finished_at,seconds");
        assertThat(lines).hasSize(5);
        assertThat(lines.get(1)).startsWith(twice + ",an." + run + ",Trần Văn An,done,3,3,4,75,")
                .containsPattern(",2\\d\\d\\d-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d,");
        // a display name that a spreadsheet would run as a formula stays text
        assertThat(lines.get(2)).startsWith(busy + ",binh." + run + ",'-Lê Bình,in_progress,1,,,,");
        assertThat(lines.get(4)).startsWith("total,3 members,1 finished (0 late),,,3,");

        String semicolons = new String(given().header("Authorization", BasicAuth.header("gv." + run, PASSWORD))
                .accept("text/csv").queryParam("separator", "semicolon").get(results).then().statusCode(200)
                .extract().asByteArray(), StandardCharsets.UTF_8);
        assertThat(semicolons.lines().toList().get(1)).startsWith(twice + ";an." + run + ";Trần Văn An;done;3;3;4;75;");
        assertThat(semicolons.lines().toList().get(4)).startsWith("total;3 members;1 finished (0 late);;;3;");
        teacher.queryParam("separator", "tab").accept("text/csv").get(results).then().statusCode(400);

        // each answer of the counted attempt
        JsonPath marked = given().header("Authorization", BasicAuth.header("gv." + run, PASSWORD))
                .get("/api/v1/classes/" + created.id() + "/assignments/" + assigned.id() + "/answers")
                .then().statusCode(200).extract().jsonPath();
        assertThat(marked.getList("attemptId", Long.class)).containsExactly(second.id);
        assertThat(marked.getList("[0].answers.correct", Boolean.class)).containsExactly(true, true, true, false);
        assertThat(marked.getList("[0].answers.answer")).allSatisfy(a -> assertThat((List<?>) a).isNotEmpty());
        assertThat(marked.getList("[0].answers.rightAnswer")).allSatisfy(a -> assertThat((List<?>) a).isNotEmpty());

        // every attempt of one member, then one attempt with its answers
        JsonPath mine = given().header("Authorization", BasicAuth.header("gv." + run, PASSWORD))
                .get("/api/v1/classes/" + created.id() + "/members/" + twice + "/attempts").then().statusCode(200)
                .extract().jsonPath();
        assertThat(mine.getList("score", Double.class)).containsExactly(2.0, 3.0, 1.0);
        JsonPath one = given().header("Authorization", BasicAuth.header("gv." + run, PASSWORD))
                .get("/api/v1/classes/" + created.id() + "/attempts/" + first.id).then().statusCode(200)
                .extract().jsonPath();
        assertThat(one.getList("answers.correct", Boolean.class)).containsExactly(true, false, false, false);
        given().header("Authorization", BasicAuth.header("gv." + run, PASSWORD))
                .get("/api/v1/classes/" + created.id() + "/attempts/" + open.id).then().statusCode(409);

        // another teacher sees none of it
        accounts.signUp("gv2." + run, PASSWORD, null, Role.TEACHER);
        RequestSpecification stranger = given().header("Authorization", BasicAuth.header("gv2." + run, PASSWORD));
        stranger.get(results).then().statusCode(404);
        given().header("Authorization", BasicAuth.header("gv2." + run, PASSWORD))
                .get("/api/v1/classes/" + created.id() + "/attempts/" + first.id).then().statusCode(404);
        given().header("Authorization", BasicAuth.header("gv2." + run, PASSWORD))
                .get("/api/v1/classes/" + created.id() + "/members/" + twice + "/attempts").then().statusCode(404);

        // finished after closing: late
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                        "UPDATE class_assignment SET deadline = ?2 WHERE id = ?1")
                .setParameter(1, assigned.id()).setParameter(2, first.startedAt.minusHours(1)).executeUpdate());
        assertThat(given().header("Authorization", BasicAuth.header("gv." + run, PASSWORD)).get(results).then()
                .statusCode(200).extract().jsonPath().getList("status")).containsExactly("late", "in_progress", "not_started");
    }

    @Test
    void theConsoleShowsEachQuestionsShareOfRightAnswersAndDiscrimination() {
        String run = UUID.randomUUID().toString().substring(0, 6);
        bank.ensureTopics();
        long teacherId = accounts.signUp("gv.ia." + run, PASSWORD, "Cô Lan", Role.TEACHER).id;
        long strong = accounts.signUp("dung." + run, PASSWORD, "Phạm Dũng", Role.LEARNER).id;
        long weak = accounts.signUp("em." + run, PASSWORD, "Vũ Em", Role.LEARNER).id;
        ClassView created = classes.create(teacherId, new ClassInput("Lớp 10C " + run));
        classes.join(strong, created.joinCode());
        classes.join(weak, created.joinCode());
        AssignmentView assigned = classes.assign(created.id(), teacherId, new AssignmentInput("three-pillars", 4,
                OffsetDateTime.of(2099, 6, 1, 16, 0, 0, 0, ZoneOffset.UTC)));
        take(strong, assigned.id(), 4);
        take(weak, assigned.id(), 0);

        vn.civicsquiz.web.BrowserSession browser = vn.civicsquiz.web.BrowserSession.open();
        browser.signIn("gv.ia." + run, PASSWORD);
        String page = browser.get("/teach/classes/" + created.id() + "/assignments/" + assigned.id()).then()
                .statusCode(200).extract().asString();
        String table = page.substring(page.indexOf("id=\"facility\""), page.indexOf("</table>", page.indexOf("id=\"facility\"")));
        // every question asked to both: right by the strong, wrong by the weak, so D = 1; asked to one only: "—"
        assertThat(table).contains("<meter").containsPattern("<td>(1,00|—)</td>").doesNotContain("<td>0,00</td>");
        assertThat(table.split("<tr>").length - 2).as("one row per question asked").isBetween(4, 8);
    }

    /** A finished test with the first {@code right} questions answered right, the others wrong. */
    private QuizAttempt take(long account, long assignmentId, int right) {
        LearnerRef learner = learners.ofAccount(account);
        QuizAttempt attempt = attempts.start(learner, new StartRequest("three-pillars", 4, QuizMode.test, false, null,
                assignmentId));
        for (int p = 1; p <= 4; p++) {
            answers.answer(learner, attempt.id, p, p <= right ? KeyAnswers.right(keys.key(attempt.id, p))
                    : KeyAnswers.wrong(keys.key(attempt.id, p)));
        }
        return attempts.finish(learner, attempt.id);
    }
}
