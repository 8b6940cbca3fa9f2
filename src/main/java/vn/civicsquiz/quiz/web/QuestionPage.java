package vn.civicsquiz.quiz.web;

import vn.civicsquiz.quiz.grading.FormAnswers;
import vn.civicsquiz.platform.problem.Say;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;
import vn.civicsquiz.learner.CurrentLearner;
import vn.civicsquiz.learner.LearnerRef;
import vn.civicsquiz.platform.problem.ProblemException;
import vn.civicsquiz.quiz.AnswerService;
import vn.civicsquiz.quiz.AttemptPositions;
import vn.civicsquiz.quiz.AttemptPositions.AttemptPosition;
import vn.civicsquiz.quiz.AttemptService;
import vn.civicsquiz.quiz.AttemptViews;
import vn.civicsquiz.quiz.grading.InvalidAnswer;
import vn.civicsquiz.quiz.ItemView;
import vn.civicsquiz.quiz.grading.AnswerInput;
import vn.civicsquiz.quiz.QuizAttempt;
import vn.civicsquiz.quiz.QuizSettings;

import java.util.List;

/** One question per page. Answers post back here and redirect (so a refresh never posts twice). */
@Path("/quiz/{id}/q/{position}")
@Produces(MediaType.TEXT_HTML)
public class QuestionPage {

    @CheckedTemplate
    static class Templates {
        /**
         * @param locked whether the answer can no longer change: answered in practice (a test's answers change
         *               until it is submitted)
         */
        static native TemplateInstance question(QuizAttempt attempt, ItemView item, QuestionState state, String typed,
                                                boolean locked);
    }

    private final CurrentLearner current;
    private final AttemptService attempts;
    private final AttemptPositions positions;
    private final AnswerService answers;
    private final AttemptViews views;
    private final QuizSettings settings;

    public QuestionPage(CurrentLearner current, AttemptService attempts, AttemptPositions positions,
                        AnswerService answers, AttemptViews views, QuizSettings settings) {
        this.current = current;
        this.attempts = attempts;
        this.positions = positions;
        this.answers = answers;
        this.views = views;
        this.settings = settings;
    }

    /** One read of the attempt with its answered positions, the item and its answer (no transaction to hold). */
    @GET
    public Response show(@PathParam("id") long id, @PathParam("position") int position) {
        AttemptPosition read = positions.read(learner(), id, position);
        if (read.attempt().finished()) {
            return QuizPages.seeOther("/quiz/" + id + "/result");
        }
        return page(read, position, null, List.of(), null, null, 200);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response answer(@PathParam("id") long id, @PathParam("position") int position,
                           @RestForm("option") List<String> option, @RestForm("pos") List<String> pos,
                           @RestForm("pair") List<String> pair, @RestForm("value") String value,
                           @RestForm("text") String text) {
        LearnerRef learner = learner();
        AttemptPosition read = positions.read(learner, id, position);
        QuizAttempt attempt = read.attempt();
        if (attempt.finished()) {
            return QuizPages.seeOther("/quiz/" + id + "/result");
        }
        ItemView shown = item(read, position);
        try {
            AnswerInput input = FormAnswers.parse(shown.kind(), option, pos, pair, value, text);
            answers.answer(learner, id, position, input);
        } catch (InvalidAnswer e) {
            Draft draft = new Draft(option, pos, pair, value != null ? value : text);
            return page(read, position, e.reason(), e.args(), draft, shown, 400);
        } catch (ProblemException.Conflict finished) {
            return QuizPages.seeOther("/quiz/" + id + "/result");
        }
        if (attempt.feedbackAfterEachAnswer()) {
            return QuizPages.seeOther("/quiz/" + id + "/q/" + position + "#feedback");
        }
        QuestionState state = QuestionState.of(attempt, position, attempts.answeredPositions(id),
                settings.studyZone(), null);
        return QuizPages.seeOther("/quiz/" + id + "/q/" + (state.next() == null ? position : state.next()));
    }

    /** What a refused form held, to show it again as the learner left it. */
    private record Draft(List<String> option, List<String> pos, List<String> pair, String typed) {
    }

    /** @param draft the refused form, shown again in the fields (null otherwise) */
    private Response page(AttemptPosition read, int position, String errorKey, List<String> errorArgs, Draft draft,
                          ItemView shown, int status) {
        QuizAttempt attempt = read.attempt();
        List<Short> answered = read.answered();
        ItemView item = draft == null ? item(read, position)
                : FormDraft.of(shown, draft.option(), draft.pos(), draft.pair());
        QuestionState state = QuestionState.of(attempt, position, answered, settings.studyZone(), errorKey, errorArgs);
        boolean locked = item.answered() && attempt.feedbackAfterEachAnswer();
        String typed = draft == null || draft.typed() == null ? "" : draft.typed();
        return Response.status(status).entity(Templates.question(attempt, item, state, typed, locked))
                .header("Cache-Control", "no-store").build();
    }

    private ItemView item(AttemptPosition read, int position) {
        return views.item(read.attempt(), read.requireItem(position), read.answer(), read.asked().passages());
    }

    private LearnerRef learner() {
        return current.find().orElseThrow(() -> ProblemException.notFound(new Say("Lượt làm bài", "Attempt")));
    }
}
