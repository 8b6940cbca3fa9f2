package vn.civicsquiz.quiz.web;

import io.quarkus.qute.CheckedTemplate;
import vn.civicsquiz.platform.problem.Say;
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
import vn.civicsquiz.quiz.AttemptService;
import vn.civicsquiz.quiz.AttemptViews;
import vn.civicsquiz.quiz.ItemView;
import vn.civicsquiz.quiz.QuizAttempt;
import vn.civicsquiz.quiz.QuizMode;
import vn.civicsquiz.quiz.QuizSettings;
import vn.civicsquiz.classes.AssignmentView;
import vn.civicsquiz.classes.ClassService;
import vn.civicsquiz.classes.Assignments;
import vn.civicsquiz.web.ErrorPages;
import vn.civicsquiz.web.LanguageResolver;
import vn.civicsquiz.quiz.QuizTopics;
import vn.civicsquiz.quiz.StartRequest;

import java.net.URI;
import java.util.List;

/** Starting, resuming and finishing a quiz in the browser, and its results page. */
@Path("/quiz")
@Produces(MediaType.TEXT_HTML)
public class QuizPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance result(QuizAttempt attempt, ResultSummary summary, List<ItemView> items,
                                              boolean timeUp);

        static native TemplateInstance confirmFinish(QuizAttempt attempt, List<Integer> unanswered, int size);
    }

    private final CurrentLearner current;
    private final AttemptService attempts;
    private final AttemptViews views;
    private final QuizSettings settings;
    private final ClassService classes;
    private final Assignments assignments;
    private final ErrorPages errorPages;
    private final LanguageResolver languages;
    private final vn.civicsquiz.classes.AssignmentStarts assignmentStarts;

    public QuizPages(CurrentLearner current, AttemptService attempts, AttemptViews views, QuizSettings settings,
                     ClassService classes, Assignments assignments, ErrorPages errorPages, LanguageResolver languages,
                     vn.civicsquiz.classes.AssignmentStarts assignmentStarts) {
        this.assignmentStarts = assignmentStarts;
        this.languages = languages;
        this.classes = classes;
        this.assignments = assignments;
        this.errorPages = errorPages;
        this.current = current;
        this.attempts = attempts;
        this.views = views;
        this.settings = settings;
    }

    @POST
    @Path("start")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response start(@RestForm String topic, @RestForm String size, @RestForm String mode,
                          @RestForm String limit, @RestForm boolean review, @RestForm String assignment) {
        if (assignment != null && !assignment.isBlank()) {
            return startAssignment(assignment);
        }
        if (!QuizTopics.known(topic)) {
            throw ProblemException.badRequest(new Say("Không có chủ đề này", "Unknown topic"));
        }
        QuizMode quizMode = QuizMode.parse(mode).orElse(QuizMode.practice);
        int count = review ? settings.maxSize() : clamp(parse(size, settings.sizes().get(0)), 1, settings.maxSize());
        Integer minutes = parse(limit, 0) > 0 && settings.timeLimitsMinutes().contains(parse(limit, 0))
                ? parse(limit, 0) : null;
        QuizAttempt attempt;
        try {
            attempt = attempts.start(current.require(), new StartRequest(topic, count,
                    review ? QuizMode.practice : quizMode, review, minutes == null ? null : minutes * 60));
        } catch (ProblemException.Conflict noQuestions) {
            return seeOther("/?notice=" + (review ? "no_mistakes" : "empty"));
        }
        return seeOther("/quiz/" + attempt.id + "/q/1");
    }

    /**
     * An assignment of one of the learner's classes, with its questions (chosen, drawn from its sets or its topic),
     * mode and time limit, marked as answering it; refused outside its opening times and past its attempts.
     */
    private Response startAssignment(String assignment) {
        Long accountId = current.accountId();
        long id;
        try {
            id = Long.parseLong(assignment.strip());
        } catch (NumberFormatException e) {
            throw ProblemException.badRequest(new Say("assignment phải là một số", "assignment must be a number"));
        }
        if (accountId == null) {
            return seeOther(vn.civicsquiz.platform.security.ReturnPath.signInFor("/assignments"));
        }
        AssignmentView a = classes.assignmentForMember(id, accountId)
                .orElseThrow(() -> ProblemException.notFound(new Say("Bài tập " + id, "Assignment " + id)));
        var learner = current.require();
        QuizAttempt attempt;
        try {
            attempt = assignmentStarts.start(learner, a);
        } catch (Assignments.Refused refused) {
            return errorPages.page(409, refused.messageKey());
        } catch (ProblemException.Conflict noQuestions) {
            return seeOther("/?notice=empty");
        }
        return seeOther("/quiz/" + attempt.id + "/q/1");
    }

    /** Continues where the learner stopped: the first unanswered question, or the results. */
    @GET
    @Path("{id}")
    public Response resume(@PathParam("id") long id) {
        QuizAttempt attempt = attempts.load(learner(), id);
        if (attempt.finished()) {
            return seeOther("/quiz/" + id + "/result");
        }
        List<Short> answered = attempts.answeredPositions(id);
        int position = 1;
        while (position < attempt.size && answered.contains((short) position)) {
            position++;
        }
        return seeOther("/quiz/" + id + "/q/" + position);
    }

    @POST
    @Path("{id}/finish")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response finish(@PathParam("id") long id, @RestForm String confirmed) {
        LearnerRef learner = learner();
        if (!"true".equals(confirmed)) {
            QuizAttempt attempt = attempts.load(learner, id);
            List<Integer> unanswered = unanswered(attempt);
            if (!attempt.finished() && !attempt.overdue(attempts.now()) && !unanswered.isEmpty()) {
                return Response.ok(Templates.confirmFinish(attempt, unanswered, attempt.size)).header("Cache-Control", "no-store")
                        .build();
            }
        }
        attempts.finish(learner, id);
        return seeOther("/quiz/" + id + "/result");
    }

    /** Positions not answered yet: finishing with any asks the learner to confirm (one tap must not lose a test). */
    private List<Integer> unanswered(QuizAttempt attempt) {
        List<Short> answered = attempts.answeredPositions(attempt.id);
        List<Integer> open = new java.util.ArrayList<>();
        for (int position = 1; position <= attempt.size; position++) {
            if (!answered.contains((short) position)) {
                open.add(position);
            }
        }
        return open;
    }

    @GET
    @Path("{id}/result")
    public Response result(@PathParam("id") long id) {
        QuizAttempt attempt = attempts.load(learner(), id);
        if (!attempt.finished()) {
            return seeOther("/quiz/" + id);
        }
        boolean timeUp = attempt.deadline() != null && !attempt.finishedAt.isBefore(attempt.deadline());
        List<ItemView> items = views.all(attempt);
        return Response.ok(Templates.result(attempt, ResultSummary.of(attempt, items, languages.locale()), items, timeUp))
                .header("Cache-Control", "no-store").build();
    }

    static Response seeOther(String path) {
        return Response.seeOther(URI.create(path)).build();
    }

    private LearnerRef learner() {
        return current.find().orElseThrow(() -> ProblemException.notFound(new Say("Lượt làm bài", "Attempt")));
    }

    private static int parse(String value, int fallback) {
        try {
            return value == null || value.isBlank() ? fallback : Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    private static int clamp(int value, int min, int max) {
        return Math.max(min, Math.min(max, value));
    }
}
