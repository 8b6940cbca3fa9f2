package vn.civicsquiz.study;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.civicsquiz.question.QuestionKind;
import vn.civicsquiz.quiz.GuestFixture;
import vn.civicsquiz.quiz.KeyAnswers;
import vn.civicsquiz.quiz.KindAttempts;
import vn.civicsquiz.quiz.QuestionFacts;
import vn.civicsquiz.quiz.QuizAttempt;
import vn.civicsquiz.quiz.QuizMode;

import java.util.HashMap;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** Answers in a quiz are reviews of the facts their questions test: right counts as Good, wrong as Again. */
@QuarkusTest
class QuizAnswerReviewsTest {

    @Inject
    StudyFixture fixture;
    @Inject
    KindAttempts kindAttempts;
    @Inject
    GuestFixture guests;
    @Inject
    KeyAnswers keys;
    @Inject
    QuestionFacts facts;

    @Test
    void a_right_answer_reviews_its_fact_as_good_and_a_wrong_one_as_again() {
        StudyFixture.StudyLearner learner = fixture.signUp();
        QuizAttempt attempt = kindAttempts.start(guests.ofAccount(learner.accountId()), QuizMode.practice);
        Map<QuestionKind, Integer> positions = positionsByKind(attempt.id);

        int single = positions.get(QuestionKind.SINGLE);
        int trueFalse = positions.get(QuestionKind.TRUE_FALSE);
        String rightFact = onlyFact(attempt.id, single);
        String wrongFact = onlyFact(attempt.id, trueFalse);
        assertThat(rightFact).isNotEqualTo(wrongFact);

        answer(learner, attempt.id, single, KeyAnswers.right(keys.key(attempt.id, single)));
        answer(learner, attempt.id, trueFalse, KeyAnswers.wrong(keys.key(attempt.id, trueFalse)));

        long rightCard = fixture.cardId(learner.accountId(), rightFact);
        long wrongCard = fixture.cardId(learner.accountId(), wrongFact);
        assertThat(fixture.ratings(rightCard)).containsExactly((short) 3);
        assertThat(fixture.ratings(wrongCard)).containsExactly((short) 1);
        assertThat(fixture.card(rightCard).origin).isEqualTo("quiz");
        assertThat(fixture.card(rightCard).phase).isEqualTo("learning");
        assertThat(fixture.card(rightCard).due.toInstant())
                .as("Good on a new card waits for the second learning step")
                .isAfter(fixture.card(wrongCard).due.toInstant());
    }

    @Test
    void a_replayed_answer_does_not_review_the_card_twice() {
        StudyFixture.StudyLearner learner = fixture.signUp();
        QuizAttempt attempt = kindAttempts.start(guests.ofAccount(learner.accountId()), QuizMode.practice);
        int single = positionsByKind(attempt.id).get(QuestionKind.SINGLE);
        var right = KeyAnswers.right(keys.key(attempt.id, single));

        answer(learner, attempt.id, single, right);
        answer(learner, attempt.id, single, right);

        assertThat(fixture.ratings(fixture.cardId(learner.accountId(), onlyFact(attempt.id, single))))
                .containsExactly((short) 3);
    }

    @Test
    void a_guest_has_no_cards_so_their_answers_leave_study_alone() {
        GuestFixture.Guest guest = guests.newGuest();
        QuizAttempt attempt = kindAttempts.start(guest.ref(), QuizMode.practice);
        int single = positionsByKind(attempt.id).get(QuestionKind.SINGLE);
        long cardsBefore = ReviewCardCount.all();

        given().header("X-Guest-Token", guest.token()).contentType(ContentType.JSON)
                .body(KeyAnswers.body(KeyAnswers.right(keys.key(attempt.id, single))))
                .put("/api/v1/attempts/{id}/answers/{p}", attempt.id, single).then().statusCode(200);

        assertThat(ReviewCardCount.all()).isEqualTo(cardsBefore);
    }

    private Map<QuestionKind, Integer> positionsByKind(long attemptId) {
        Map<QuestionKind, Integer> positions = new HashMap<>();
        for (int position = 1; position <= 8; position++) {
            positions.put(keys.key(attemptId, position).kind(), position);
        }
        return positions;
    }

    private String onlyFact(long attemptId, int position) {
        var factIds = facts.of(keys.questionId(attemptId, position));
        assertThat(factIds).hasSize(1);
        return factIds.get(0);
    }

    private static void answer(StudyFixture.StudyLearner learner, long attemptId, int position,
                               vn.civicsquiz.quiz.grading.LearnerResponse response) {
        given().header("Authorization", learner.basicAuth()).contentType(ContentType.JSON)
                .body(KeyAnswers.body(response))
                .put("/api/v1/attempts/{id}/answers/{p}", attemptId, position).then().statusCode(200);
    }
}
