package vn.civicsquiz.classes;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
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

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** An assignment shows as done with its score (and late when it was) to the learner and to the teacher. */
@QuarkusTest
class AssignmentCompletionTest {

    static final String PASSWORD = "mật-khẩu-thử-nghiệm";

    @Inject
    AccountService accounts;
    @Inject
    ClassService classes;
    @Inject
    AssignmentMarks marks;
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
    void aFinishedAssignmentIsDoneWithItsScoreForTheLearnerAndTheTeacher() {
        String run = UUID.randomUUID().toString().substring(0, 6);
        bank.ensureTopics();
        String topic = "three-pillars";
        long teacherId = accounts.signUp("gv." + run, PASSWORD, "Cô Lan", Role.TEACHER).id;
        String memberName = "hs." + run;
        long member = accounts.signUp(memberName, PASSWORD, null, Role.LEARNER).id;
        long idle = accounts.signUp("hs2." + run, PASSWORD, null, Role.LEARNER).id;
        ClassView created = classes.create(teacherId, new ClassInput("Lớp 12A " + run));
        classes.join(member, created.joinCode());
        classes.join(idle, created.joinCode());
        // 23:00 in Hà Nội is 16:00 UTC
        OffsetDateTime deadline = OffsetDateTime.of(2099, 6, 1, 16, 0, 0, 0, ZoneOffset.UTC);
        AssignmentView assigned = classes.assign(created.id(), teacherId, new AssignmentInput(topic, 5, deadline));

        assertThat(classes.assignmentsOfMember(member)).singleElement()
                .satisfies(a -> assertThat(a.done()).isFalse());
        String before = given().header("Authorization", BasicAuth.header(memberName, PASSWORD)).get("/assignments")
                .then().statusCode(200).extract().asString();
        assertThat(before).contains("01/06/2099 23:00").contains("name=\"assignment\" value=\"" + assigned.id() + "\"")
                .doesNotContain("Đã làm");

        LearnerRef learner = learners.ofAccount(member);
        QuizAttempt attempt = attempts.start(learner, new StartRequest(topic, 5, QuizMode.test, false, null,
                assigned.id()));
        for (int p = 1; p <= attempt.size; p++) {
            answers.answer(learner, attempt.id, p, p <= 3 ? KeyAnswers.right(keys.key(attempt.id, p))
                    : KeyAnswers.wrong(keys.key(attempt.id, p)));
        }
        attempts.finish(learner, attempt.id);

        AssignmentView done = classes.assignmentsOfMember(member).get(0);
        assertThat(done.done()).isTrue();
        assertThat(done.score()).isEqualByComparingTo("3");
        assertThat(done.late()).isFalse();
        String after = given().header("Authorization", BasicAuth.header(memberName, PASSWORD)).get("/assignments")
                .then().statusCode(200).extract().asString();
        assertThat(after).contains("Đã làm: 3/5 câu đúng").doesNotContain("Nộp muộn")
                .doesNotContain("name=\"assignment\" value=\"" + assigned.id() + "\"");
        assertThat(given().header("Authorization", BasicAuth.header(memberName, PASSWORD)).get("/").asString())
                .contains("Đã làm: 3/5 câu đúng");

        List<AssignmentResult> results = marks.results(created.id(), assigned.id(), teacherId);
        assertThat(results).hasSize(2);
        assertThat(results).filteredOn(AssignmentResult::done).singleElement().satisfies(r -> {
            assertThat(r.accountId()).isEqualTo(member);
            assertThat(r.score()).isEqualByComparingTo("3");
            assertThat(r.max()).isEqualTo(5);
        });
        JsonPath api = given().header("Authorization", BasicAuth.header("gv." + run, PASSWORD))
                .get("/api/v1/classes/{c}/assignments/{a}/results", created.id(), assigned.id())
                .then().statusCode(200).extract().jsonPath();
        assertThat(api.getList("status", String.class)).containsExactlyInAnyOrder("done", "not_started");
        assertThat(api.getString("find { it.status == 'done' }.finishedAt")).endsWith("+07:00");
        String csv = given().header("Authorization", BasicAuth.header("gv." + run, PASSWORD))
                .accept("text/csv").get("/api/v1/classes/{c}/assignments/{a}/results", created.id(), assigned.id())
                .then().statusCode(200).extract().asString();
        assertThat(csv).startsWith("\uFEFFaccount_id,").contains("," + memberName + "," + memberName + ",done,1,3,5,60,");
        given().header("Authorization", BasicAuth.header("gv." + run, PASSWORD))
                .get("/api/v1/classes/{c}/assignments/{a}/results", created.id(), assigned.id() + 999_999)
                .then().statusCode(404);

        // handed in after the deadline: late
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                        "UPDATE class_assignment SET deadline = ?2 WHERE id = ?1")
                .setParameter(1, assigned.id()).setParameter(2, attempt.startedAt.minusHours(1)).executeUpdate());
        assertThat(classes.assignmentsOfMember(member).get(0).late()).isTrue();
        assertThat(given().header("Authorization", BasicAuth.header(memberName, PASSWORD)).get("/assignments")
                .asString()).contains("Nộp muộn");
    }
}
