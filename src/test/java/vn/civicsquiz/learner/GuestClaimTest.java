package vn.civicsquiz.learner;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.civicsquiz.quiz.AnswerService;
import vn.civicsquiz.quiz.AttemptService;
import vn.civicsquiz.quiz.GuestFixture;
import vn.civicsquiz.quiz.KeyAnswers;
import vn.civicsquiz.quiz.QuizAttempt;
import vn.civicsquiz.quiz.QuizMode;
import vn.civicsquiz.quiz.StartRequest;
import vn.civicsquiz.quiz.TestBank;

import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** A guest who signs up keeps their attempts and progress under the new account. */
@QuarkusTest
class GuestClaimTest {

    @Inject
    TestBank bank;
    @Inject
    GuestFixture guests;
    @Inject
    AttemptService attempts;
    @Inject
    AnswerService answers;
    @Inject
    KeyAnswers keys;
    @Inject
    GuestClaim claim;
    @Inject
    AccountService accounts;
    @Inject
    ClaimedGuests claims;
    @Inject
    EntityManager em;

    @BeforeEach
    void bank() {
        bank.ensureTopics();
    }

    QuizAttempt answeredAttempt(LearnerRef learner, boolean right) {
        QuizAttempt attempt = attempts.start(learner, new StartRequest("three-pillars", 2, QuizMode.practice, false, null));
        answers.answer(learner, attempt.id, 1, right ? KeyAnswers.right(keys.key(attempt.id, 1))
                : KeyAnswers.wrong(keys.key(attempt.id, 1)));
        return attempt;
    }

    @Transactional
    Learner learner(long id) {
        return Learner.findById(id);
    }

    @Test
    void signing_up_in_the_same_browser_moves_the_guests_attempts_to_the_account() {
        GuestFixture.Guest guest = guests.newGuest();
        QuizAttempt attempt = answeredAttempt(guest.ref(), true);
        String name = "khach-" + UUID.randomUUID().toString().substring(0, 8);
        Response form = given().cookie("quiz-guest", guest.token()).get("/signup");
        String csrf = form.getCookie("quiz-csrf");
        Response signedUp = given().redirects().follow(false).cookie("quiz-guest", guest.token())
                .cookie("quiz-csrf", csrf).contentType("application/x-www-form-urlencoded")
                .formParam("csrf", csrf).formParam("username", name).formParam("password", "mat-khau-moi-1")
                .post("/signup");
        signedUp.then().statusCode(307);
        assertThat(signedUp.getDetailedCookie("quiz-guest").getMaxAge()).as("the guest cookie is cleared").isZero();

        long accountId = Account.findByUsername(name).orElseThrow().id;
        Learner claimed = learner(guest.ref().learnerId());
        assertThat(claimed.accountId).isEqualTo(accountId);
        assertThat(claimed.guestTokenHash).isNull();
        assertThat(claims.events()).contains(new GuestClaimed(guest.ref().guestIdText(), accountId));

        given().auth().preemptive().basic(name, "mat-khau-moi-1").get("/api/v1/attempts/{id}", attempt.id)
                .then().statusCode(200);
        given().auth().preemptive().basic(name, "mat-khau-moi-1").get("/api/v1/me/progress")
                .then().statusCode(200).body("answered", org.hamcrest.Matchers.equalTo(1));
        given().header("X-Guest-Token", guest.token()).get("/api/v1/attempts/{id}", attempt.id)
                .then().statusCode(404);
    }

    @Test
    void signing_up_without_a_guest_cookie_claims_nothing() {
        int before = claims.events().size();
        accounts.signUp("moi-" + UUID.randomUUID().toString().substring(0, 8), "mat-khau-moi-2", null, Role.LEARNER);
        assertThat(claims.events()).hasSize(before);
    }

    @Test
    void a_guest_claimed_by_an_account_that_already_studied_is_merged_into_it() {
        Account account = accounts.signUp("cu-" + UUID.randomUUID().toString().substring(0, 8), "mat-khau-cu-1", null,
                Role.LEARNER);
        LearnerRef existing = accountLearner(account.id);
        QuizAttempt own = answeredAttempt(existing, false);
        GuestFixture.Guest guest = guests.newGuest();
        QuizAttempt guestAttempt = answeredAttempt(guest.ref(), true);
        long sameQuestion = keys.questionId(guestAttempt.id, 1);

        claimAs(guest.ref().learnerId(), account.id);

        assertThat(learner(guest.ref().learnerId())).isNull();
        assertThat(attemptOwner(guestAttempt.id)).isEqualTo(existing.learnerId());
        assertThat(attemptOwner(own.id)).isEqualTo(existing.learnerId());
        assertThat(questionCounts(existing.learnerId(), sameQuestion)).isNotNull();
    }

    @Transactional
    LearnerRef accountLearner(long accountId) {
        em.createNativeQuery("INSERT INTO learner (account_id) VALUES (?1)").setParameter(1, accountId).executeUpdate();
        return Learner.<Learner>find("accountId", accountId).firstResult().ref();
    }

    @Transactional
    void claimAs(long guestLearnerId, long accountId) {
        claim.claim(Learner.findById(guestLearnerId), accountId);
    }

    @Transactional
    long attemptOwner(long attemptId) {
        return QuizAttempt.<QuizAttempt>findById(attemptId).learnerId;
    }

    @Transactional
    Object questionCounts(long learnerId, long questionId) {
        List<?> rows = em.createNativeQuery(
                        "SELECT correct_count FROM learner_question WHERE learner_id = ?1 AND question_id = ?2")
                .setParameter(1, learnerId).setParameter(2, questionId).getResultList();
        return rows.isEmpty() ? null : rows.get(0);
    }
}
