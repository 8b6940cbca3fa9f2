package vn.civicsquiz.study;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import vn.civicsquiz.quiz.AnswerRecorded;

/**
 * A quiz answer is a review of the facts its question tests: correct counts as Good, wrong as Again. Only
 * signed-in learners have cards; a guest's answers leave study alone.
 */
@ApplicationScoped
public class QuizAnswerReviews {

    private final ReviewService reviews;

    public QuizAnswerReviews(ReviewService reviews) {
        this.reviews = reviews;
    }

    void onAnswer(@Observes AnswerRecorded answer) {
        if (answer.accountId() == null) {
            return;
        }
        Rating rating = answer.correct() ? Rating.GOOD : Rating.AGAIN;
        for (String factId : answer.factIds()) {
            reviews.reviewFact(answer.accountId(), factId, rating, answer.answeredAt());
        }
    }
}
