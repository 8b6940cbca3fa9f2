package vn.civicsquiz.question.report;

import jakarta.validation.Valid;
import vn.civicsquiz.platform.problem.Say;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import vn.civicsquiz.learner.CurrentLearner;
import vn.civicsquiz.learner.LearnerRef;
import vn.civicsquiz.platform.problem.Problem;
import vn.civicsquiz.platform.problem.ProblemException;

/** "Báo lỗi câu hỏi" for learners (HTTP Basic, or a guest's X-Guest-Token). */
@Path("/api/v1/me/reports")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Question reports", description = "Learners report a question they think is wrong; teachers act on it")
public class ReportApi {

    private final CurrentLearner current;
    private final QuestionReports reports;

    public ReportApi(CurrentLearner current, QuestionReports reports) {
        this.current = current;
        this.reports = reports;
    }

    /** The outcome: {@code created} is false when this learner had already reported the question. */
    @Schema(name = "ReportFiled")
    public record Filed(long questionId, boolean created, boolean heldBack) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Report a question", description = "One report per learner and question; reporting again "
            + "changes nothing. Enough reports hold the question back from new quizzes until a teacher looks.")
    @APIResponse(responseCode = "201", description = "reported",
            content = @Content(schema = @Schema(implementation = Filed.class)))
    @APIResponse(responseCode = "200", description = "already reported by this learner",
            content = @Content(schema = @Schema(implementation = Filed.class)))
    @APIResponse(responseCode = "401", description = "neither signed in nor a known guest",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "no published question with this id",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response report(@Valid @NotNull ReportRequest body) {
        LearnerRef learner = current.accountId() != null ? current.require() : current.find()
                .orElseThrow(() -> ProblemException.notSignedIn(new Say("Hãy đăng nhập hoặc gửi mã khách"
                        + " để báo lỗi câu hỏi", "Sign in or send your guest token to report a question")));
        QuestionReports.Filed filed = reports.report(learner.learnerId(), body.questionId(), body.comment());
        return Response.status(filed.created() ? 201 : 200)
                .entity(new Filed(body.questionId(), filed.created(), filed.heldBack())).build();
    }
}
