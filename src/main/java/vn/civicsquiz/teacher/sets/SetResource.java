package vn.civicsquiz.teacher.sets;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.civicsquiz.learner.Role;
import vn.civicsquiz.platform.problem.ApiLanguage;
import vn.civicsquiz.platform.problem.Problem;
import vn.civicsquiz.platform.problem.ProblemException;
import vn.civicsquiz.platform.security.Caller;
import vn.civicsquiz.platform.problem.QueryParams;

/** Question sets (categories) for teachers. Problem details are Vietnamese, English with Accept-Language: en. */
@Path("/api/v1/sets")
@RolesAllowed(Role.TEACHER)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Question sets", description = "Nested question sets, like Moodle's question categories")
public class SetResource {

    private final QuestionSets sets;
    private final Caller caller;
    private final ObjectMapper json;
    private final ApiLanguage language;

    private final QueryParams params;

    public SetResource(QuestionSets sets, Caller caller, ObjectMapper json, ApiLanguage language, QueryParams params) {
        this.params = params;
        this.sets = sets;
        this.caller = caller;
        this.json = json;
        this.language = language;
    }

    @GET
    @Operation(summary = "The sets you see: yours and the shared ones, by path",
            description = "In pages of up to 1 000 (500 unless size says otherwise); X-Total-Count says how many you"
                    + " see, and a Link header with rel=\"next\" gives the next page while there is one.")
    @APIResponse(responseCode = "200", description = "One page of sets, by path",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = SetView.class, type = SchemaType.ARRAY)))
    public Response list(@Parameter(description = "0-based", example = "0") @QueryParam("page") String page,
                         @Parameter(description = "1 to 1000", example = "500") @QueryParam("size") String size,
                         @Context UriInfo uri) {
        int p = params.intIn(page, 0, 0, 100_000, "page");
        int s = params.intIn(size, 500, 1, 1000, "size");
        long total = sets.count(me());
        Response.ResponseBuilder answer = Response.ok(sets.list(me(), p, s)).header("X-Total-Count", total);
        if ((long) (p + 1) * s < total) {
            answer.link(uri.getRequestUriBuilder().replaceQueryParam("page", p + 1).replaceQueryParam("size", s)
                    .build(), "next");
        }
        return answer.build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One set, with its question counts (own and with every subset)")
    @APIResponse(responseCode = "404", description = "No such set that you see",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public SetView get(@PathParam("id") long id) {
        return sets.find(id, me());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a set", description = "Under a parent you see, or at the top.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation =
            SetInput.class), examples = @ExampleObject(name = "week", value = "{\"name\": \"Tuần 1\", \"parent\": 3}")))
    @APIResponse(responseCode = "201", description = "Created")
    @APIResponse(responseCode = "400", description = "Name missing or too long, unknown parent",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "A set of that name is already there",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response create(SetInput input, UriInfo uri) {
        SetView created = sets.create(me(), input);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .entity(created).build();
    }

    @PATCH
    @Path("{id}")
    @Consumes({"application/merge-patch+json", MediaType.APPLICATION_JSON})
    @Operation(summary = "Rename, move or share one of your sets", description = "Send the version you read; "
            + "\"parent\": null moves the set to the top.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "rename",
            value = "{\"version\": 0, \"name\": \"Tuần 2\"}")))
    @APIResponse(responseCode = "403", description = "Another teacher's set",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Stale version or name taken",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public SetView patch(@PathParam("id") long id, byte[] body) throws IOException {
        JsonNode tree = body == null || body.length == 0 ? null : json.readTree(body);
        if (tree == null || !tree.isObject()) {
            throw ProblemException.badRequest(language.say("Bản vá phải là một đối tượng JSON",
                    "A patch is a JSON object"), List.of(new Problem.FieldError("body", language.say(
                    "name, parent, shared và version", "name, parent, shared and version"))));
        }
        return sets.patch(id, me(), json.treeToValue(tree, SetInput.class), tree.has("parent"));
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Delete one of your sets", description = "Only without subsets; a set holding questions "
            + "is deleted only with moveTo, the set its questions move to.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "409", description = "It has subsets, or questions and no moveTo",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response delete(@PathParam("id") long id,
                           @Parameter(description = "The set that receives its questions") @QueryParam("moveTo")
                           String moveTo) {
        sets.delete(id, me(), params.optionalId(moveTo, "moveTo"));
        return Response.noContent().build();
    }

    private long me() {
        return caller.accountId();
    }
}
