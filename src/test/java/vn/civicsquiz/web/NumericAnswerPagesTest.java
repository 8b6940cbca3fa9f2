package vn.civicsquiz.web;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.junit.jupiter.api.Test;
import vn.civicsquiz.question.QuestionDraft;
import vn.civicsquiz.question.QuestionKind;
import vn.civicsquiz.quiz.AttemptService;
import vn.civicsquiz.quiz.GuestFixture;
import vn.civicsquiz.quiz.QuizAttempt;
import vn.civicsquiz.quiz.QuizMode;
import vn.civicsquiz.quiz.StartRequest;
import vn.civicsquiz.quiz.TestBank;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

/** Numbers typed in the question form are read the Vietnamese way; a number that reads two ways is refused. */
@QuarkusTest
class NumericAnswerPagesTest {

    @Inject
    GuestFixture guests;
    @Inject
    AttemptService attempts;
    @Inject
    EntityManager em;

    @Transactional
    String topicWith(String stem, String answer, String tolerance) {
        String topic = "t-" + UUID.randomUUID().toString().substring(0, 8);
        TestBank.persist(new QuestionDraft(QuestionKind.NUMERIC, topic, null, stem, List.of(), new BigDecimal(answer),
                tolerance == null ? null : new BigDecimal(tolerance), "Giải thích", 0.5,
                List.of("fig-diplomatic-relations-2021"), TestBank.SOURCE, "trích dẫn"), topic);
        return topic;
    }

    @Transactional
    long storedAnswers(long attempt) {
        return ((Number) em.createNativeQuery("SELECT count(*) FROM attempt_answer WHERE attempt_id = ?1")
                .setParameter(1, attempt).getSingleResult()).longValue();
    }

    QuizAttempt start(GuestFixture.Guest guest, String topic) {
        return attempts.start(guest.ref(), new StartRequest(topic, 1, QuizMode.practice, false, null));
    }

    @Test
    void fiveThousandTwoHundredWrittenAsTheAppPrintsItIsRight() {
        String topic = topicWith("Giai đoạn 2011-2020, Đà Nẵng đón bao nhiêu đoàn khách quốc tế?", "5200", "0");
        for (String typed : List.of("5.200", "5 200", "5.200 đoàn", "5200")) {
            GuestFixture.Guest guest = guests.newGuest();
            PageSession session = PageSession.guest(guest.token());
            QuizAttempt attempt = start(guest, topic);
            session.post("/quiz/" + attempt.id + "/q/1", Map.of("value", typed)).then().statusCode(303);
            session.get("/quiz/" + attempt.id + "/q/1").then().statusCode(200)
                    .body(containsString("Chính xác!")).body(containsString("5.200"));
        }
        GuestFixture.Guest guest = guests.newGuest();
        QuizAttempt attempt = start(guest, topic);
        PageSession.guest(guest.token()).post("/quiz/" + attempt.id + "/q/1", Map.of("value", "5.2")).then()
                .statusCode(303);
        PageSession.guest(guest.token()).get("/quiz/" + attempt.id + "/q/1").then().body(not(containsString("Chính xác!")));
    }

    @Test
    void aNumberThatReadsTwoWaysIsRefusedWithBothReadingsAndNothingIsStored() {
        String topic = topicWith("Kim ngạch năm 2021 là bao nhiêu tỷ USD?", "24.8", null);
        GuestFixture.Guest guest = guests.newGuest();
        PageSession session = PageSession.guest(guest.token());
        QuizAttempt attempt = start(guest, topic);
        session.post("/quiz/" + attempt.id + "/q/1", Map.of("value", "24.800")).then().statusCode(400)
                .body(containsString("role=\"alert\""))
                .body(containsString("„24.800“ có thể là 24800 (số nguyên) hoặc 24,800 (số thập phân"))
                .body(containsString("value=\"24.800\""));
        assertThat(storedAnswers(attempt.id)).isZero();

        session.post("/quiz/" + attempt.id + "/q/1", Map.of("value", "24,8 tỷ USD")).then().statusCode(303);
        session.get("/quiz/" + attempt.id + "/q/1").then().body(containsString("Chính xác!"));
        assertThat(storedAnswers(attempt.id)).isOne();
    }

    @Test
    void absurdInputIsRefusedAsABadRequestQuickly() {
        String topic = topicWith("Có bao nhiêu đảng?", "111", "0");
        GuestFixture.Guest guest = guests.newGuest();
        PageSession session = PageSession.guest(guest.token());
        QuizAttempt attempt = start(guest, topic);
        long began = System.nanoTime();
        session.post("/quiz/" + attempt.id + "/q/1", Map.of("value", "1e-100000000")).then().statusCode(400);
        session.post("/quiz/" + attempt.id + "/q/1", Map.of("value", "9".repeat(100))).then().statusCode(400);
        assertThat(System.nanoTime() - began).isLessThan(5_000_000_000L);
        assertThat(storedAnswers(attempt.id)).isZero();
        session.post("/quiz/" + attempt.id + "/q/1", Map.of("value", "106")).then().statusCode(303);
        session.get("/quiz/" + attempt.id + "/q/1").then().body(not(containsString("Chính xác!")));
    }

    @Test
    void aToleranceTheStemDoesNotStateIsShownWithIt() {
        String topic = topicWith("Khoảng bao nhiêu người?", "1000", "50");
        GuestFixture.Guest guest = guests.newGuest();
        QuizAttempt attempt = start(guest, topic);
        PageSession.guest(guest.token()).get("/quiz/" + attempt.id + "/q/1").then().statusCode(200)
                .body(containsString("Chấp nhận sai lệch ±50."));
    }
}
