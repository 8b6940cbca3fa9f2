package vn.civicsquiz.teacher.stats;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.civicsquiz.learner.Role;
import vn.civicsquiz.platform.access.Permissions;
import vn.civicsquiz.platform.csv.CsvFormat;
import vn.civicsquiz.platform.problem.Problem;
import vn.civicsquiz.platform.security.Caller;
import vn.civicsquiz.classes.ClassService;
import vn.civicsquiz.teacher.QuestionFilter;
import vn.civicsquiz.teacher.QuestionFilters;
import java.util.ArrayList;
import java.util.List;
import vn.civicsquiz.platform.problem.QueryParams;

/** Question and learner statistics for teachers, as JSON or as CSV for spreadsheets. */
@Path("/api/v1/stats")
@RolesAllowed(Role.TEACHER)
@Produces({MediaType.APPLICATION_JSON, StatsCsv.MEDIA_TYPE})
@Tag(name = "Statistics", description = "How questions and learners perform, like Moodle's quiz statistics")
public class StatsResource {

    /** Rows read at a time for a CSV, which holds every row. */
    static final int CSV_PAGE = 1000;

    static final String QUESTIONS_EXAMPLE = """
            {"items": [{"questionId": 42, "topic": "three-pillars", "kind": "SINGLE",
              "stem": "Trụ cột nào thuộc nền đối ngoại toàn diện?", "answers": 4, "correct": 3, "facility": 75.0,
              "discrimination": 1.0, "pointBiserial": 0.6831,
              "options": [{"optionId": 168, "ordinal": 0, "text": "Đối ngoại Đảng", "correct": true, "picks": 3,
                           "pickPercent": 75.0, "neverPicked": false},
                          {"optionId": 169, "ordinal": 1, "text": "Ngoại giao pháo hạm", "correct": false,
                           "picks": 0, "pickPercent": 0.0, "neverPicked": true}]}],
             "page": 0, "size": 50, "total": 1, "classId": 7, "topic": null, "rankedLearners": 4, "groupSize": 1}""";
    static final String CSV_EXAMPLE = "\uFEFFquestion_id,topic,kind,stem,answers,correct,facility_percent,"
            + "discrimination,point_biserial,option_picks,never_picked\r\n"
            + "42,three-pillars,SINGLE,Trụ cột nào thuộc nền đối ngoại toàn diện?,4,3,75.0,1.0,0.6831,"
            + "Đối ngoại Đảng (✓): 3 | Ngoại giao pháo hạm: 0,Ngoại giao pháo hạm\r\n";

    private final QuestionStatistics questions;
    private final LearnerStatistics learners;
    private final ClassService classes;
    private final Caller caller;
    private final Permissions permissions;
    private final QuestionFilters filters;
    private final QueryParams params;
    private final java.time.ZoneId zone;

    public StatsResource(QuestionStatistics questions, LearnerStatistics learners, ClassService classes,
                         Caller caller, Permissions permissions, QuestionFilters filters,
                         vn.civicsquiz.quiz.QuizSettings settings, QueryParams params) {
        this.params = params;
        this.zone = settings.studyZone();
        this.filters = filters;
        this.permissions = permissions;
        this.questions = questions;
        this.learners = learners;
        this.classes = classes;
        this.caller = caller;
    }

    @GET
    @Path("questions")
    @Operation(summary = "Statistics of every answered question, newest first",
            description = "Facility index (% right), discrimination index (upper minus lower 27% of learners by "
                    + "total score), point-biserial correlation, and how often each option was chosen; wrong "
                    + "options nobody chose are flagged. With classId only that class's members count; with topic "
                    + "only that topic's questions (and learner totals over them). CSV with Accept: text/csv or "
                    + "format=csv (UTF-8 with a byte order mark): every row whatever page and size say, then a total line. "
                    + "set (with its subsets), tag, author and origin narrow the questions.")
    @APIResponse(responseCode = "200", description = "A page of question statistics", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = QuestionStatsPage.class),
                    examples = @ExampleObject(name = "class", value = QUESTIONS_EXAMPLE)),
            @Content(mediaType = "text/csv", examples = @ExampleObject(name = "csv", value = CSV_EXAMPLE))})
    @APIResponse(responseCode = "400", description = "A parameter is not valid",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such class of this teacher",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response questions(@Parameter(description = "only this class's members") @QueryParam("classId") String classId,
                              @Parameter(example = "nine-tasks") @QueryParam("topic") String topic,
                              @Parameter(description = "0-based", example = "0") @QueryParam("page") String page,
                              @Parameter(description = "1 to 1000", example = "50") @QueryParam("size") String size,
                              @Parameter(description = "csv or json") @QueryParam("format") String format,
                              @Parameter(description = "A question set, with its subsets") @QueryParam("set") String set,
                              @Parameter(description = "A tag, case ignored") @QueryParam("tag") String tag,
                              @Parameter(description = "The account that wrote or imported them")
                              @QueryParam("author") String author,
                              @Parameter(description = "generated, teacher or imported") @QueryParam("origin")
                              String origin,
                              @Parameter(description = "CSV: comma (default) or semicolon (with decimal commas)")
                              @QueryParam("separator") String separator,
                              @Context HttpHeaders headers) {
        boolean csv = params.wantsCsv(format, headers);
        Long owned = ownedClass(classId);
        String chosenTopic = topic == null || topic.isBlank() ? null : topic.strip();
        QuestionFilter filter = filters.read(null, null, null, origin, set, tag, author, null, caller.accountId());
        if (csv) {
            // every row, whatever page and size say, then a total line
            List<QuestionStatsPage> pages = new ArrayList<>();
            QuestionStatsPage next = questions.page(owned, chosenTopic, filter, 0, CSV_PAGE);
            pages.add(next);
            for (int p = 1; (long) p * CSV_PAGE < next.total(); p++) {
                pages.add(questions.page(owned, chosenTopic, filter, p, CSV_PAGE));
            }
            return csv(StatsCsv.questions(pages, CsvFormat.of(separator, zone)), "question-stats.csv");
        }
        QuestionStatsPage result = questions.page(owned, chosenTopic, filter,
                params.intIn(page, 0, 0, 1_000_000, "page"), params.intIn(size, 50, 1, 1000, "size"));
        return Response.ok(result, MediaType.APPLICATION_JSON_TYPE).build();
    }

    @GET
    @Path("learners")
    @Operation(summary = "Activity of learner accounts, by username",
            description = "Attempts, answers, % right and last activity of one class's members (classId), else of "
                    + "the learners in the caller's classes (every learner for an administrator). CSV as for "
                    + "questions.")
    @APIResponse(responseCode = "200", description = "A page of learner statistics", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = LearnerStatsPage.class),
                    examples = @ExampleObject(name = "json", value = """
                            {"items": [{"accountId": 12, "username": "lan.nguyen", "displayName": "Nguyễn Thị Lan",
                              "attempts": 3, "answers": 30, "correct": 24, "percentCorrect": 80.0,
                              "lastActivity": "2025-03-05T08:15:00Z"}],
                             "page": 0, "size": 50, "total": 1, "classId": null}""")),
            @Content(mediaType = "text/csv")})
    @APIResponse(responseCode = "404", description = "No such class of this teacher",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response learners(@QueryParam("classId") String classId,
                             @Parameter(description = "0-based", example = "0") @QueryParam("page") String page,
                             @Parameter(description = "1 to 1000", example = "50") @QueryParam("size") String size,
                             @Parameter(description = "csv or json") @QueryParam("format") String format,
                             @Parameter(description = "CSV: comma (default) or semicolon (with decimal commas)")
                             @QueryParam("separator") String separator,
                             @Context HttpHeaders headers) {
        boolean csv = params.wantsCsv(format, headers);
        Long owned = ownedClass(classId);
        // without a class, a teacher sees the learners of their own classes; an administrator sees every learner
        Long owner = owned != null ? null : permissions.learnerReportOwner(caller());
        if (csv) {
            // every row, whatever page and size say, then a total line
            CsvFormat csvFormat = CsvFormat.of(separator, zone);
            List<LearnerStatsPage> pages = new ArrayList<>();
            LearnerStatsPage next = learners.page(owned, owner, 0, CSV_PAGE);
            pages.add(next);
            for (int p = 1; (long) p * CSV_PAGE < next.total(); p++) {
                pages.add(learners.page(owned, owner, p, CSV_PAGE));
            }
            return csv(StatsCsv.learners(pages, csvFormat), "learner-stats.csv");
        }
        LearnerStatsPage result = learners.page(owned, owner, params.intIn(page, 0, 0, 1_000_000, "page"),
                params.intIn(size, 50, 1, 1000, "size"));
        return Response.ok(result, MediaType.APPLICATION_JSON_TYPE).build();
    }

    private Long ownedClass(String classId) {
        Long id = params.optionalId(classId, "classId");
        if (id != null) {
            classes.owned(id, caller.accountId());
        }
        return id;
    }

    private long caller() {
        return caller.accountId();
    }

    private static Response csv(byte[] body, String fileName) {
        return Response.ok(body, StatsCsv.MEDIA_TYPE)
                .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"").build();
    }
}
