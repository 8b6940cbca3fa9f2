package vn.civicsquiz.study.web;

import io.quarkus.qute.CheckedTemplate;
import vn.civicsquiz.platform.problem.Say;
import io.quarkus.qute.TemplateInstance;
import vn.civicsquiz.platform.security.Caller;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;
import vn.civicsquiz.platform.problem.ProblemException;
import vn.civicsquiz.question.Question;
import vn.civicsquiz.quiz.grading.InvalidAnswer;
import vn.civicsquiz.quiz.grading.LayoutSeeds;
import vn.civicsquiz.study.CardQuestions;
import vn.civicsquiz.study.Rating;
import vn.civicsquiz.study.ReviewService;
import vn.civicsquiz.study.StudyQueue;
import vn.civicsquiz.study.StudyQuizAnswers;
import vn.civicsquiz.learner.CurrentLearner;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;

import static vn.civicsquiz.study.web.StudyResponses.page;
import static vn.civicsquiz.study.web.StudyResponses.seeOther;

/**
 * The quiz-style review: the first due card is asked as a multiple-choice question that tests its fact, and the
 * answer is the rating — right counts as Good, wrong as Again, the same mapping as answers in a quiz
 * ({@link vn.civicsquiz.study.QuizAnswerReviews}), and it counts in the learner's per-fact mastery as a quiz answer
 * does ({@link StudyQuizAnswers}). A card whose fact no such question tests is shown as a
 * flashcard instead, and the flashcard's rating brings the learner back here.
 */
@Path("/study/quiz")
@Produces(MediaType.TEXT_HTML)
public class StudyQuizPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance ask(StudyQueue.Due due, QuizCardView quiz, boolean missingChoice,
                                           String reviewId);

        static native TemplateInstance answered(QuizCardView quiz, RatingChoice next);

        static native TemplateInstance done(StudyQueue.Due due);
    }

    private final Caller caller;
    private final StudyQueue queue;
    private final CardQuestions questions;
    private final StudyQuizAnswers studyAnswers;
    private final CurrentLearner learner;
    private final LayoutSeeds seeds;

    private final Clock clock;

    public StudyQuizPages(Caller caller, StudyQueue queue, CardQuestions questions,
                          StudyQuizAnswers studyAnswers, CurrentLearner learner, LayoutSeeds seeds,
                          Clock clock) {
        this.clock = clock;
        this.caller = caller;
        this.queue = queue;
        this.questions = questions;
        this.studyAnswers = studyAnswers;
        this.learner = learner;
        this.seeds = seeds;
    }

    /**
     * The option order of the page drawn at the card's review count {@code turn}: the same for a reload, another
     * one at the card's next review. The page sends its turn back with the answer, because a resent answer
     * arrives after the first one has moved the card on and must be read against the order the learner saw.
     */
    private Random seed(StudyQueue.StudyCard card, Question question, int turn) {
        return seeds.random("study-quiz", card.id(), turn, question.id);
    }

    @GET
    public Response ask() {
        Long accountId = caller.accountId();
        if (accountId == null) {
            return seeOther(vn.civicsquiz.platform.security.ReturnPath.signInFor("/study/quiz"));
        }
        StudyQueue.Due due = queue.due(accountId, clock.instant().truncatedTo(ChronoUnit.MICROS), 1);
        if (due.cards().isEmpty()) {
            return page(Templates.done(due), 200);
        }
        StudyQueue.StudyCard card = due.cards().get(0);
        Optional<Question> question = questions.forFact(card.factId(), card.state().reps());
        if (question.isEmpty()) {
            return seeOther("/study?card=" + card.id() + "&next=quiz");
        }
        int turn = card.state().reps();
        return page(Templates.ask(due, QuizCardView.ask(card, question.get(), seed(card, question.get(), turn), turn),
                false, UUID.randomUUID().toString()), 200);
    }

    @POST
    @Path("cards/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response answer(@PathParam("id") long cardId, @RestForm String question, @RestForm String option,
                           @RestForm String reviewId, @RestForm String turn) {
        Long accountId = caller.accountId();
        if (accountId == null) {
            return seeOther(vn.civicsquiz.platform.security.ReturnPath.signInFor("/study/quiz"));
        }
        StudyQueue.StudyCard card = queue.card(accountId, cardId);
        Question asked = questions.askable(number(question, "question"), card.factId())
                .orElseThrow(() -> badRequest(new Say("câu hỏi " + question
                        + " không kiểm tra dữ kiện của thẻ này", "question " + question + " does not test this card's fact")));
        UUID clientReviewId = uuid(reviewId);
        int pageTurn = turn(turn, card.state().reps());
        if (option == null || option.isBlank()) {
            StudyQueue.Due due = queue.due(accountId, clock.instant().truncatedTo(ChronoUnit.MICROS), 0);
            return page(Templates.ask(due, QuizCardView.ask(card, asked, seed(card, asked, pageTurn), pageTurn), true,
                    clientReviewId == null ? UUID.randomUUID().toString() : clientReviewId.toString()), 400);
        }
        long chosen = number(option, "option");
        QuizCardView answered;
        try {
            answered = QuizCardView.answered(card, asked, seed(card, asked, pageTurn), pageTurn, chosen);
        } catch (InvalidAnswer e) {
            throw badRequest(new Say("phương án " + chosen + " không thuộc câu hỏi " + asked.id,
                    "option " + chosen + " is not an option of question " + asked.id));
        }
        Rating rating = answered.answeredCorrectly() ? Rating.GOOD : Rating.AGAIN;
        Instant now = clock.instant();
        ReviewService.Outcome outcome = studyAnswers.answer(learner.require(), cardId, asked.id,
                answered.answeredCorrectly(), clientReviewId, now);
        RatingChoice next = RatingChoice.after(rating, Duration.between(now, outcome.card().due.toInstant()));
        return page(Templates.answered(answered, next), 200);
    }

    private static long number(String value, String field) {
        try {
            return Long.parseLong(value == null ? "" : value.trim());
        } catch (NumberFormatException e) {
            throw badRequest(new Say(field + " phải là một số", field + " must be a number"));
        }
    }

    /** The review count the page was drawn at: the card's current one when not sent, never a later one. */
    private static int turn(String value, int current) {
        if (value == null || value.isBlank()) {
            return current;
        }
        long sent = number(value, "turn");
        if (sent < 0 || sent > current) {
            throw badRequest(new Say("turn phải là một số lần ôn của thẻ này, tối đa " + current,
                    "turn must be a review count of this card, at most " + current));
        }
        return (int) sent;
    }

    private static UUID uuid(String value) {
        try {
            return value == null || value.isBlank() ? null : UUID.fromString(value.trim());
        } catch (IllegalArgumentException e) {
            throw badRequest(new Say("reviewId phải là một UUID", "reviewId must be a UUID"));
        }
    }

    private static ProblemException badRequest(Say detail) {
        return ProblemException.badRequest(detail);
    }
}
