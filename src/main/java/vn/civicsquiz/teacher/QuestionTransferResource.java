package vn.civicsquiz.teacher;

import vn.civicsquiz.platform.upload.UploadedText;
import vn.civicsquiz.platform.problem.Say;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.PathParam;
import vn.civicsquiz.platform.problem.ApiLanguage;
import vn.civicsquiz.platform.problem.ProblemException;
import java.util.Arrays;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.civicsquiz.content.fact.FactSet;
import vn.civicsquiz.learner.Role;
import vn.civicsquiz.platform.problem.Problem;
import vn.civicsquiz.platform.security.Caller;
import vn.civicsquiz.question.QuestionStatus;
import vn.civicsquiz.teacher.format.ExportResult;
import vn.civicsquiz.teacher.format.QuestionFormat;
import vn.civicsquiz.platform.problem.QueryParams;

/** Question files in and out: Moodle GIFT, the app's own JSON (lossless) and Aiken. */
@Path("/api/v1/questions")
@RolesAllowed(Role.TEACHER)
@Tag(name = "Questions")
public class QuestionTransferResource {

    static final String GIFT_EXAMPLE = """
            $CATEGORY: $course$/top/three-pillars

            ::Ba trụ cột::Trụ cột nào KHÔNG thuộc nền đối ngoại toàn diện? {
            \t~Đối ngoại Đảng
            \t~Ngoại giao Nhà nước
            \t~Đối ngoại nhân dân
            \t=Ngoại giao pháo hạm#Đúng: đây không phải một trụ cột.
            }

            Hội nghị Đối ngoại toàn quốc diễn ra năm 2021.{TRUE}
            """;
    static final String REJECTED_EXAMPLE = """
            {"type": "about:blank", "title": "Yêu cầu không hợp lệ", "status": 400,
             "detail": "Tệp có 2 lỗi; chưa có câu hỏi nào được nhập", "instance": "/api/v1/questions/import",
             "errors": [{"field": "file", "message": "Khối đáp án mở ở đây chưa được đóng bằng '}'", "line": 7},
                        {"field": "questions[1].topic", "message": "không có chủ đề 'Lịch sử'; các chủ đề: nine-tasks, …", "line": 12}]}""";

    private final QuestionImports imports;
    private final QuestionTransfer transfer;
    private final Caller caller;
    private final QuestionFilters filters;
    private final ImportJobs jobs;
    private final ApiLanguage language;

    private final QueryParams params;

    public QuestionTransferResource(QuestionTransfer transfer, Caller caller, QuestionFilters filters,
                                    QuestionImports imports, ImportJobs jobs, ApiLanguage language,
                                    QueryParams params) {
        this.params = params;
        this.jobs = jobs;
        this.imports = imports;
        this.language = language;
        this.transfer = transfer;
        this.caller = caller;
        this.filters = filters;
    }

    @POST
    @Path("import")
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Import a question file", description = "All or nothing: when the file has an error or a "
            + "question breaks the rules, nothing is imported and the 400 answer lists every problem with its "
            + "line. Messages are in Vietnamese, or in English when Accept-Language prefers it. Questions already in the bank are skipped. Imported questions are drafts, or published with "
            + "publish=true. The file is read in the charset its Content-Type names; without one, UTF-8 (with or "
            + "without a byte order mark), UTF-16 with a byte order mark and Vietnamese Windows-1258 are recognised "
            + "and anything else is refused with 400. A file of more than " + ImportJobs.STORED_AT_ONCE + " questions "
            + "is read and checked while you wait (a refusal is the same 400), then stored in the background: the "
            + "answer is 202 with the job's address (Location), where GET tells running, done with the report, or "
            + "failed.")
    @RequestBody(content = @Content(mediaType = "text/x-gift",
            examples = @ExampleObject(name = "gift", value = GIFT_EXAMPLE)))
    @APIResponse(responseCode = "200", description = "Imported (or, with dryRun, checked)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ImportReport.class)))
    @APIResponse(responseCode = "202", description = "Checked; being stored in the background (see Location)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ImportJobs.Job.class)))
    @APIResponse(responseCode = "400", description = "Nothing imported: the file's problems, with lines",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "rejected", value = REJECTED_EXAMPLE)))
    public Response importFile(
            @Parameter(description = "gift, moodlexml, json or aiken", required = true, example = "gift")
            @QueryParam("format") String format,
            @Parameter(description = "Check only; store nothing") @QueryParam("dryRun") boolean dryRun,
            @Parameter(description = "Topic for questions the file gives none", example = "nine-tasks")
            @QueryParam("topic") String topic,
            @Parameter(description = "Publish the imported questions at once (default: they are drafts)")
            @QueryParam("publish") boolean publish,
            @Context HttpHeaders headers,
            byte[] body) {
        Long account = caller.accountId();
        QuestionFormat chosen = format(format);
        String chosenTopic = topic(topic);
        boolean english = language.english();
        UploadedText.Decoded file = UploadedText.decode(body == null ? new byte[0] : body,
                UploadedText.declaredCharset(headers, english), english);
        QuestionImports.Outcome outcome = imports.importFile(chosen, file, dryRun, chosenTopic, publish, account,
                english);
        if (outcome.job() == null) {
            return Response.ok(outcome.report()).build();
        }
        return Response.accepted(outcome.job())
                .location(java.net.URI.create("/api/v1/questions/imports/" + outcome.job().id())).build();
    }

    @GET
    @Path("imports/{jobId}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "A large import stored in the background", description = "running, then done with the"
            + " report (as a smaller import answers at once) or failed with the reason; nothing is imported by a"
            + " failed job. Only the teacher who sent the file sees it.")
    @APIResponse(responseCode = "200", description = "The job",
            content = @Content(schema = @Schema(implementation = ImportJobs.Job.class)))
    @APIResponse(responseCode = "404", description = "No such job of yours",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ImportJobs.Job importJob(@PathParam("jobId") String jobId) {
        java.util.UUID id;
        try {
            id = java.util.UUID.fromString(jobId);
        } catch (IllegalArgumentException e) {
            throw ProblemException.notFound(new Say("Lượt nhập " + jobId, "Import " + jobId));
        }
        Long account = caller.accountId();
        return jobs.find(id, account == null ? -1 : account)
                .orElseThrow(() -> ProblemException.notFound(new Say("Lượt nhập " + jobId, "Import " + jobId)));
    }

    @GET
    @Path("export")
    @Operation(summary = "Export questions as a file", description = "Draft and published questions (or those of "
            + "one status), of one topic or all. JSON keeps everything. GIFT writes ORDERING as matching "
            + "item -> position and NEGATIVE as multiple choice; Aiken holds single-choice questions only. "
            + "X-Skipped-Count and X-Converted-Count tell how many questions were left out or reshaped.")
    @APIResponse(responseCode = "200", description = "The file",
            content = {@Content(mediaType = "text/plain", examples = @ExampleObject(name = "gift", value = GIFT_EXAMPLE)),
                    @Content(mediaType = MediaType.APPLICATION_JSON)})
    public Response export(@Parameter(description = "gift, json or aiken", required = true, example = "json")
                           @QueryParam("format") String format,
                           @Parameter(description = "One topic, or all when absent", example = "figures")
                           @QueryParam("topic") String topic,
                           @Parameter(description = "draft or published (default: both)")
                           @QueryParam("status") String status,
                           @Parameter(description = "A question set, with its subsets") @QueryParam("set") String set,
                           @Parameter(description = "A tag, case ignored") @QueryParam("tag") String tag,
                           @Parameter(description = "The account that wrote or imported them") @QueryParam("author")
                           String author,
                           @Parameter(description = "generated, teacher or imported") @QueryParam("origin")
                           String origin,
                           @Parameter(description = "Words in stem or options, diacritics ignored") @QueryParam("q")
                           String q) {
        QuestionFormat chosen = format(format);
        QuestionFilter filter = filters.read(topic(topic), null, status, origin, set, tag, author, q,
                caller.accountId());
        ExportResult result = transfer.export(chosen, filter);
        return Response.ok(result.content(), chosen.mediaType())
                .header("Content-Disposition", "attachment; filename=\"" + chosen.fileName() + "\"")
                .header("X-Skipped-Count", result.skipped().size())
                .header("X-Converted-Count", result.converted().size())
                .build();
    }

    private QuestionFormat format(String value) {
        if (value != null) {
            for (QuestionFormat f : QuestionFormat.values()) {
                if (f.parameter().equalsIgnoreCase(value.strip())) {
                    return f;
                }
            }
        }
        throw params.oneOf("format", Arrays.stream(QuestionFormat.values()).map(QuestionFormat::parameter).toList());
    }

    private String topic(String topic) {
        if (topic == null || topic.isBlank()) {
            return null;
        }
        String t = topic.strip();
        if (FactSet.fromSlug(t).isEmpty()) {
            throw params.oneOf("topic", Arrays.stream(FactSet.values()).map(FactSet::slug).toList());
        }
        return t;
    }
}
