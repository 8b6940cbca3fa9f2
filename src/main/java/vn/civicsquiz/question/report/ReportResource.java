package vn.civicsquiz.question.report;

import jakarta.annotation.security.RolesAllowed;
import vn.civicsquiz.platform.problem.Say;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import vn.civicsquiz.learner.Role;
import vn.civicsquiz.platform.problem.Problem;
import vn.civicsquiz.platform.problem.ProblemException;
import vn.civicsquiz.question.QuestionStatus;
import vn.civicsquiz.teacher.QuestionBank;
import vn.civicsquiz.teacher.StatusChange;

/** The reports for teachers: which questions learners report, how many, and retiring or releasing them. */
@Path("/api/v1/reports")
@RolesAllowed(Role.TEACHER)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Question reports", description = "Learners report a question they think is wrong; teachers act on it")
public class ReportResource {

    private final QuestionReports reports;
    private final QuestionBank bank;
    private final vn.civicsquiz.platform.security.Caller caller;

    public ReportResource(QuestionReports reports, QuestionBank bank, vn.civicsquiz.platform.security.Caller caller) {
        this.reports = reports;
        this.bank = bank;
        this.caller = caller;
    }

    /** The version of the question the teacher read, as for every status change. */
    @Schema(name = "ReportAction")
    public record Action(@NotNull @Schema(required = true, example = "0") Integer version) {
    }

    @GET
    @Operation(summary = "Reported questions", description = "Most open reports first, with counts and comments")
    public List<ReportSummary> list() {
        return reports.summaries();
    }

    @POST
    @Path("/{questionId}/retire")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Retire a reported question", description = "Its open reports are resolved as retired")
    @APIResponse(responseCode = "200", description = "retired; the reports as they are now")
    @APIResponse(responseCode = "404", description = "no reports of this question",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "the question changed since it was read",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<ReportSummary> retire(@PathParam("questionId") long questionId, @Valid @NotNull Action action) {
        requireReported(questionId);
        bank.changeStatus(questionId, new StatusChange(QuestionStatus.retired, action.version()), caller.accountId());
        reports.resolve(questionId, "retired");
        return reports.summaries();
    }

    @POST
    @Path("/{questionId}/release")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Keep a reported question", description = "The teacher found it sound: its open reports are "
            + "resolved as released and it is no longer held back")
    @APIResponse(responseCode = "200", description = "released; the reports as they are now")
    @APIResponse(responseCode = "404", description = "no reports of this question",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "the question changed since it was read",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<ReportSummary> release(@PathParam("questionId") long questionId, @Valid @NotNull Action action) {
        requireReported(questionId);
        reports.release(questionId, action.version());
        return reports.summaries();
    }

    private void requireReported(long questionId) {
        if (!reports.reported(questionId)) {
            throw ProblemException.notFound(new Say("Báo lỗi của câu hỏi " + questionId, "Reports of question " + questionId));
        }
    }
}
