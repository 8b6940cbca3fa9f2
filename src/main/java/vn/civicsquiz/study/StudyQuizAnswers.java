package vn.civicsquiz.study;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.civicsquiz.learner.AnswerHistory;
import vn.civicsquiz.learner.LearnerRef;
import vn.civicsquiz.quiz.QuestionFacts;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * An answer in the quiz-style review: the card's rating (right counts as Good, wrong as Again) and, like any
 * graded answer, the learner's history of the question and of each fact it tests ({@link AnswerHistory}), both
 * in one transaction. A replayed review (same client review id) changes neither.
 */
@ApplicationScoped
public class StudyQuizAnswers {

    private final ReviewService reviews;
    private final AnswerHistory history;
    private final QuestionFacts facts;

    public StudyQuizAnswers(ReviewService reviews, AnswerHistory history, QuestionFacts facts) {
        this.reviews = reviews;
        this.history = history;
        this.facts = facts;
    }

    /**
     * @param learner the signed-in learner who owns the card
     * @throws vn.civicsquiz.platform.problem.ProblemException 404 for another learner's card, 409 for a second
     *                                                         review within a second without a review id
     */
    @Transactional
    public ReviewService.Outcome answer(LearnerRef learner, long cardId, long questionId, boolean correct,
                                        UUID clientReviewId, Instant now) {
        Instant at = now.truncatedTo(ChronoUnit.MICROS);
        ReviewService.Outcome outcome = reviews.review(learner.accountId(), cardId,
                correct ? Rating.GOOD : Rating.AGAIN, clientReviewId, at);
        if (!outcome.replayed()) {
            history.remember(learner.learnerId(), questionId, facts.of(questionId), correct, at.atOffset(ZoneOffset.UTC));
        }
        return outcome;
    }
}
