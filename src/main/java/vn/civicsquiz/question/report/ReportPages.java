package vn.civicsquiz.question.report;

import io.quarkus.qute.CheckedTemplate;
import vn.civicsquiz.platform.problem.Say;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
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

import java.net.URI;

/**
 * "Báo lỗi câu hỏi" in the browser, for the question at one position of the learner's own attempt: the question and
 * result pages post the form here; the answer redirects to a confirmation (so a refresh never posts twice).
 */
@Path("/quiz/{id}/q/{position}/report")
@Produces(MediaType.TEXT_HTML)
public class ReportPages {

    /** What the page says: the form, or that the report was just sent or had been sent before. */
    public enum Outcome { form, sent, already }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance report(QuizAttempt attempt, ItemView item, Outcome outcome, String comment,
                                              boolean tooLong, int maxComment);
    }

    private final CurrentLearner current;
    private final AttemptService attempts;
    private final AttemptViews views;
    private final QuestionReports reports;

    public ReportPages(CurrentLearner current, AttemptService attempts, AttemptViews views, QuestionReports reports) {
        this.current = current;
        this.attempts = attempts;
        this.views = views;
        this.reports = reports;
    }

    @GET
    public Response show(@PathParam("id") long id, @PathParam("position") int position,
                         @QueryParam("sent") String sent) {
        LearnerRef learner = learner();
        QuizAttempt attempt = attempts.load(learner, id);
        ItemView item = views.item(attempt, position, false);
        Outcome outcome = !reports.reportedBy(learner.learnerId(), item.questionId()) ? Outcome.form
                : "new".equals(sent) ? Outcome.sent : Outcome.already;
        return page(attempt, item, outcome, "", false, 200);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response report(@PathParam("id") long id, @PathParam("position") int position,
                           @RestForm String comment) {
        LearnerRef learner = learner();
        QuizAttempt attempt = attempts.load(learner, id);
        ItemView item = views.item(attempt, position, false);
        QuestionReports.Filed filed;
        try {
            filed = reports.report(learner.learnerId(), item.questionId(), comment);
        } catch (ProblemException.InvalidRequest e) {
            return page(attempt, item, Outcome.form, comment == null ? "" : comment, true, 400);
        }
        return Response.seeOther(URI.create("/quiz/" + id + "/q/" + position + "/report?sent="
                + (filed.created() ? "new" : "again"))).build();
    }

    private Response page(QuizAttempt attempt, ItemView item, Outcome outcome, String comment, boolean tooLong,
                          int status) {
        return Response.status(status).entity(Templates.report(attempt, item, outcome, comment, tooLong,
                QuestionReports.MAX_COMMENT)).header("Cache-Control", "no-store").build();
    }

    private LearnerRef learner() {
        return current.find().orElseThrow(() -> ProblemException.notFound(new Say("Lượt làm bài", "Attempt")));
    }
}
