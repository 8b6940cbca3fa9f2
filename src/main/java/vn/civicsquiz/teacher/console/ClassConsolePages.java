package vn.civicsquiz.teacher.console;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import vn.civicsquiz.classes.AnswerMark;
import vn.civicsquiz.classes.AssignmentMarks;
import vn.civicsquiz.classes.AssignmentResult;
import vn.civicsquiz.classes.AssignmentView;
import vn.civicsquiz.classes.AttemptMarks;
import vn.civicsquiz.classes.ClassService;
import vn.civicsquiz.classes.ClassView;
import vn.civicsquiz.classes.Rosters;
import vn.civicsquiz.platform.problem.ErrorResponses;
import vn.civicsquiz.platform.problem.Problem;
import vn.civicsquiz.platform.problem.ProblemException;
import vn.civicsquiz.platform.upload.UploadedText;

/**
 * A teacher's classes in the browser: each class with its join code, roster upload and assignments; each
 * assignment's results for marking with two charts (scores, share of right answers per question) drawn as
 * {@code <meter>} elements, which read as numbers to a screen reader and need no style attribute.
 */
@Path("/teach/classes")
@Produces(MediaType.TEXT_HTML)
public class ClassConsolePages {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    public record AssignmentRow(long id, String title, String deadline) {
    }

    public record ResultRow(String username, String displayName, String statusKey, String score, String finished) {
    }

    /** A bar: its label, its value out of {@code max}, and the text a reader sees beside it. */
    public record Bar(String label, long value, long max, String text) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance classes(List<ClassView> classes);

        static native TemplateInstance klass(ClassView klass, List<AssignmentRow> assignments,
                                             Rosters.Enrolment roster, List<Problem.FieldError> errors);

        static native TemplateInstance results(ClassView klass, AssignmentRow assignment, List<ResultRow> rows,
                                               List<Bar> scores, List<Bar> facility);
    }

    private final ClassService classes;
    private final AssignmentMarks marks;
    private final Rosters rosters;
    private final TeacherGate gate;
    private final ZoneId zone;
    private final vn.civicsquiz.web.PageContext pageContext;

    public ClassConsolePages(ClassService classes, AssignmentMarks marks, Rosters rosters, TeacherGate gate,
                             vn.civicsquiz.quiz.QuizSettings settings, vn.civicsquiz.web.PageContext pageContext) {
        this.pageContext = pageContext;
        this.classes = classes;
        this.marks = marks;
        this.rosters = rosters;
        this.gate = gate;
        this.zone = settings.studyZone();
    }

    @GET
    public Response list() {
        return gate.away("/teach/classes").orElseGet(() -> page(
                Templates.classes(classes.list(gate.teacherId())), 200));
    }

    @GET
    @Path("{id}")
    public Response klass(@PathParam("id") long id) {
        var away = gate.away("/teach/classes/" + id);
        if (away.isPresent()) {
            return away.get();
        }
        return page(classPage(id, null, null), 200);
    }

    @POST
    @Path("{id}/roster")
    @Consumes({MediaType.MULTIPART_FORM_DATA, MediaType.APPLICATION_FORM_URLENCODED})
    public Response roster(@PathParam("id") long id, @RestForm("file") FileUpload file) {
        var away = gate.away("/teach/classes/" + id);
        if (away.isPresent()) {
            return away.get();
        }
        try {
            byte[] bytes = file == null ? new byte[0] : Files.readAllBytes(file.uploadedFile());
            boolean english = "en".equals(pageContext.lang());
            Rosters.Enrolment enrolment = rosters.enrol(id, gate.teacherId(), UploadedText.decode(bytes, null, english),
                    english);
            return page(classPage(id, enrolment, null), 200);
        } catch (ProblemException e) {
            if (e instanceof ProblemException.NotFound) {
                throw e;
            }
            List<Problem.FieldError> errors = e.errors() == null || e.errors().isEmpty()
                    ? List.of(new Problem.FieldError("file", e.getMessage())) : e.errors();
            return page(classPage(id, null, errors), ErrorResponses.statusOf(e));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @GET
    @Path("{id}/assignments/{assignmentId}")
    public Response results(@PathParam("id") long id, @PathParam("assignmentId") long assignmentId) {
        var away = gate.away("/teach/classes/" + id + "/assignments/" + assignmentId);
        if (away.isPresent()) {
            return away.get();
        }
        long me = gate.teacherId();
        ClassView klass = classes.owned(id, me);
        AssignmentView assignment = classes.assignmentOfClass(id, assignmentId, me);
        List<AssignmentResult> results = marks.results(id, assignmentId, me);
        List<ResultRow> rows = results.stream().map(r -> new ResultRow(r.username(), r.displayName(),
                "status_" + r.status().name(), r.score() == null ? "" : plain(r.score()) + "/" + r.max(),
                r.finishedAt() == null ? "" : r.finishedAt().atZoneSameInstant(zone).format(TIME))).toList();
        return page(Templates.results(klass, row(assignment), rows, scoreBars(results),
                facilityBars(marks.answers(id, assignmentId, me))), 200);
    }

    @GET
    @Path("{id}/assignments/{assignmentId}/results.csv")
    @Produces("text/csv")
    public Response resultsCsv(@PathParam("id") long id, @PathParam("assignmentId") long assignmentId,
                               @jakarta.ws.rs.QueryParam("separator") String separator) {
        var away = gate.away("/teach/classes/" + id + "/assignments/" + assignmentId);
        if (away.isPresent()) {
            return away.get();
        }
        var format = vn.civicsquiz.platform.csv.CsvFormat.of(separator, zone);
        List<AssignmentResult> rows = marks.results(id, assignmentId, gate.teacherId()).stream()
                .map(r -> r.inZone(zone)).toList();
        return Response.ok(vn.civicsquiz.classes.ResultsCsv.results(rows, format),
                        vn.civicsquiz.platform.csv.CsvFormat.MEDIA_TYPE)
                .header("Content-Disposition", "attachment; filename=\"assignment-" + assignmentId + ".csv\"")
                .header("Cache-Control", "no-store").build();
    }

    private TemplateInstance classPage(long id, Rosters.Enrolment roster, List<Problem.FieldError> errors) {
        long me = gate.teacherId();
        ClassView klass = classes.owned(id, me);
        List<AssignmentRow> assignments = classes.assignmentsOfClass(id, me).stream().map(this::row).toList();
        return Templates.klass(klass, assignments, roster, errors);
    }

    private AssignmentRow row(AssignmentView a) {
        return new AssignmentRow(a.id(), a.title() == null ? a.topic() : a.title(),
                a.deadline().atZoneSameInstant(zone).format(TIME));
    }

    /** Finished attempts by score, in fifths of the maximum: 0–19 %, 20–39 %, … 80–100 %. */
    static List<Bar> scoreBars(List<AssignmentResult> results) {
        long[] counts = new long[5];
        long finished = 0;
        for (AssignmentResult r : results) {
            if (r.score() != null && r.max() != null && r.max() > 0) {
                int percent = r.score().multiply(BigDecimal.valueOf(100))
                        .divide(BigDecimal.valueOf(r.max()), 0, RoundingMode.DOWN).intValue();
                counts[Math.min(4, percent / 20)]++;
                finished++;
            }
        }
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            String label = (i * 20) + "–" + (i == 4 ? 100 : i * 20 + 19) + " %";
            bars.add(new Bar(label, counts[i], Math.max(1, finished), String.valueOf(counts[i])));
        }
        return bars;
    }

    /** Each question's share of right answers among the counted attempts, in the order first asked. */
    static List<Bar> facilityBars(List<AttemptMarks> attempts) {
        Map<Long, long[]> byQuestion = new LinkedHashMap<>();
        Map<Long, String> stems = new LinkedHashMap<>();
        for (AttemptMarks attempt : attempts) {
            for (AnswerMark answer : attempt.answers()) {
                long[] counts = byQuestion.computeIfAbsent(answer.questionId(), q -> new long[2]);
                counts[0] += answer.correct() ? 1 : 0;
                counts[1]++;
                stems.putIfAbsent(answer.questionId(), answer.stem());
            }
        }
        List<Bar> bars = new ArrayList<>();
        byQuestion.forEach((question, counts) -> bars.add(new Bar(stems.get(question), counts[0], counts[1],
                Math.round(100.0 * counts[0] / counts[1]) + " % (" + counts[0] + "/" + counts[1] + ")")));
        return bars;
    }

    private static Response page(TemplateInstance page, int status) {
        return Response.status(status).entity(page).header("Cache-Control", "no-store").build();
    }

    private static String plain(BigDecimal n) {
        BigDecimal stripped = n.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString().replace('.', ',');
    }
}
