package vn.civicsquiz.classes;

import jakarta.annotation.security.RolesAllowed;
import vn.civicsquiz.platform.problem.Say;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
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
import vn.civicsquiz.platform.csv.CsvFormat;
import vn.civicsquiz.platform.problem.Problem;
import vn.civicsquiz.platform.problem.ProblemException;
import vn.civicsquiz.platform.security.Caller;
import vn.civicsquiz.platform.problem.ApiLanguage;
import vn.civicsquiz.platform.upload.UploadedText;

import java.util.List;

/** A teacher's classes and the quizzes assigned to them. */
@Path("/api/v1/classes")
@RolesAllowed(Role.TEACHER)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Classes", description = "Classes learners join with a code, and assigned quizzes")
public class ClassResource {

    private final ClassService classes;
    private final Rosters rosters;
    private final AssignmentGames games;
    private final AssignmentMarks marks;
    private final Caller caller;
    private final java.time.ZoneId zone;

    private final ApiLanguage language;
    private final ClassMembers members;

    public ClassResource(ClassService classes, AssignmentMarks marks, Caller caller,
                         vn.civicsquiz.quiz.QuizSettings settings, Rosters rosters, AssignmentGames games,
                         ApiLanguage language, ClassMembers members) {
        this.language = language;
        this.members = members;
        this.rosters = rosters;
        this.games = games;
        this.classes = classes;
        this.marks = marks;
        this.caller = caller;
        this.zone = settings.studyZone();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a class", description = "The answer carries the join code to hand to learners.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ClassInput.class),
            examples = @ExampleObject(name = "class", value = "{\"name\": \"Lớp 12A1 – Giáo dục công dân\"}")))
    @APIResponse(responseCode = "201", description = "Created", content = @Content(
            schema = @Schema(implementation = ClassView.class), examples = @ExampleObject(name = "created", value = """
            {"id": 7, "name": "Lớp 12A1 – Giáo dục công dân", "joinCode": "K7QW2MZP", "members": 0,
             "createdAt": "2025-03-05T08:15:00Z"}""")))
    @APIResponse(responseCode = "400", description = "No name, or a name over 100 characters",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response create(ClassInput input, UriInfo uri) {
        ClassView created = classes.create(teacherId(), input);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .entity(created).build();
    }

    @GET
    @Operation(summary = "The teacher's classes, newest first")
    public List<ClassView> list() {
        return classes.list(teacherId());
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One of the teacher's classes")
    @APIResponse(responseCode = "404", description = "No such class of this teacher",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ClassView get(@PathParam("id") long id) {
        return classes.owned(id, teacherId());
    }

    @POST
    @Path("{id}/assignments")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Assign a quiz to the class", description = "Members see it on their assignments page "
            + "and in GET /api/v1/me/assignments until and after the deadline (then marked overdue).")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = AssignmentInput.class), examples = {@ExampleObject(name = "assignment",
            value = "{\"topic\": \"nine-tasks\", \"size\": 10, \"deadline\": \"2025-06-01T17:00:00+07:00\"}"),
            @ExampleObject(name = "chosen questions", value = "{\"title\": \"Kiểm tra 15 phút\", \"questions\": [101, "
                    + "102, 103], \"mode\": \"test\", \"timeLimitMinutes\": 15, \"opensAt\": \"2025-05-25T07:00:00+07:00\", "
                    + "\"closesAt\": \"2025-06-01T17:00:00+07:00\", \"attemptsAllowed\": 2}")}))
    @APIResponse(responseCode = "201", description = "Assigned",
            content = @Content(schema = @Schema(implementation = AssignmentView.class)))
    @APIResponse(responseCode = "400", description = "Unknown topic, size out of range or deadline in the past",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such class of this teacher",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response assign(@PathParam("id") long id, AssignmentInput input) {
        return Response.status(Response.Status.CREATED).entity(classes.assign(id, teacherId(), input)).build();
    }

    @jakarta.ws.rs.PUT
    @Path("{id}/assignments/{assignmentId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change an assignment", description = "The whole assignment, as for POST. Only until a "
            + "member starts an attempt: afterwards 409, and a new assignment is the way to ask for something else.")
    @APIResponse(responseCode = "200", description = "Changed")
    @APIResponse(responseCode = "400", description = "A field is not valid (details in Vietnamese, or English with "
            + "Accept-Language: en)", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "A member has started it",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public AssignmentView reassign(@PathParam("id") long id, @PathParam("assignmentId") long assignmentId,
                                   AssignmentInput input) {
        return classes.reassign(id, assignmentId, teacherId(), input);
    }

    @jakarta.ws.rs.DELETE
    @Path("{id}/assignments/{assignmentId}")
    @Operation(summary = "Delete an assignment", description = "Attempts already made keep their answers.")
    @APIResponse(responseCode = "204", description = "Deleted")
    public Response unassign(@PathParam("id") long id, @PathParam("assignmentId") long assignmentId) {
        classes.unassign(id, assignmentId, teacherId());
        return Response.noContent().build();
    }

    @GET
    @Path("{id}/assignments/{assignmentId}")
    @Operation(summary = "One assignment with its settings")
    public AssignmentView assignment(@PathParam("id") long id, @PathParam("assignmentId") long assignmentId) {
        return classes.assignmentOfClass(id, assignmentId, teacherId());
    }

    @GET
    @Path("{id}/assignments")
    @Operation(summary = "The class's assignments, nearest deadline first")
    public List<AssignmentView> assignments(@PathParam("id") long id) {
        return classes.assignmentsOfClass(id, teacherId());
    }

    @POST
    @Path("{id}/roster")
    @Consumes(MediaType.WILDCARD) // the type is checked after the caller is: a stranger learns nothing from a 415
    @Produces({MediaType.APPLICATION_JSON, "text/csv"})
    @Operation(summary = "Upload a class roster", description = "A CSV of the class's learners, one per row: a name"
            + " column, optionally a username column (headers such as 'Họ và tên' and 'Tên đăng nhập', or none), ','"
            + " or ';' between cells, at most " + Rosters.MAX_ROWS + " rows; UTF-8, UTF-16 with a byte order mark or"
            + " Windows-1258 recognised, or the charset named in the Content-Type. Each new name becomes a learner"
            + " account (username made up as 'annv' for Nguyễn Văn An unless given) with a one-time password that the"
            + " first sign-in must replace, and joins the class. The passwords are in this answer only. A name"
            + " already among the members is listed, not made again, so the same file can be sent twice. All or"
            + " nothing: a 400 lists every row at fault. Accept: text/csv answers a sheet to print and hand out.")
    @RequestBody(content = @Content(mediaType = "text/csv", examples = @ExampleObject(name = "roster",
            value = "STT;Họ và tên\n1;Nguyễn Văn An\n2;Lê Thị Hà\n")))
    @APIResponse(responseCode = "201", description = "The accounts made, with their one-time passwords",
            content = @Content(schema = @Schema(implementation = Rosters.Enrolment.class)))
    @APIResponse(responseCode = "200", description = "Every name was a member already: nothing made, each listed",
            content = @Content(schema = @Schema(implementation = Rosters.Enrolment.class)))
    @APIResponse(responseCode = "400", description = "No account made: every row at fault, with its line",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such class of this teacher",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response roster(@PathParam("id") long id, @jakarta.ws.rs.core.Context jakarta.ws.rs.core.HttpHeaders headers,
                           @jakarta.ws.rs.HeaderParam("Accept") String accept, byte[] body) {
        MediaType type = headers.getMediaType();
        if (type == null || !(type.isCompatible(MediaType.valueOf("text/csv"))
                || type.isCompatible(MediaType.APPLICATION_OCTET_STREAM_TYPE))) {
            throw new ProblemException.UnsupportedContent(new Say("Danh sách lớp được gửi dạng text/csv",
                    "A roster is sent as text/csv"), ProblemException.fault("Content-Type",
                    "cần text/csv hoặc application/octet-stream", "text/csv or application/octet-stream"));
        }
        boolean english = language.english();
        Rosters.Enrolment enrolment = rosters.enrol(id, teacherId(), UploadedText.decode(body == null ? new byte[0]
                : body, UploadedText.declaredCharset(headers, english), english), english);
        // 201 when the upload made accounts; 200 when every name was a member already (nothing was created)
        Response.Status status = enrolment.created().isEmpty() ? Response.Status.OK : Response.Status.CREATED;
        if (wantsCsv(accept)) {
            return Response.status(status).entity(ResultsCsv.roster(enrolment, CsvFormat.of(null, zone)))
                    .type(CsvFormat.MEDIA_TYPE).header("Content-Disposition", "attachment; filename=\"roster-" + id
                            + ".csv\"").header("Cache-Control", "no-store").build();
        }
        return Response.status(status).entity(enrolment).type(MediaType.APPLICATION_JSON)
                .header("Cache-Control", "no-store").build();
    }

    @GET
    @Path("{id}/assignments/{assignmentId}/results")
    @Produces({MediaType.APPLICATION_JSON, "text/csv"})
    @Operation(summary = "Each member's result for an assignment, for marking",
            description = "Every member by username: status (not_started, in_progress, done, late), attempts started,"
                    + " and the attempt that counts (the best finished one): score (sum of credits), max, started,"
                    + " finished, seconds. JSON by default; Accept: text/csv gives every row then a total line"
                    + " (UTF-8 with BOM, times as 2026-12-02 17:24:50 in the quiz time zone); separator=semicolon"
                    + " writes ';' and decimal commas for a spreadsheet set to Vietnamese.")
    @APIResponse(responseCode = "404", description = "No such assignment of this teacher's class",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response results(@PathParam("id") long id, @PathParam("assignmentId") long assignmentId,
                            @QueryParam("separator") String separator,
                            @jakarta.ws.rs.HeaderParam("Accept") String accept) {
        CsvFormat format = CsvFormat.of(separator, zone);
        List<AssignmentResult> rows = marks.results(id, assignmentId, teacherId()).stream()
                .map(r -> r.inZone(zone)).toList();
        return wantsCsv(accept) ? csv(ResultsCsv.results(rows, format), "assignment-" + assignmentId + ".csv")
                : Response.ok(rows, MediaType.APPLICATION_JSON).build();
    }

    @GET
    @Path("{id}/assignments/{assignmentId}/games")
    @Operation(summary = "The live games hosted from an assignment",
            description = "Each game (POST /api/v1/games with assignmentId) with every class member: whether they"
                    + " played signed in, their nickname, rank, points, right answers and answers; players who were"
                    + " not members signed in are counted as guests.")
    @APIResponse(responseCode = "404", description = "No such assignment of this teacher's class",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<AssignmentGames.Played> games(@PathParam("id") long id, @PathParam("assignmentId") long assignmentId) {
        return games.of(id, assignmentId, teacherId());
    }

    @GET
    @Path("{id}/assignments/{assignmentId}/answers")
    @Produces({MediaType.APPLICATION_JSON, "text/csv"})
    @Operation(summary = "Every answer of each member's counted attempt",
            description = "For each member who finished the assignment, the attempt that counts with each question:"
                    + " stem, the answer given, the right answer, correct, credit (0 to 1). CSV as for results, one"
                    + " row per question.")
    @APIResponse(responseCode = "404", description = "No such assignment of this teacher's class",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response answers(@PathParam("id") long id, @PathParam("assignmentId") long assignmentId,
                            @QueryParam("separator") String separator,
                            @jakarta.ws.rs.HeaderParam("Accept") String accept) {
        CsvFormat format = CsvFormat.of(separator, zone);
        List<AttemptMarks> attempts = marks.answers(id, assignmentId, teacherId()).stream().map(this::inZone).toList();
        return wantsCsv(accept) ? csv(ResultsCsv.answers(attempts, format), "answers-" + assignmentId + ".csv")
                : Response.ok(attempts, MediaType.APPLICATION_JSON).build();
    }

    @GET
    @Path("{id}/members")
    @Operation(summary = "The class's members, by name")
    @APIResponse(responseCode = "404", description = "No such class of this teacher",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<ClassMembers.Member> members(@PathParam("id") long id) {
        return members.of(id, teacherId()).stream().map(m -> new ClassMembers.Member(m.accountId(), m.username(),
                m.displayName(), m.joinedAt().atZoneSameInstant(zone).toOffsetDateTime())).toList();
    }

    @jakarta.ws.rs.DELETE
    @Path("{id}/members/{accountId}")
    @Operation(summary = "Take a member out of the class", description = "The learner keeps her account and every "
            + "attempt; she leaves the class's results and no longer sees its assignments. She may join again with "
            + "the class code.")
    @APIResponse(responseCode = "204", description = "Taken out")
    @APIResponse(responseCode = "404", description = "No such member of this teacher's class",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response removeMember(@PathParam("id") long id, @PathParam("accountId") long accountId) {
        members.remove(id, accountId, teacherId());
        return Response.noContent().build();
    }

    @GET
    @Path("{id}/members/{accountId}/attempts")
    @Produces({MediaType.APPLICATION_JSON, "text/csv"})
    @Operation(summary = "Every attempt a member started from this class's assignments, newest first")
    @APIResponse(responseCode = "404", description = "No such member of this teacher's class",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response memberAttempts(@PathParam("id") long id, @PathParam("accountId") long accountId,
                                   @QueryParam("separator") String separator,
                                   @jakarta.ws.rs.HeaderParam("Accept") String accept) {
        CsvFormat format = CsvFormat.of(separator, zone);
        List<AttemptMarks> attempts = marks.attemptsOfMember(id, accountId, teacherId()).stream()
                .map(this::inZone).toList();
        return wantsCsv(accept) ? csv(ResultsCsv.attempts(attempts, format), "attempts-" + accountId + ".csv")
                : Response.ok(attempts, MediaType.APPLICATION_JSON).build();
    }

    @GET
    @Path("{id}/attempts/{attemptId}")
    @Operation(summary = "One finished attempt of a member, with every answer")
    @APIResponse(responseCode = "404", description = "No attempt started from this teacher's class's assignments",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The attempt is not finished yet",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public AttemptMarks attempt(@PathParam("id") long id, @PathParam("attemptId") long attemptId) {
        return inZone(marks.attempt(id, attemptId, teacherId()));
    }

    private AttemptMarks inZone(AttemptMarks a) {
        return new AttemptMarks(a.attemptId(), a.accountId(), a.username(), a.assignmentId(), a.title(), a.mode(),
                a.startedAt() == null ? null : a.startedAt().atZoneSameInstant(zone).toOffsetDateTime(),
                a.finishedAt() == null ? null : a.finishedAt().atZoneSameInstant(zone).toOffsetDateTime(),
                a.seconds(), a.score(), a.max(), a.answers());
    }

    private static boolean wantsCsv(String accept) {
        return accept != null && accept.contains("text/csv") && !accept.contains(MediaType.APPLICATION_JSON);
    }

    private static Response csv(byte[] body, String fileName) {
        return Response.ok(body, CsvFormat.MEDIA_TYPE)
                .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"").build();
    }

    private long teacherId() {
        return caller.accountId();
    }
}
