package vn.civicsquiz.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import vn.civicsquiz.quiz.AttemptService;
import vn.civicsquiz.quiz.GuestFixture;
import vn.civicsquiz.quiz.QuizAttempt;
import vn.civicsquiz.quiz.QuizMode;
import vn.civicsquiz.quiz.StartRequest;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;

/**
 * The world the hostile requests meet: guest A with an open and a finished attempt, guest B with an attempt of
 * its own, and option ids of the question at position 1 of A's open attempt and of another question.
 */
@ApplicationScoped
public class HostileFixture {

    /** A well-formed token (16 bytes, base64url, as quarkus-rest-csrf makes them) shared by cookie and form. */
    static final String CSRF = "aG9zdGlsZS1pbnB1dC1jcw";

    @Inject
    GuestFixture guests;
    @Inject
    AttemptService attempts;
    @Inject
    EntityManager em;
    @Inject
    vn.civicsquiz.quiz.TestBank bank;

    private GuestFixture.Guest guestA;
    /** A topic of its own with one question of every kind, so every attempt holds a NUMERIC one whatever else
     * other tests have published. */
    private String topic;
    private int size;
    private Map<String, String> values;

    synchronized void ensure() {
        if (values != null) {
            return;
        }
        topic = bank.privateTopic(1);
        size = bank.ids(topic).size();
        guestA = guests.newGuest();
        GuestFixture.Guest guestB = guests.newGuest();
        QuizAttempt open = start(guestA);
        QuizAttempt finished = start(guestA);
        attempts.finish(guestA.ref(), finished.id);
        QuizAttempt foreign = start(guestB);
        values = ids(open.id, finished.id, foreign.id);
    }

    String guestToken() {
        return guestA.token();
    }

    /** The path or body with {open}, {finished}, {foreign}, {option}, {foreignOption}, {question} and {numeric} (the position
     * of the NUMERIC question in the open attempt) filled in. */
    String fill(String text) {
        String filled = text;
        for (Map.Entry<String, String> v : values.entrySet()) {
            filled = filled.replace("{" + v.getKey() + "}", v.getValue())
                    .replace("%7B" + v.getKey() + "%7D", v.getValue());
        }
        return filled;
    }

    /** The question page of guest A showing the given published question of three-pillars. */
    String pageShowing(long questionId) {
        QuizAttempt attempt = attempts.start(guestA.ref(), new StartRequest("three-pillars", 1000, QuizMode.practice,
                false, null));
        int position = position(attempt.id, questionId);
        return given().cookie("quiz-guest", guestA.token()).get("/quiz/" + attempt.id + "/q/" + position)
                .then().statusCode(200).extract().asString();
    }

    @Transactional
    int position(long attemptId, long questionId) {
        return ((Number) em.createNativeQuery("SELECT position FROM attempt_item WHERE attempt_id = ?1 AND question_id = ?2")
                .setParameter(1, attemptId).setParameter(2, questionId).getSingleResult()).intValue();
    }

    private QuizAttempt start(GuestFixture.Guest guest) {
        return attempts.start(guest.ref(), new StartRequest(topic, size, QuizMode.practice, false, null));
    }

    @Transactional
    Map<String, String> ids(long open, long finished, long foreign) {
        Object[] first = (Object[]) em.createNativeQuery("""
                SELECT i.question_id, o.id FROM attempt_item i JOIN question_option o ON o.question_id = i.question_id
                WHERE i.attempt_id = ?1 ORDER BY i.position, o.id LIMIT 1""").setParameter(1, open)
                .getSingleResult();
        @SuppressWarnings("unchecked")
        List<Number> others = em.createNativeQuery(
                "SELECT o.id FROM question_option o WHERE o.question_id <> ?1 ORDER BY o.id DESC LIMIT 1")
                .setParameter(1, first[0]).getResultList();
        Number numeric = (Number) em.createNativeQuery("""
                SELECT i.position FROM attempt_item i JOIN question q ON q.id = i.question_id
                WHERE i.attempt_id = ?1 AND q.kind = 'NUMERIC' ORDER BY i.position LIMIT 1""").setParameter(1, open)
                .getSingleResult();
        return Map.of("numeric", numeric.toString(), "open", Long.toString(open), "finished", Long.toString(finished),
                "foreign", Long.toString(foreign), "question", first[0].toString(), "option", first[1].toString(),
                "foreignOption", others.get(0).toString());
    }
}
