package vn.civicsquiz.teacher.stats;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.civicsquiz.learner.BasicAuth;
import vn.civicsquiz.learner.LearnerRef;
import vn.civicsquiz.question.Question;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/**
 * Statistics checked against a dataset small enough to compute by hand. Four learners of one class, three
 * SINGLE questions, option A right ("✓" right, "✗" wrong, "–" not answered):
 * <pre>
 *            Q1      Q2      Q3     total score
 *   An       ✓ A     ✓ A     ✓ A    3/3 = 1.000   upper group
 *   Bình     ✓ A     ✗ B     ✓ A    2/3 = 0.667
 *   Chi      ✓ A     ✗ C     –      1/2 = 0.500
 *   Dũng     ✗ B     ✓ A     ✗ B    1/3 = 0.333   lower group
 * </pre>
 * Groups: 27% of 4 learners = 1.08, rounded to 1 learner each (An upper, Dũng lower).
 * Facility: Q1 3/4 = 75%, Q2 2/4 = 50%, Q3 2/3 = 66.67%.
 * Discrimination (upper rate - lower rate): Q1 1 - 0 = 1, Q2 1 - 1 = 0, Q3 1 - 0 = 1.
 * Point-biserial, Pearson r of item score and total: Q2 items (1,0,0,1) with totals (1, 2/3, 1/2, 1/3):
 * means 1/2 and 5/8, deviations (1/2,-1/2,-1/2,1/2) and (3/8,1/24,-1/8,-7/24); sum of products 1/12, sums of
 * squares 1 and 140/576, so r = (1/12) / sqrt(140/576) = 2/sqrt(140) = 0.1690. Q1 the same way: 0.6831.
 * Q3 over An, Bình, Dũng: items (1,1,0), totals (1, 2/3, 1/3): r = (1/3) / sqrt(2/3 * 2/9) = 0.8660.
 * Picks: Q1 A 3, B 1, C 0, D 0 (C and D never picked); Q2 A 2, B 1, C 1, D 0; Q3 A 2, B 1, C 0, D 0.
 */
@QuarkusTest
class StatsApiTest {

    static final String TEACHER = BasicAuth.header("teacher", "teacher-test-password");

    @Inject
    AnsweredQuizzes quizzes;

    @Test
    void facilityDiscriminationAndPicksMatchTheHandComputedValues() {
        String run = UUID.randomUUID().toString().substring(0, 6);
        List<Question> q = List.of(
                quizzes.question("phrases", "Câu 1 " + run + ": Ba trụ cột là gì?", "Đối ngoại Đảng", "Ngoại giao pháo hạm",
                        "Ngoại giao đô la", "Ngoại giao cây gậy"),
                quizzes.question("phrases", "Câu 2 " + run + ": Hội nghị diễn ra năm nào?", "2021", "2019", "2020", "2022"),
                quizzes.question("phrases", "Câu 3 " + run + ": Ai chủ trì hội nghị?", "Bộ Chính trị", "Quốc hội",
                        "Chính phủ", "Mặt trận"));
        long classId = createClass("Lớp 12A1 " + run);
        String code = given().header("Authorization", TEACHER).get("/api/v1/classes/{id}", classId)
                .then().statusCode(200).extract().path("joinCode");
        LearnerRef an = member("an-" + run, "Nguyễn Văn An", code);
        LearnerRef binh = member("bình-" + run, "Trần Thị Bình", code);
        LearnerRef chi = member("chi-" + run, "Lê Minh Chi", code);
        LearnerRef dung = member("dũng-" + run, "Phạm Đức Dũng", code);

        answer(an, q, 0, 0, 0);
        answer(binh, q, 0, 1, 0);
        answer(chi, q.subList(0, 2), 0, 2);
        answer(dung, q, 1, 0, 1);

        JsonPath stats = given().header("Authorization", TEACHER).queryParam("classId", classId)
                .get("/api/v1/stats/questions").then().statusCode(200).contentType(ContentType.JSON)
                .extract().jsonPath();
        assertThat(stats.getLong("total")).isEqualTo(3);
        assertThat(stats.getLong("rankedLearners")).isEqualTo(4);
        assertThat(stats.getLong("groupSize")).isEqualTo(1);
        assertQuestion(stats, q.get(0), 4, 3, 75.0, 1.0, 0.6831, List.of(3, 1, 0, 0), List.of(2, 3));
        assertQuestion(stats, q.get(1), 4, 2, 50.0, 0.0, 0.1690, List.of(2, 1, 1, 0), List.of(3));
        assertQuestion(stats, q.get(2), 3, 2, 66.67, 1.0, 0.8660, List.of(2, 1, 0, 0), List.of(2, 3));

        // without a class the running totals kept by the answer trigger give the same counts
        JsonPath everyone = given().header("Authorization", TEACHER).queryParam("topic", "phrases")
                .queryParam("size", 1000).get("/api/v1/stats/questions").then().statusCode(200).extract().jsonPath();
        assertThat(everyone.getLong("total")).as("the kept count of the topic's answered questions")
                .isEqualTo(everyone.getList("items").size()).isGreaterThanOrEqualTo(3);
        Map<String, Object> q1 = everyone.getMap("items.find { it.questionId == " + q.get(0).id + " }");
        assertThat(q1).containsEntry("answers", 4).containsEntry("correct", 3).containsEntry("facility", 75.0f);
        assertThat(everyone.getList("items.find { it.questionId == " + q.get(0).id + " }.options.picks"))
                .containsExactly(3, 1, 0, 0);

        JsonPath learners = given().header("Authorization", TEACHER).queryParam("classId", classId)
                .get("/api/v1/stats/learners").then().statusCode(200).extract().jsonPath();
        assertThat(learners.getList("items.displayName"))
                .containsExactly("Nguyễn Văn An", "Trần Thị Bình", "Lê Minh Chi", "Phạm Đức Dũng");
        assertThat(learners.getList("items.answers")).containsExactly(3, 3, 2, 3);
        assertThat(learners.getList("items.correct")).containsExactly(3, 2, 1, 1);
        assertThat(learners.getList("items.percentCorrect", Double.class)).containsExactly(100.0, 66.67, 50.0, 33.33);
        assertThat(learners.getList("items.attempts")).containsExactly(1, 1, 1, 1);
        assertThat(learners.getList("items.lastActivity")).doesNotContainNull();

        Response csv = given().header("Authorization", TEACHER).header("Accept", "text/csv")
                .queryParam("classId", classId).get("/api/v1/stats/learners");
        csv.then().statusCode(200).header("Content-Type", containsString("text/csv"))
                .header("Content-Type", containsString("charset=UTF-8"));
        byte[] body = csv.asByteArray();
        assertThat(Arrays.copyOf(body, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String[] lines = new String(body, 3, body.length - 3, StandardCharsets.UTF_8).split("\r\n");
        assertThat(lines[0]).isEqualTo("account_id,username,display_name,attempts,answers,correct,percent_correct,"
                + "last_activity");
        assertThat(lines[2]).contains(",bình-" + run + ",Trần Thị Bình,1,3,2,66.67,");
        assertThat(lines).hasSize(6);
        assertThat(lines[5]).isEqualTo("total,4 learners,,,11,7,63.64,");

        String questionsCsv = new String(given().header("Authorization", TEACHER).queryParam("classId", classId)
                .queryParam("format", "csv").get("/api/v1/stats/questions").then().statusCode(200)
                .extract().asByteArray(), StandardCharsets.UTF_8);
        assertThat(questionsCsv).startsWith("\uFEFFquestion_id,topic,kind,stem,answers,correct,facility_percent,")
                .contains(q.get(0).id + ",phrases,SINGLE,Câu 1 " + run + ": Ba trụ cột là gì?,4,3,75,1,0.6831,"
                        + "Đối ngoại Đảng (✓): 3 | Ngoại giao pháo hạm: 1 | Ngoại giao đô la: 0 | "
                        + "Ngoại giao cây gậy: 0,Ngoại giao đô la | Ngoại giao cây gậy");
    }

    @Test
    void statisticsAreForTeachersOnly() {
        given().get("/api/v1/stats/questions").then().statusCode(401);
        String learner = "hà-" + UUID.randomUUID().toString().substring(0, 6);
        quizzes.learner(learner, "Đỗ Thu Hà");
        given().header("Authorization", BasicAuth.header(learner, "mật-khẩu-thử-nghiệm"))
                .get("/api/v1/stats/learners").then().statusCode(403);
    }

    @Test
    void badParametersAndOtherTeachersClassesAreRefused() {
        given().header("Authorization", TEACHER).queryParam("size", 0).get("/api/v1/stats/questions")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("size"));
        given().header("Authorization", TEACHER).queryParam("format", "xlsx").get("/api/v1/stats/learners")
                .then().statusCode(400).body("errors[0].field", equalTo("format"));
        given().header("Authorization", TEACHER).queryParam("classId", 999_999_999).get("/api/v1/stats/learners")
                .then().statusCode(404).contentType("application/problem+json");
    }

    private static long createClass(String name) {
        return given().header("Authorization", TEACHER).contentType(ContentType.JSON).body(Map.of("name", name))
                .post("/api/v1/classes").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private LearnerRef member(String username, String displayName, String code) {
        LearnerRef learner = quizzes.learner(username, displayName);
        given().header("Authorization", BasicAuth.header(username, "mật-khẩu-thử-nghiệm"))
                .contentType(ContentType.JSON).body(Map.of("code", code)).post("/api/v1/me/classes/join")
                .then().statusCode(200);
        return learner;
    }

    /** One attempt over the questions; choice i is the option index picked for question i. */
    private void answer(LearnerRef learner, List<Question> questions, int... choices) {
        long attempt = quizzes.attempt(learner, questions);
        for (int i = 0; i < choices.length; i++) {
            quizzes.choose(learner, attempt, i + 1, questions.get(i), choices[i]);
        }
    }

    private static void assertQuestion(JsonPath stats, Question q, int answers, int correct, double facility,
                                       double discrimination, double pointBiserial, List<Integer> picks,
                                       List<Integer> neverPicked) {
        String item = "items.find { it.questionId == " + q.id + " }";
        assertThat(stats.getInt(item + ".answers")).isEqualTo(answers);
        assertThat(stats.getInt(item + ".correct")).isEqualTo(correct);
        assertThat(stats.getDouble(item + ".facility")).isEqualTo(facility);
        assertThat(stats.getDouble(item + ".discrimination")).isEqualTo(discrimination);
        assertThat(stats.getDouble(item + ".pointBiserial")).isCloseTo(pointBiserial, within(0.0001));
        assertThat(stats.getList(item + ".options.picks", Integer.class)).isEqualTo(picks);
        assertThat(stats.getList(item + ".options.findAll { it.neverPicked }.ordinal", Integer.class))
                .isEqualTo(neverPicked);
    }
}
