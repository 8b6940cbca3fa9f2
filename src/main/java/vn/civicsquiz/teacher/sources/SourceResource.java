package vn.civicsquiz.teacher.sources;

import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.civicsquiz.learner.Role;
import vn.civicsquiz.platform.problem.Problem;
import vn.civicsquiz.platform.security.Caller;

import java.util.concurrent.CompletionStage;

/** Teachers add news articles: facts and questions are proposed for review, then published. */
@Path("/api/v1") // shares the /api/v1 root with content.ContentResource, which serves GET /api/v1/sources
@RolesAllowed(Role.TEACHER)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Sources", description = "New articles, their proposed facts and questions")
public class SourceResource {

    private final SourceIntake intake;
    private final SourceReview review;
    private final Caller caller;

    public SourceResource(SourceIntake intake, SourceReview review, Caller caller) {
        this.intake = intake;
        this.review = review;
        this.caller = caller;
    }

    @POST
    @Path("sources")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add an article", description = "Cleans the page noise, extracts facts and generates "
            + "questions; stores the article and facts as drafts and the questions with status draft.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = SourceInput.class), examples = @ExampleObject(name = "article", value = """
            {"title": "Quảng Ninh đẩy mạnh đối ngoại địa phương", "outlet": "Báo Quảng Ninh", "date": "2025-03-05",
             "text": "Quảng Ninh đẩy mạnh đối ngoại địa phương\\nChia sẻ Zalo\\n\\nĐến nay, tỉnh đã ký thỏa thuận \
            hợp tác với 27 địa phương của 12 quốc gia.\\n\\nMinh Anh"}""")))
    @APIResponse(responseCode = "201", description = "Stored as drafts, for review",
            content = @Content(schema = @Schema(implementation = SourceDraftView.class)))
    @APIResponse(responseCode = "400", description = "A field is missing or not valid",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The same article was added already",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @Blocking // validation and the duplicate check read the database; drafting then runs off the worker
    public CompletionStage<Response> add(SourceInput input, UriInfo uri) {
        var location = uri.getAbsolutePathBuilder();
        return intake.add(input, caller.accountId()).thenApply(added ->
                Response.created(location.path(added.source().id()).build()).entity(added).build());
    }

    @GET
    @Path("sources/{id}/review")
    @Operation(summary = "An added article with its facts and questions",
            description = "GET /api/v1/sources/{id} (the reading API) shows published articles only.")
    @APIResponse(responseCode = "404", description = "No such added article",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public SourceDraftView get(@PathParam("id") String id) {
        return review.get(id);
    }

    @POST
    @Path("sources/{id}/publish")
    @Operation(summary = "Publish an added article", description = "The article and its filed facts become "
            + "active and its generated questions published; facts of no curated set stay drafts.")
    @APIResponse(responseCode = "200", description = "Published",
            content = @Content(schema = @Schema(implementation = SourceDraftView.class)))
    @APIResponse(responseCode = "404", description = "No such added article",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Already published",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public SourceDraftView publish(@PathParam("id") String id) {
        return review.publish(id);
    }
}
