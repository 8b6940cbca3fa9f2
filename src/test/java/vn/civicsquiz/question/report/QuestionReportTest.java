package vn.civicsquiz.question.report;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.civicsquiz.learner.AccountService;
import vn.civicsquiz.learner.BasicAuth;
import vn.civicsquiz.learner.Role;
import vn.civicsquiz.quiz.QuestionPicker;

/**
 * "Báo lỗi câu hỏi" end to end through the API: one report per learner and question, a threshold of learners holds
 * the question back from new quizzes, the teacher sees counts and comments and retires or releases it.
 */
@QuarkusTest
class QuestionReportTest {

    private static final String RUN = Long.toString(System.nanoTime(), 36);

    @Inject
    EntityManager em;

    @Inject
    QuestionPicker picker;

    @Inject
    AccountService accounts;

    @Inject
    vn.civicsquiz.quiz.GuestFixture guests;

    private static RequestSpecification teacher() {
        return given().header("Authorization", BasicAuth.header("teacher", "teacher-test-password"))
                .contentType(ContentType.JSON);
    }

    /** This test's own questions, taken out of the shared topic afterwards so other tests' quizzes stay as they were. */
    private static final List<Long> CREATED = new java.util.ArrayList<>();

    @org.junit.jupiter.api.AfterEach
    void retireTheseQuestions() {
        if (!CREATED.isEmpty()) {
            String ids = CREATED.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(","));
            QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                    "UPDATE question SET status = 'retired' WHERE id IN (" + ids + ")").executeUpdate());
            CREATED.clear();
        }
    }

    private static long publishedQuestion(String stem) {
        Map<String, Object> q = new HashMap<>(Map.of("kind", "NEGATIVE", "topic", "three-pillars", "title", "Ba trụ cột",
                "stem", stem + " (" + RUN + "-" + System.nanoTime() % 1_000_000 + ")",
                "options", List.of(Map.of("text", "Đối ngoại Đảng", "correct", false),
                        Map.of("text", "Ngoại giao Nhà nước", "correct", false),
                        Map.of("text", "Đối ngoại nhân dân", "correct", false),
                        Map.of("text", "Ngoại giao pháo hạm", "correct", true)),
                "explanation", "Ba trụ cột là đối ngoại Đảng, ngoại giao Nhà nước và đối ngoại nhân dân.",
                "difficulty", 0.3));
        q.put("factIds", List.of("pillar-party", "pillar-state", "pillar-people"));
        q.put("status", "published");
        io.restassured.response.Response created = teacher().body(q).post("/api/v1/questions");
        assertThat(created.statusCode()).as(created.asString()).isEqualTo(201);
        long id = created.jsonPath().getLong("id");
        CREATED.add(id);
        return id;
    }

    /** A new guest, whose token the client holds, that one of its quizzes asked this question. */
    private String guestAsked(long questionId) {
        vn.civicsquiz.quiz.GuestFixture.Guest guest = guests.newGuest();
        asked(guest.ref().learnerId(), questionId);
        return guest.token();
    }

    /** A new signed-in learner (its Basic header) that one of its quizzes asked this question. */
    private String learnerAsked(long questionId) {
        String user = "hv.bl" + RUN + System.nanoTime() % 1_000_000;
        long accountId = QuarkusTransaction.requiringNew().call(() ->
                accounts.signUp(user, "mật khẩu đủ dài 1", null, Role.LEARNER).id);
        asked(guests.ofAccount(accountId).learnerId(), questionId);
        return BasicAuth.header(user, "mật khẩu đủ dài 1");
    }

    private void asked(long learnerId, long questionId) {
        QuarkusTransaction.requiringNew().run(() -> {
            long attempt = ((Number) em.createNativeQuery("""
                            INSERT INTO quiz_attempt (learner_id, topic, mode, size, started_at)
                            VALUES (?1, 'three-pillars', 'practice', 1, now()) RETURNING id""")
                    .setParameter(1, learnerId).getSingleResult()).longValue();
            em.createNativeQuery("""
                            INSERT INTO attempt_item (attempt_id, position, question_id, option_order, choice_order)
                            VALUES (?1, 1, ?2, '{}', '{}')""")
                    .setParameter(1, attempt).setParameter(2, questionId).executeUpdate();
        });
    }

    /** Files a report as a guest (its token) or a signed-in learner (a Basic header). */
    private static io.restassured.response.Response report(String who, Object questionId, String comment) {
        Map<String, Object> body = new HashMap<>();
        body.put("questionId", questionId);
        if (comment != null) {
            body.put("comment", comment);
        }
        return given().contentType(ContentType.JSON)
                .header(who.startsWith("Basic ") ? "Authorization" : "X-Guest-Token", who).body(body)
                .post("/api/v1/me/reports");
    }

    private Map<String, Object> summary(long questionId) {
        List<Map<String, Object>> all = teacher().get("/api/v1/reports").then().statusCode(200).extract().jsonPath()
                .getList("$");
        return all.stream().filter(r -> ((Number) r.get("questionId")).longValue() == questionId).findFirst()
                .orElseThrow();
    }

    private boolean heldBack(long questionId) {
        return QuarkusTransaction.requiringNew().call(() -> (Boolean) em.createNativeQuery(
                "SELECT held_back FROM question WHERE id = ?1").setParameter(1, questionId).getSingleResult());
    }

    private boolean pickable(long questionId) {
        long learner = QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "INSERT INTO learner (guest_id, guest_token_hash) VALUES (gen_random_uuid(), md5(random()::text)) RETURNING id").getSingleResult()).longValue());
        return QuarkusTransaction.requiringNew().call(() -> picker.pick(learner, "three-pillars", 10_000))
                .contains(questionId);
    }

    @Test
    void oneReportPerLearnerAndTheThresholdHoldsTheQuestionBackUntilTheTeacherRetiresIt() {
        long id = publishedQuestion("Đâu KHÔNG phải là trụ cột (báo lỗi)?");
        String first = learnerAsked(id);
        assertThat(pickable(id)).isTrue();

        JsonPath filed = report(first, id, "Đáp án  «Ngoại giao pháo hạm» có vẻ không nghiêm túc").then().statusCode(201)
                .extract().jsonPath();
        assertThat(filed.getBoolean("created")).isTrue();
        assertThat(filed.getBoolean("heldBack")).isFalse();
        // the same learner again: nothing changes, whatever the comment
        JsonPath again = report(first, id, "lần nữa").then().statusCode(200).extract().jsonPath();
        assertThat(again.getBoolean("created")).isFalse();
        assertThat(summary(id).get("openReports")).isEqualTo(1);
        assertThat(heldBack(id)).isFalse();

        report(learnerAsked(id), id, null).then().statusCode(201);
        assertThat(heldBack(id)).as("two learners are under the threshold of 3").isFalse();
        JsonPath third = report(learnerAsked(id), id, "Câu hỏi sai").then().statusCode(201).extract().jsonPath();
        assertThat(third.getBoolean("heldBack")).isTrue();
        assertThat(heldBack(id)).isTrue();
        assertThat(pickable(id)).as("held back from new quizzes").isFalse();

        Map<String, Object> reported = summary(id);
        assertThat(reported.get("openReports")).isEqualTo(3);
        assertThat(reported.get("heldBack")).isEqualTo(true);
        assertThat((List<?>) reported.get("comments")).hasSize(2);

        int version = ((Number) reported.get("version")).intValue();
        teacher().body(Map.of("version", version)).post("/api/v1/reports/" + id + "/retire").then().statusCode(200);
        Map<String, Object> after = summary(id);
        assertThat(after.get("status")).isEqualTo("retired");
        assertThat(after.get("openReports")).isEqualTo(0);
        assertThat(after.get("allReports")).as("reports are kept").isEqualTo(3);
        assertThat(pickable(id)).isFalse();
        // a retired question takes no new reports
        report(first, id, null).then().statusCode(404);
    }

    @Test
    void aReleasedQuestionReturnsToQuizzes() {
        long id = publishedQuestion("Đâu KHÔNG phải là trụ cột (giữ lại)?");
        for (int i = 0; i < 3; i++) {
            report(learnerAsked(id), id, null).then().statusCode(201);
        }
        assertThat(pickable(id)).isFalse();
        teacher().body(Map.of("version", 0)).post("/api/v1/reports/" + id + "/release").then().statusCode(200);
        assertThat(heldBack(id)).isFalse();
        assertThat(pickable(id)).isTrue();
        assertThat(summary(id).get("status")).isEqualTo("published");
    }

    @Test
    void badReportsAreRefusedAndChangeNothing() {
        long id = publishedQuestion("Đâu KHÔNG phải là trụ cột (từ chối)?");
        long neverAsked = publishedQuestion("Đâu KHÔNG phải là trụ cột (chưa hỏi)?");
        String guest = guestAsked(id);
        report(guest, neverAsked, null).then().statusCode(404); // none of this learner's quizzes asked it
        report(guest, id, "x".repeat(501)).then().statusCode(400).contentType(containsProblem());
        report(guest, 987_654_321L, null).then().statusCode(404);
        report(guest, "abc", null).then().statusCode(400);
        report(guest, -1L, null).then().statusCode(404);
        given().contentType(ContentType.JSON).header("X-Guest-Token", guest).body("{\"questionId\": ")
                .post("/api/v1/me/reports").then().statusCode(400).contentType(containsProblem());
        given().contentType(ContentType.TEXT).header("X-Guest-Token", guest).body("questionId=" + id)
                .post("/api/v1/me/reports").then().statusCode(415);
        given().contentType(ContentType.JSON).header("X-Guest-Token", "not-a-known-guest-token")
                .body(Map.of("questionId", id)).post("/api/v1/me/reports").then().statusCode(401);
        given().contentType(ContentType.JSON).body(Map.of("questionId", id)).post("/api/v1/me/reports")
                .then().statusCode(401);
        given().contentType(ContentType.JSON).header("X-Guest-Token", guest).body(Map.of("comment", "thiếu id"))
                .post("/api/v1/me/reports").then().statusCode(400);
        Number count = QuarkusTransaction.requiringNew().call(() -> (Number) em.createNativeQuery(
                "SELECT count(*) FROM question_report WHERE question_id IN (?1, ?2)").setParameter(1, id)
                .setParameter(2, neverAsked).getSingleResult());
        assertThat(count.longValue()).isZero();
        // learners neither see nor act on the reports
        given().header("Authorization", "Basic bm9ib2R5Om5vdGhpbmc=").get("/api/v1/reports").then().statusCode(401);
        teacher().body(Map.of("version", 0)).post("/api/v1/reports/" + id + "/retire").then().statusCode(404);
    }

    @Test
    void theCommentIsStoredInNfcAndItsLengthCountsAfterNormalising() {
        long id = publishedQuestion("Đâu KHÔNG phải là trụ cột (NFC)?");
        String decomposed = java.text.Normalizer.normalize("Đáp án  đúng   là «Ngoại giao Nhà nước»", java.text.Normalizer.Form.NFD);
        report(guestAsked(id), id, "  " + decomposed + "\n").then().statusCode(201);
        assertThat(summary(id).get("comments")).isEqualTo(List.of("Đáp án đúng là «Ngoại giao Nhà nước»"));
        // 500 letters with their marks decomposed are 1000 chars before NFC and 500 after: accepted
        String longNfd = java.text.Normalizer.normalize("ệ".repeat(QuestionReports.MAX_COMMENT), java.text.Normalizer.Form.NFD);
        assertThat(longNfd.length()).isGreaterThan(QuestionReports.MAX_COMMENT);
        report(guestAsked(id), id, longNfd).then().statusCode(201);
        report(guestAsked(id), id, "ệ".repeat(QuestionReports.MAX_COMMENT + 1)).then().statusCode(400)
                .contentType(containsProblem());
        // a comment of only spaces is no comment
        report(guestAsked(id), id, "   \t ").then().statusCode(201);
        assertThat(((Number) summary(id).get("openReports")).intValue()).isEqualTo(3);
        assertThat((List<?>) summary(id).get("comments")).hasSize(2);
    }

    @Test
    void aSignedInLearnerReportsOnceButCannotSeeOrActOnTheReports() {
        long id = publishedQuestion("Đâu KHÔNG phải là trụ cột (học viên)?");
        String auth = learnerAsked(id);
        given().header("Authorization", auth).contentType(ContentType.JSON).body(Map.of("questionId", id))
                .post("/api/v1/me/reports").then().statusCode(201);
        given().header("Authorization", auth).contentType(ContentType.JSON)
                .body(Map.of("questionId", id, "comment", "lần hai")).post("/api/v1/me/reports")
                .then().statusCode(200);
        assertThat(((Number) summary(id).get("openReports")).intValue()).isEqualTo(1);
        assertThat((List<?>) summary(id).get("comments")).isEmpty();

        given().header("Authorization", auth).get("/api/v1/reports").then().statusCode(403)
                .contentType(containsProblem());
        given().header("Authorization", auth).contentType(ContentType.JSON).body(Map.of("version", 0))
                .post("/api/v1/reports/" + id + "/retire").then().statusCode(403);
        given().header("Authorization", auth).contentType(ContentType.JSON).body(Map.of("version", 0))
                .post("/api/v1/reports/" + id + "/release").then().statusCode(403);
        given().get("/api/v1/reports").then().statusCode(401).contentType(containsProblem());
        given().contentType(ContentType.JSON).body(Map.of("version", 0))
                .post("/api/v1/reports/" + id + "/retire").then().statusCode(401);
        assertThat(summary(id).get("status")).isEqualTo("published");
    }

    @Test
    void aTeacherActingOnAStaleVersionChangesNothing() {
        long id = publishedQuestion("Đâu KHÔNG phải là trụ cột (phiên bản)?");
        report(guestAsked(id), id, null).then().statusCode(201);
        teacher().body(Map.of("version", 99)).post("/api/v1/reports/" + id + "/retire").then().statusCode(409)
                .contentType(containsProblem());
        teacher().body(Map.of()).post("/api/v1/reports/" + id + "/retire").then().statusCode(400);
        teacher().body(Map.of("version", 99)).post("/api/v1/reports/" + id + "/release").then().statusCode(409)
                .contentType(containsProblem());
        teacher().body(Map.of("version", 0)).post("/api/v1/reports/abc/retire").then().statusCode(404);
        Map<String, Object> after = summary(id);
        assertThat(after.get("status")).isEqualTo("published");
        assertThat(((Number) after.get("openReports")).intValue()).isEqualTo(1);
    }

    private static String containsProblem() {
        return "application/problem+json";
    }

    @Test
    void guestsReportsReachTheTeacherButNeverHoldAQuestionBack() {
        long id = publishedQuestion("Đâu KHÔNG phải là trụ cột (khách)?");
        for (int i = 0; i < 5; i++) {
            report(guestAsked(id), id, null).then().statusCode(201);
        }
        assertThat(heldBack(id)).isFalse();
        assertThat(pickable(id)).isTrue();
        assertThat(((Number) summary(id).get("openReports")).intValue()).isEqualTo(5);
    }
}
