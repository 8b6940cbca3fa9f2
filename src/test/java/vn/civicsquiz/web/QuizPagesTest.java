package vn.civicsquiz.web;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.civicsquiz.question.QuestionKind;
import vn.civicsquiz.quiz.AttemptAnswer;
import vn.civicsquiz.quiz.grading.GradingKey;
import vn.civicsquiz.quiz.GuestFixture;
import vn.civicsquiz.quiz.KeyAnswers;
import vn.civicsquiz.quiz.KindAttempts;
import vn.civicsquiz.quiz.QuizMode;
import vn.civicsquiz.quiz.QuizAttempt;
import vn.civicsquiz.quiz.TestBank;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;

/** The quiz pages over plain HTTP, as a browser without JavaScript uses them. */
@QuarkusTest
class QuizPagesTest {

    @Inject
    vn.civicsquiz.platform.time.TestClock clock;

    @Inject
    TestBank bank;
    @Inject
    KeyAnswers keys;
    @Inject
    GuestFixture guests;
    @Inject
    EntityManager em;
    @Inject
    KindAttempts kindAttempts;

    @BeforeEach
    void bank() {
        bank.ensureTopics();
    }

    long start(PageSession session, String topic, String mode) {
        Response started = session.post("/quiz/start", Map.of("topic", topic, "size", "10", "mode", mode));
        started.then().statusCode(303).header("Location", endsWith("/q/1"));
        return PageSession.attemptId(started);
    }

    /** A session whose guest holds an attempt with one question of each kind. */
    long everyKind(PageSession session, GuestFixture.Guest guest) {
        return kindAttempts.start(guest.ref(), QuizMode.practice).id;
    }

    int positionOf(long attempt, QuestionKind kind) {
        for (int p = 1; p <= 8; p++) {
            if (keys.key(attempt, p).kind() == kind) {
                return p;
            }
        }
        throw new AssertionError(kind + " not in attempt " + attempt);
    }

    @Transactional
    long storedAnswers(long attempt) {
        return AttemptAnswer.count("attemptId", attempt);
    }

    @Test
    void a_resubmitted_answer_keeps_the_first_one() {
        PageSession session = PageSession.guest(guests.newGuest().token());
        long attempt = start(session, "three-pillars", "practice");
        GradingKey key = keys.key(attempt, 1);
        session.post("/quiz/" + attempt + "/q/1", PageSession.form(KeyAnswers.wrong(key))).then().statusCode(303)
                .header("Location", endsWith("/quiz/" + attempt + "/q/1#feedback"));
        session.post("/quiz/" + attempt + "/q/1", PageSession.form(KeyAnswers.right(key))).then().statusCode(303);
        session.get("/quiz/" + attempt + "/q/1").then().statusCode(200)
                .header("Cache-Control", containsString("no-store"))
                .body(containsString("Chưa chính xác.")).body(not(containsString("Chính xác!")))
                .body(containsString("role=\"status\""));
        assertThat(storedAnswers(attempt)).isEqualTo(1);
    }

    /** The same marks as the study quiz (tags/answermark): a sign for the eye and words for a screen reader. */
    @Test
    void a_wrong_choice_and_the_right_option_are_marked_with_words_as_well_as_signs() {
        GuestFixture.Guest guest = guests.newGuest();
        PageSession session = PageSession.guest(guest.token());
        long attempt = everyKind(session, guest);
        int single = positionOf(attempt, QuestionKind.SINGLE);
        session.post("/quiz/" + attempt + "/q/" + single, PageSession.form(KeyAnswers.wrong(keys.key(attempt, single))))
                .then().statusCode(303);
        session.get("/quiz/" + attempt + "/q/" + single).then().statusCode(200)
                .body(containsString("<span class=\"mark mark-bad\"><span aria-hidden=\"true\">✗</span>"
                        + "<span class=\"sr-only\">lựa chọn của bạn, chưa đúng</span></span>"))
                .body(containsString("<span class=\"mark mark-ok\"><span aria-hidden=\"true\">✓</span>"
                        + "<span class=\"sr-only\">đáp án đúng</span></span>"));
    }

    @Test
    void every_kind_is_rendered_with_its_own_labelled_control() {
        GuestFixture.Guest guest = guests.newGuest();
        PageSession session = PageSession.guest(guest.token());
        long attempt = everyKind(session, guest);
        Map<QuestionKind, String> control = Map.of(
                QuestionKind.SINGLE, "type=\"radio\"", QuestionKind.NEGATIVE, "type=\"radio\"",
                QuestionKind.TRUE_FALSE, "type=\"radio\"", QuestionKind.MULTIPLE, "type=\"checkbox\"",
                QuestionKind.ORDERING, "name=\"pos\"", QuestionKind.MATCHING, "name=\"pair\"",
                QuestionKind.NUMERIC, "inputmode=\"decimal\"", QuestionKind.SHORT_ANSWER, "name=\"text\"");
        control.forEach((kind, marker) -> session.get("/quiz/" + attempt + "/q/" + positionOf(attempt, kind))
                .then().statusCode(200).body(containsString(marker)).body(containsString("<fieldset"))
                .body(containsString("<legend class=\"stem\" lang=\"vi\">"))
                .body(containsString("<progress class=\"quiz-progress\" max=\"8\" value=\"0\"")));
        session.get("/quiz/" + attempt + "/q/" + positionOf(attempt, QuestionKind.TRUE_FALSE)).then()
                .body(containsString(">Đúng</span>")).body(containsString(">Sai</span>"));
        session.get("/quiz/" + attempt + "/q/" + positionOf(attempt, QuestionKind.SHORT_ANSWER)).then()
                .body(not(containsString("ứng vạn biến")));
        session.get("/quiz/" + attempt + "/q/" + positionOf(attempt, QuestionKind.MATCHING)).then()
                .body(containsString("<label for=\"pair-")).body(containsString(">Chủ tịch Quốc hội</option>"));
    }

    @Test
    void an_incomplete_ordering_shows_why_and_records_nothing() {
        GuestFixture.Guest guest = guests.newGuest();
        PageSession session = PageSession.guest(guest.token());
        long attempt = everyKind(session, guest);
        int position = positionOf(attempt, QuestionKind.ORDERING);
        List<Long> ids = keys.key(attempt, position).options().stream().map(GradingKey.KeyOption::id).toList();
        session.post("/quiz/" + attempt + "/q/" + position,
                        Map.of("pos", ids.stream().map(id -> id + ":1").toList()))
                .then().statusCode(400).body(containsString("role=\"alert\""))
                .body(containsString("Hãy đặt mỗi mục vào một vị trí khác nhau."));
        assertThat(storedAnswers(attempt)).isZero();
    }

    @Test
    void a_vietnamese_decimal_comma_is_accepted() {
        GuestFixture.Guest guest = guests.newGuest();
        PageSession session = PageSession.guest(guest.token());
        long attempt = everyKind(session, guest);
        int position = positionOf(attempt, QuestionKind.NUMERIC);
        session.post("/quiz/" + attempt + "/q/" + position, Map.of("value", "189,0")).then().statusCode(303);
        session.get("/quiz/" + attempt + "/q/" + position).then().body(containsString("Chính xác!"));
    }

    @Test
    void a_form_without_its_csrf_token_is_refused() {
        PageSession session = PageSession.guest(guests.newGuest().token());
        long attempt = start(session, "phrases", "practice");
        session.request().contentType("application/x-www-form-urlencoded").formParam("option", "1")
                .post("/quiz/" + attempt + "/q/1").then().statusCode(403);
        assertThat(storedAnswers(attempt)).isZero();
    }

    @Test
    void another_learners_attempt_is_not_found() {
        PageSession owner = PageSession.guest(guests.newGuest().token());
        long attempt = start(owner, "nine-tasks", "test");
        PageSession stranger = PageSession.guest(guests.newGuest().token());
        stranger.get("/quiz/" + attempt + "/q/1").then().statusCode(404).body(containsString("lang=\"vi\""));
        stranger.get("/quiz/" + attempt + "/result").then().statusCode(404);
        stranger.post("/quiz/" + attempt + "/finish", Map.of()).then().statusCode(404);
        PageSession.guest(null).get("/quiz/" + attempt + "/q/1").then().statusCode(404);
    }

    @Test
    void home_offers_to_resume_and_to_review_mistakes() {
        PageSession session = PageSession.guest(guests.newGuest().token());
        session.get("/").then().body(not(containsString("Tiếp tục bài đang làm")))
                .body(not(containsString("id=\"review-title\"")));
        long attempt = start(session, "five-lessons", "practice");
        int size = attempt(attempt).size;
        session.post("/quiz/" + attempt + "/q/1", PageSession.form(KeyAnswers.wrong(keys.key(attempt, 1))));
        session.get("/").then().statusCode(200)
                .body(containsString("Tiếp tục bài đang làm"))
                .body(containsString("Đã trả lời 1/" + size + " câu."))
                .body(containsString("href=\"/quiz/" + attempt + "\""))
                .body(containsString("Có 1 câu bạn trả lời sai ở lần gần nhất."))
                .body(containsString(published("five-lessons") + " câu hỏi"));
        session.get("/quiz/" + attempt).then().statusCode(303).header("Location", endsWith("/quiz/" + attempt + "/q/2"));
        Response review = session.post("/quiz/start", Map.of("topic", "mixed", "review", "true"));
        long reviewAttempt = PageSession.attemptId(review);
        assertThat(keys.questionId(reviewAttempt, 1)).isEqualTo(keys.questionId(attempt, 1));
    }

    @Test
    void a_review_without_mistakes_explains_itself() {
        PageSession session = PageSession.guest(guests.newGuest().token());
        session.post("/quiz/start", Map.of("topic", "mixed", "review", "true")).then().statusCode(303)
                .header("Location", endsWith("/?notice=no_mistakes"));
        session.get("/?notice=no_mistakes").then().body(containsString("Bạn không còn câu sai nào để ôn lại."));
    }

    @Test
    void a_test_whose_time_ran_out_ends_at_its_deadline() {
        PageSession session = PageSession.guest(guests.newGuest().token());
        Response started = session.post("/quiz/start", Map.of("topic", "nine-tasks", "mode", "test", "limit", "5"));
        long attempt = PageSession.attemptId(started);
        clock.advance(java.time.Duration.ofMinutes(6));
        try {
            session.get("/quiz/" + attempt + "/q/2").then().statusCode(303) // the page finishes it, read-only or not
                    .header("Location", endsWith("/quiz/" + attempt + "/result"));
            session.post("/quiz/" + attempt + "/q/1", PageSession.form(KeyAnswers.right(keys.key(attempt, 1))))
                    .then().statusCode(303).header("Location", endsWith("/quiz/" + attempt + "/result"));
            session.get("/quiz/" + attempt + "/result").then().statusCode(200)
                    .body(containsString("Đã hết giờ: bài được nộp tự động."))
                    .body(containsString("0/" + attempt(attempt).size + " câu đúng"));
        } finally {
            clock.reset();
        }
        QuizAttempt finished = attempt(attempt);
        assertThat(finished.finishedAt).isEqualTo(finished.deadline());
        assertThat(storedAnswers(attempt)).isZero();
    }

    @Transactional
    long published(String topic) {
        return vn.civicsquiz.question.Question.count("topic = ?1 and status = ?2", topic,
                vn.civicsquiz.question.QuestionStatus.published);
    }

    @Transactional
    QuizAttempt attempt(long id) {
        return QuizAttempt.findById(id);
    }
}
