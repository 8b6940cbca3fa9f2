package vn.civicsquiz.quiz.api;

import jakarta.validation.Valid;
import vn.civicsquiz.platform.problem.Say;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeIn;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.civicsquiz.learner.CurrentLearner;
import vn.civicsquiz.learner.GuestTokens;
import vn.civicsquiz.learner.LearnerRef;
import vn.civicsquiz.platform.problem.Problem;
import vn.civicsquiz.platform.problem.ProblemException;
import vn.civicsquiz.quiz.AnswerService;
import vn.civicsquiz.quiz.AttemptService;
import vn.civicsquiz.quiz.AttemptViews;
import vn.civicsquiz.quiz.grading.InvalidAnswer;
import vn.civicsquiz.quiz.ItemView;
import vn.civicsquiz.quiz.QuizAttempt;
import vn.civicsquiz.quiz.QuizMode;
import vn.civicsquiz.quiz.QuizTopics;
import vn.civicsquiz.quiz.StartRequest;

import java.net.URI;
import java.util.List;

/**
 * The quiz flow for mobile clients and automation. Signed-in learners use HTTP Basic; a guest sends the
 * {@code X-Guest-Token} returned by the first POST /api/v1/attempts.
 */
@Path("/api/v1/attempts")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Learner quizzes", description = "Take a quiz: start, answer, finish")
@SecurityScheme(securitySchemeName = "guest", type = SecuritySchemeType.APIKEY, in = SecuritySchemeIn.HEADER,
        apiKeyName = GuestTokens.HEADER, description = "a guest's token, as returned when the guest started")
@SecurityScheme(securitySchemeName = "basic", type = SecuritySchemeType.HTTP, scheme = "basic")
@SecurityRequirement(name = "basic")
@SecurityRequirement(name = "guest")
public class AttemptApi {

    private final CurrentLearner current;
    private final AttemptService attempts;
    private final AnswerService answers;
    private final AttemptViews views;

    public AttemptApi(CurrentLearner current, AttemptService attempts, AnswerService answers, AttemptViews views) {
        this.current = current;
        this.attempts = attempts;
        this.answers = answers;
        this.views = views;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Start an attempt", description = "Questions come in their fixed order with shuffled options;"
            + " the correct flags are never sent. Without credentials or guest token a new guest is created.")
    @APIResponse(responseCode = "201", description = "started", headers = @Header(name = GuestTokens.HEADER,
            description = "only for a new guest: send it with every later request"),
            content = @Content(schema = @Schema(implementation = AttemptDtos.AttemptDto.class)))
    @APIResponse(responseCode = "400", description = "invalid topic, size or mode",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "no question available (or no mistakes to review)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response start(@Valid @NotNull StartAttemptRequest body) {
        if (!QuizTopics.known(body.topic())) {
            throw ProblemException.badRequest(new Say("Không có chủ đề '" + body.topic() + "'",
                    "Unknown topic '" + body.topic() + "'"), ProblemException.fault("topic",
                    "phải là một trong " + QuizTopics.ALL, "must be one of " + QuizTopics.ALL));
        }
        LearnerRef learner = current.require();
        QuizMode mode = body.mode() == null ? QuizMode.practice : QuizMode.valueOf(body.mode());
        Integer limit = body.timeLimitMinutes() == null ? null : body.timeLimitMinutes() * 60;
        AttemptService.Started started = attempts.startWithItems(learner, new StartRequest(body.topic(),
                body.size() == null ? 10 : body.size(), mode, Boolean.TRUE.equals(body.review()), limit));
        return Response.created(URI.create("/api/v1/attempts/" + started.attempt().id))
                .entity(AttemptDtos.attempt(started.attempt(), views.started(started))).build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "An attempt with its questions, answered state and any feedback that may be shown")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = AttemptDtos.AttemptDto.class)))
    @APIResponse(responseCode = "404", description = "no such attempt of this learner")
    public AttemptDtos.AttemptDto get(@PathParam("id") long id) {
        QuizAttempt attempt = attempts.load(learner(), id);
        return AttemptDtos.attempt(attempt, views.all(attempt));
    }

    @PUT
    @Path("{id}/answers/{position}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Answer one question", description = "Idempotent: a repeated request returns the stored"
            + " result with replayed=true. In practice the first answer wins and feedback comes at once; in a test a"
            + " different answer replaces the stored one until the test is finished.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = AttemptDtos.AnswerResultDto.class)))
    @APIResponse(responseCode = "400", description = "answer of the wrong shape or naming another question's options",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "no such attempt of this learner, or no such position")
    @APIResponse(responseCode = "409", description = "the attempt is finished (or its time is up)")
    public AttemptDtos.AnswerResultDto answer(@PathParam("id") long id, @PathParam("position") int position,
                                              @Valid @NotNull AnswerRequest body) {
        AnswerService.Outcome outcome;
        try {
            outcome = answers.answer(learner(), id, position, body.toInput());
        } catch (InvalidAnswer e) {
            throw ProblemException.badRequest(e.detail(), ProblemException.fault(e.field(), e.detail()));
            // an ambiguous number's detail names both readings; nothing was stored
        }
        QuizAttempt attempt = outcome.attempt();
        if (!attempt.feedbackAfterEachAnswer()) {
            return new AttemptDtos.AnswerResultDto(position, outcome.replayed(), null, null);
        }
        ItemView view = views.item(attempt, outcome.item(), outcome.answer(), outcome.passages());
        return new AttemptDtos.AnswerResultDto(position, outcome.replayed(), outcome.answer().correct,
                AttemptDtos.feedback(view));
    }

    @POST
    @Path("{id}/finish")
    @Operation(summary = "Finish the attempt", description = "Unanswered questions count as wrong. Finishing again"
            + " returns the same result.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = AttemptDtos.ResultDto.class)))
    @APIResponse(responseCode = "404", description = "no such attempt of this learner")
    public AttemptDtos.ResultDto finish(@PathParam("id") long id) {
        QuizAttempt attempt = attempts.finish(learner(), id);
        return AttemptDtos.result(attempt, views.all(attempt));
    }

    private LearnerRef learner() {
        return current.find().orElseThrow(() -> ProblemException.notFound(new Say("Lượt làm bài", "Attempt")));
    }
}
