package vn.civicsquiz.study.api;

import com.fasterxml.jackson.databind.JsonNode;
import vn.civicsquiz.platform.problem.Say;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.civicsquiz.learner.Role;
import vn.civicsquiz.platform.problem.Problem;
import vn.civicsquiz.platform.problem.ProblemException;
import vn.civicsquiz.platform.security.Caller;
import vn.civicsquiz.study.Rating;
import vn.civicsquiz.study.RatingInput;
import vn.civicsquiz.study.ReviewService;
import vn.civicsquiz.study.StudyQueue;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Spaced-repetition study for API clients (HTTP Basic): the due queue and reviews. */
@Path("/api/v1/me/study")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.LEARNER, Role.TEACHER})
@Tag(name = "Study", description = "Flashcards of the facts, scheduled with FSRS-6")
@SecurityRequirement(name = "basic")
public class StudyApi {

    private final Caller caller;
    private final StudyQueue queue;
    private final ReviewService reviews;

    private final Clock clock;

    public StudyApi(Caller caller, StudyQueue queue, ReviewService reviews, Clock clock) {
        this.clock = clock;
        this.caller = caller;
        this.queue = queue;
        this.reviews = reviews;
    }

    @GET
    @Path("due")
    @Operation(summary = "Cards due now, earliest first; new facts join up to the daily new-card limit")
    public StudyDtos.DueDto due() {
        return StudyDtos.due(queue.due(accountId(), clock.instant()));
    }

    @POST
    @Path("cards/{id}/review")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Rate a card; returns its new schedule. A repeated reviewId changes nothing; "
            + "without one, a second review of the card within a second is refused with 409")
    public StudyDtos.ScheduleDto review(@PathParam("id") long id, StudyDtos.ReviewRequest request) {
        if (request == null) {
            throw bad("rating", new Say("cần nội dung JSON có rating", "a JSON body with a rating is required"));
        }
        Rating rating = RatingInput.parse(text(request.rating())).orElseThrow(() -> bad("rating", RatingInput.EXPECTED));
        UUID reviewId = reviewId(request.reviewId());
        ReviewService.Outcome outcome = reviews.review(accountId(), id, rating, reviewId, clock.instant());
        return StudyDtos.schedule(outcome.card(), outcome.replayed());
    }

    private long accountId() {
        return caller.accountId();
    }

    private static String text(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (node.isIntegralNumber()) {
            return node.asText();
        }
        return node.isTextual() ? node.textValue() : null;
    }

    private static UUID reviewId(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(value.trim());
        } catch (IllegalArgumentException e) {
            throw bad("reviewId", new Say("reviewId phải là một UUID", "reviewId must be a UUID"));
        }
    }

    private static ProblemException bad(String field, Say message) {
        return ProblemException.badRequest(new Say("Lượt ôn không hợp lệ", "The review is not valid"),
                ProblemException.fault(field, message));
    }
}
