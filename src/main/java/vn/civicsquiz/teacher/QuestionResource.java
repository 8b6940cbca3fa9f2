package vn.civicsquiz.teacher;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.civicsquiz.learner.Role;
import vn.civicsquiz.platform.problem.Problem;
import vn.civicsquiz.platform.security.Caller;
import vn.civicsquiz.question.QuestionKind;
import vn.civicsquiz.question.QuestionOrigin;
import vn.civicsquiz.question.QuestionStatus;
import vn.civicsquiz.quiz.api.AttemptDtos;
import vn.civicsquiz.platform.problem.QueryParams;

/** Teachers write, review, publish and retire questions. HTTP Basic, teacher role. */
@Path("/api/v1/questions")
@RolesAllowed(Role.TEACHER)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Questions", description = "The question bank, for teachers")
public class QuestionResource {

    static final String CREATE_EXAMPLE = """
            {"kind": "NEGATIVE", "topic": "three-pillars", "title": "Ba trụ cột",
             "stem": "Trụ cột nào KHÔNG thuộc nền đối ngoại, ngoại giao toàn diện?",
             "options": [{"text": "Đối ngoại Đảng", "correct": false},
                         {"text": "Ngoại giao Nhà nước", "correct": false},
                         {"text": "Đối ngoại nhân dân", "correct": false},
                         {"text": "Ngoại giao pháo hạm", "correct": true}],
             "explanation": "Ba trụ cột là đối ngoại Đảng, ngoại giao Nhà nước và đối ngoại nhân dân.",
             "difficulty": 0.3, "status": "draft"}""";
    static final String INVALID_EXAMPLE = """
            {"type": "about:blank", "title": "Yêu cầu không hợp lệ", "status": 400,
             "detail": "Câu hỏi vi phạm 2 quy tắc", "instance": "/api/v1/questions",
             "errors": [{"field": "options[3].text", "message": "trùng với options[0].text (không kể hoa thường, dấu cách và cách bỏ dấu)"},
                        {"field": "options", "message": "câu hỏi SINGLE cần đúng 1 phương án đúng (correct: true), câu này có 0"}]}""";

    static final String MERGE_PATCH = "application/merge-patch+json";

    private final QuestionBank bank;
    private final QuestionEdits edits;
    private final QuestionBulk bulk;
    private final Caller caller;
    private final QuestionFilters filters;

    private final QueryParams params;

    public QuestionResource(QuestionBank bank, QuestionEdits edits, QuestionBulk bulk, Caller caller,
                            QuestionFilters filters, QueryParams params) {
        this.params = params;
        this.filters = filters;
        this.bank = bank;
        this.edits = edits;
        this.bulk = bulk;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "List questions, newest first")
    public QuestionPage list(@QueryParam("topic") String topic,
                             @Parameter(description = "SINGLE, MULTIPLE, ...") @QueryParam("kind") String kind,
                             @Parameter(description = "draft, published or retired") @QueryParam("status") String status,
                             @Parameter(description = "generated, teacher or imported") @QueryParam("origin") String origin,
                             @Parameter(description = "A question set: its questions and those of every subset")
                             @QueryParam("set") String set,
                             @Parameter(description = "A tag, case ignored") @QueryParam("tag") String tag,
                             @Parameter(description = "The account that wrote or imported them") @QueryParam("author")
                             String author,
                             @Parameter(description = "Words in the stem or options, diacritics and case ignored",
                                     example = "dang cong san") @QueryParam("q") String q,
                             @Parameter(description = "0-based", example = "0") @QueryParam("page") String page,
                             @Parameter(description = "1 to 100", example = "20") @QueryParam("size") String size) {
        QuestionFilter filter = filters.read(topic, kind, status, origin, set, tag, author, q, accountId());
        return bank.list(filter, params.intIn(page, 0, 0, 100_000, "page"),
                params.intIn(size, 20, 1, 100, "size"));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One question")
    @APIResponse(responseCode = "200", description = "The question")
    @APIResponse(responseCode = "404", description = "No such question",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public QuestionView get(@PathParam("id") long id) {
        return bank.find(id);
    }

    @GET
    @Path("{id}/preview")
    @Operation(summary = "A question as a learner is shown it", description = "Drafts included: the question as a "
            + "quiz asks it (the same shape as an attempt's question), without its answer. Options come in their "
            + "stored order; a quiz shuffles them and numbers them anew.")
    @APIResponse(responseCode = "200", description = "The question as a learner sees it",
            content = @Content(schema = @Schema(implementation = AttemptDtos.QuestionDto.class)))
    @APIResponse(responseCode = "404", description = "No such question",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public AttemptDtos.QuestionDto preview(@PathParam("id") long id) {
        return AttemptDtos.question(QuestionPreview.of(bank.find(id)));
    }

    @GET
    @Path("{id}/history")
    @Operation(summary = "A question's history", description = "Every change, oldest first: who made it, when, and "
            + "the question as it stood after it. When an edit of a question learners were asked made this one "
            + "(`replaces`), the history begins with the replaced question's. Generated questions have none.")
    @APIResponse(responseCode = "200", description = "The changes, oldest first")
    @APIResponse(responseCode = "404", description = "No such question",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public java.util.List<QuestionHistory.Revision> history(@PathParam("id") long id) {
        return bank.historyOf(id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Write a new question", description = "Checked against the question rules; every field "
            + "at fault is listed in the 400 answer.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = QuestionInput.class),
            examples = @ExampleObject(name = "negative", value = CREATE_EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(schema = @Schema(implementation = QuestionView.class)))
    @APIResponse(responseCode = "400", description = "The question breaks rules",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "invalid", value = INVALID_EXAMPLE)))
    @APIResponse(responseCode = "409", description = "An identical question already exists",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response create(QuestionInput input, UriInfo uri) {
        QuestionView created = bank.create(requireBody(input), accountId());
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .entity(created).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change a question", description = "Send the version you read. A question learners have "
            + "answered keeps what they answered: changing its stem, options or numbers retires it and creates a "
            + "new question (201 with its Location); other edits change it in place (200).")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = QuestionInput.class)))
    @APIResponse(responseCode = "200", description = "Changed in place")
    @APIResponse(responseCode = "201", description = "The answered question was retired and replaced")
    @APIResponse(responseCode = "400", description = "The question breaks rules, or the version is missing",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Stale version, retired question or identical question",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response update(@PathParam("id") long id, QuestionInput input, UriInfo uri) {
        return answer(bank.update(id, requireBody(input), accountId()), uri);
    }

    @PATCH
    @Path("{id}")
    @Consumes({MERGE_PATCH, MediaType.APPLICATION_JSON})
    @Operation(summary = "Change some fields of a question", description = "A JSON merge patch (RFC 7396) of the "
            + "question as GET shows it: the fields you send replace those stored (arrays whole, null removes), "
            + "then the result is saved like a PUT. Send the version you read; the status changes elsewhere. "
            + "Sent as application/json, the body is read as a merge patch too.")
    @RequestBody(content = @Content(mediaType = MERGE_PATCH, examples = @ExampleObject(name = "explanation",
            value = "{\"version\": 3, \"explanation\": \"Ba trụ cột: Đảng, Nhà nước, nhân dân.\"}")))
    @APIResponse(responseCode = "200", description = "Changed in place")
    @APIResponse(responseCode = "201", description = "The answered question was retired and replaced")
    @APIResponse(responseCode = "400", description = "Not a JSON object, version missing, unknown field or the "
            + "result breaks rules", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Stale version, retired question or identical question",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response patch(@PathParam("id") long id, byte[] patch, UriInfo uri) throws IOException {
        return answer(edits.patch(id, patch, accountId()), uri);
    }

    @POST
    @Path("{id}/duplicate")
    @Operation(summary = "Copy a question", description = "A new draft with the same content, written by you; its "
            + "stem ends with \"(bản sao)\" because the bank holds no two identical live questions. Edit it, then "
            + "publish it.")
    @APIResponse(responseCode = "201", description = "The copy",
            content = @Content(schema = @Schema(implementation = QuestionView.class)))
    @APIResponse(responseCode = "404", description = "No such question",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response duplicate(@PathParam("id") long id, UriInfo uri) {
        QuestionView copy = edits.duplicate(id, accountId());
        return Response.created(location(uri, copy.id())).entity(copy).build();
    }

    @POST
    @Path("bulk")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Publish, retire or move many questions", description = "All or nothing, in one "
            + "transaction, with the rules of a single change. When any question cannot change, nothing changes "
            + "and the 409 lists each one (errors[].field is its place in ids).")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = BulkChange.class), examples = {
            @ExampleObject(name = "publish", value = "{\"action\": \"publish\", \"ids\": [101, 102, 103]}"),
            @ExampleObject(name = "move", value = "{\"action\": \"move\", \"ids\": [101], \"topic\": \"events\"}")}))
    @APIResponse(responseCode = "200", description = "Every question changed",
            content = @Content(schema = @Schema(implementation = BulkResult.class)))
    @APIResponse(responseCode = "400", description = "Unknown action or topic, empty, too long or repeating list",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Nothing changed: the ids that cannot change, and why",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public BulkResult bulk(BulkChange change) {
        return bulk.apply(change, accountId());
    }

    private static Response answer(QuestionBank.Updated updated, UriInfo uri) {
        if (updated.replaced()) {
            return Response.created(location(uri, updated.question().id())).entity(updated.question()).build();
        }
        return Response.ok(updated.question()).build();
    }

    private static java.net.URI location(UriInfo uri, long id) {
        return uri.getBaseUriBuilder().path("api/v1/questions").path(String.valueOf(id)).build();
    }

    @POST
    @Path("{id}/status")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Publish, unpublish or retire", description = "draft → published → retired; published "
            + "goes back to draft only while no learner has answered it; retired is final.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "publish", value = "{\"status\": \"published\", \"version\": 0}")))
    @APIResponse(responseCode = "200", description = "The question with its new status")
    @APIResponse(responseCode = "409", description = "Stale version or a change that is not allowed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public QuestionView changeStatus(@PathParam("id") long id, StatusChange change) {
        return bank.changeStatus(id, change, accountId());
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Delete a question", description = "An unanswered question is deleted (204). One that "
            + "learners have answered is retired instead and returned (200), so their history keeps it.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "200", description = "Answered before: retired instead")
    @APIResponse(responseCode = "409", description = "Stale version",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response delete(@PathParam("id") long id,
                           @Parameter(description = "The version you read (optional)") @QueryParam("version")
                           String version) {
        Integer read = version == null ? null : params.intIn(version, 0, 0, Integer.MAX_VALUE, "version");
        return bank.delete(id, read, accountId()).map(retired -> Response.ok(retired).build())
                .orElseGet(() -> Response.noContent().build());
    }

    private Long accountId() {
        return caller.accountId();
    }

    private QuestionInput requireBody(QuestionInput input) {
        if (input == null) {
            throw params.missingBody("cần một câu hỏi dạng JSON", "expected a JSON question");
        }
        return input;
    }
}
