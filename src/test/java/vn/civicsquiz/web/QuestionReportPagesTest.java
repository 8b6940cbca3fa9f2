package vn.civicsquiz.web;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.civicsquiz.quiz.GuestFixture;
import vn.civicsquiz.quiz.TestBank;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;

/** "Báo lỗi câu hỏi" over plain HTTP, as a browser without JavaScript uses it. */
@QuarkusTest
class QuestionReportPagesTest {

    @Inject
    TestBank bank;
    @Inject
    GuestFixture guests;
    @Inject
    EntityManager em;

    @BeforeEach
    void bank() {
        bank.ensureTopics();
    }

    /**
     * The shared bank's questions must not pile up reports over runs (enough learners would hold them back from
     * the other tests' quizzes): this test's learners are fresh guests, whose reports go again.
     */
    @AfterEach
    void forgetTheseReports() {
        if (!attempts.isEmpty()) {
            String ids = attempts.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(","));
            QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                    "DELETE FROM question_report WHERE learner_id IN (SELECT learner_id FROM quiz_attempt WHERE id IN ("
                            + ids + "))").executeUpdate());
        }
        attempts.clear();
    }

    private final java.util.List<Long> attempts = new java.util.ArrayList<>();

    private long start(PageSession session, String mode) {
        Response started = session.post("/quiz/start", Map.of("topic", "three-pillars", "size", "3", "mode", mode));
        started.then().statusCode(303).header("Location", endsWith("/q/1"));
        long attempt = PageSession.attemptId(started);
        attempts.add(attempt);
        return attempt;
    }

    /** The reports stored for the question at this position of the attempt, by the attempt's learner. */
    private long reports(long attempt, int position) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery("""
                        SELECT count(*) FROM question_report r
                        JOIN attempt_item i ON i.question_id = r.question_id
                        JOIN quiz_attempt a ON a.id = i.attempt_id AND a.learner_id = r.learner_id
                        WHERE i.attempt_id = ?1 AND i.position = ?2""")
                .setParameter(1, attempt).setParameter(2, (short) position).getSingleResult()).longValue());
    }

    private String storedComment(long attempt, int position) {
        return QuarkusTransaction.requiringNew().call(() -> (String) em.createNativeQuery("""
                        SELECT r.comment FROM question_report r
                        JOIN attempt_item i ON i.question_id = r.question_id
                        JOIN quiz_attempt a ON a.id = i.attempt_id AND a.learner_id = r.learner_id
                        WHERE i.attempt_id = ?1 AND i.position = ?2""")
                .setParameter(1, attempt).setParameter(2, (short) position).getSingleResult());
    }

    @Test
    void the_question_page_reports_in_one_tap_and_a_second_report_says_it_was_sent_already() {
        PageSession session = PageSession.guest(guests.newGuest().token());
        long attempt = start(session, "practice");
        String action = "action=\"/quiz/" + attempt + "/q/1/report\"";
        session.get("/quiz/" + attempt + "/q/1").then().statusCode(200)
                .body(containsString(action)).body(containsString("Báo lỗi câu hỏi"))
                .body(containsString("name=\"comment\""));

        Response sent = session.post("/quiz/" + attempt + "/q/1/report",
                Map.of("comment", "Đáp án B cũng đúng"));
        sent.then().statusCode(303).header("Location", endsWith("/quiz/" + attempt + "/q/1/report?sent=new"));
        session.get("/quiz/" + attempt + "/q/1/report?sent=new").then().statusCode(200)
                .body(containsString("id=\"report-sent\"")).body(containsString("Cảm ơn bạn!"))
                .body(not(containsString("id=\"report-form\"")));
        assertThat(reports(attempt, 1)).isEqualTo(1);
        assertThat(storedComment(attempt, 1)).isEqualTo("Đáp án B cũng đúng");

        // again, from the same learner: not an error, and nothing new stored
        session.post("/quiz/" + attempt + "/q/1/report", Map.of("comment", "lần nữa")).then().statusCode(303)
                .header("Location", endsWith("/report?sent=again"));
        session.get("/quiz/" + attempt + "/q/1/report?sent=again").then().statusCode(200)
                .body(containsString("id=\"report-already\"")).body(containsString("đã báo lỗi câu hỏi này rồi"));
        // coming back to the form later: it says so instead of offering the form again
        session.get("/quiz/" + attempt + "/q/1/report").then().statusCode(200)
                .body(containsString("id=\"report-already\"")).body(not(containsString("id=\"report-form\"")));
        assertThat(reports(attempt, 1)).isEqualTo(1);
        assertThat(storedComment(attempt, 1)).isEqualTo("Đáp án B cũng đúng");
    }

    @Test
    void without_a_comment_after_the_feedback_and_in_english() {
        PageSession session = PageSession.guest(guests.newGuest().token());
        long attempt = start(session, "practice");
        session.get("/quiz/" + attempt + "/q/2/report?lang=en").then().statusCode(200)
                .body(containsString("Report this question")).body(containsString("id=\"report-form\""));
        session.post("/quiz/" + attempt + "/q/2/report", Map.of()).then().statusCode(303);
        session.get("/quiz/" + attempt + "/q/2/report?sent=new").then().statusCode(200)
                .body(containsString("The question has been reported"));
        assertThat(reports(attempt, 2)).isEqualTo(1);
        assertThat(storedComment(attempt, 2)).isNull();
    }

    @Test
    void the_result_page_of_a_test_offers_the_report_for_every_question() {
        PageSession session = PageSession.guest(guests.newGuest().token());
        long attempt = start(session, "test");
        session.post("/quiz/" + attempt + "/finish", Map.of()).then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("id=\"confirm-finish\""));
        session.post("/quiz/" + attempt + "/finish", Map.of("confirmed", "true")).then().statusCode(303);
        String result = session.get("/quiz/" + attempt + "/result").then().statusCode(200).extract().asString();
        for (int p = 1; p <= 3; p++) {
            assertThat(result).contains("action=\"/quiz/" + attempt + "/q/" + p + "/report\"");
        }
        session.post("/quiz/" + attempt + "/q/3/report", Map.of("comment", "Câu hỏi khó hiểu")).then().statusCode(303);
        session.get("/quiz/" + attempt + "/q/3/report?sent=new").then().statusCode(200)
                .body(containsString("id=\"report-sent\""))
                .body(containsString("href=\"/quiz/" + attempt + "/result#item-3\""));
        assertThat(reports(attempt, 3)).isEqualTo(1);
    }

    @Test
    void bad_reports_get_a_readable_page_and_change_nothing() {
        PageSession session = PageSession.guest(guests.newGuest().token());
        long attempt = start(session, "practice");
        // the longest comment allowed, typed with decomposed marks, goes through
        PageSession other = PageSession.guest(guests.newGuest().token());
        long otherAttempt = start(other, "practice");
        String longest = java.text.Normalizer.normalize("ệ".repeat(500), java.text.Normalizer.Form.NFD);
        other.post("/quiz/" + otherAttempt + "/q/1/report", Map.of("comment", longest)).then().statusCode(303);
        assertThat(storedComment(otherAttempt, 1)).isEqualTo("ệ".repeat(500));

        String tooLong = "ệ".repeat(501);
        session.post("/quiz/" + attempt + "/q/1/report", Map.of("comment", tooLong)).then().statusCode(400)
                .contentType(containsString("text/html")).body(containsString("id=\"comment-error\""))
                .body(containsString("aria-invalid=\"true\""));
        // without the form's CSRF field
        session.request().contentType("application/x-www-form-urlencoded; charset=UTF-8").formParam("comment", "x")
                .post("/quiz/" + attempt + "/q/1/report").then().statusCode(403);
        // another learner's attempt, and positions it does not have
        PageSession stranger = PageSession.guest(guests.newGuest().token());
        stranger.post("/quiz/" + attempt + "/q/1/report", Map.of()).then().statusCode(404)
                .contentType(containsString("text/html"));
        session.post("/quiz/" + attempt + "/q/99/report", Map.of()).then().statusCode(404);
        session.post("/quiz/" + attempt + "/q/abc/report", Map.of()).then().statusCode(404);
        session.get("/quiz/" + attempt + "/q/0/report").then().statusCode(404);
        assertThat(reports(attempt, 1)).isZero();
    }
}
