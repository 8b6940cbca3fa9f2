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
import java.net.URI;
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
import vn.civicsquiz.classes.ClassInput;
import vn.civicsquiz.classes.ClassMembers;
import vn.civicsquiz.classes.ClassView;
import vn.civicsquiz.classes.Rosters;
import vn.civicsquiz.platform.problem.ErrorResponses;
import vn.civicsquiz.platform.problem.Problem;
import vn.civicsquiz.platform.problem.ProblemException;
import vn.civicsquiz.platform.upload.UploadedText;
import vn.civicsquiz.teacher.sets.QuestionSets;

/**
 * A teacher's classes in the browser: each class with its join code, roster upload and assignments; each
 * assignment's results for marking with two charts (scores, share of right answers per question) drawn as
 * {@code <meter>} elements, which read as numbers to a screen reader and need no style attribute.
 */
@Path("/teach/classes")
@Produces(MediaType.TEXT_HTML)
public class ClassConsolePages {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    /** An assignment as the class page lists it: what it asks and how, with the key of its mode's label. */
    public record AssignmentRow(long id, String title, String deadline, String modeKey, Integer timeLimitMinutes,
                                int size) {
    }

    /** A member as the class page lists her. */
    public record MemberRow(long accountId, String name, String username, String joined) {
    }

    /** A refusal of the assignment form: the label key of the field at fault and what to do. */
    public record FormError(String labelKey, String message) {
    }

    public record ResultRow(String username, String displayName, String statusKey, String score, String finished) {
    }

    /** A bar: its label, its value out of {@code max}, and the text a reader sees beside it. */
    public record Bar(String label, long value, long max, String text) {
    }

    /** A question of an assignment: its facility as a bar (right out of answered) and its discrimination. */
    public record ItemRow(String stem, long right, long answered, String facility, String discrimination) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance classes(List<ClassView> classes, String name, List<Problem.FieldError> errors);

        static native TemplateInstance klass(ClassView klass, List<AssignmentRow> assignments,
                                             Rosters.Enrolment roster, List<Problem.FieldError> errors,
                                             AssignmentForm form, List<ConsoleForms.Choice> sets,
                                             List<ConsoleForms.Choice> topics, List<FormError> formErrors,
                                             String notice, List<MemberRow> members);

        static native TemplateInstance results(ClassView klass, AssignmentRow assignment, List<ResultRow> rows,
                                               List<Bar> scores, List<ItemRow> items);
    }

    private final ClassService classes;
    private final AssignmentMarks marks;
    private final Rosters rosters;
    private final TeacherGate gate;
    private final ZoneId zone;
    private final vn.civicsquiz.web.PageContext pageContext;
    private final QuestionSets sets;
    private final ClassMembers members;

    public ClassConsolePages(ClassService classes, AssignmentMarks marks, Rosters rosters, TeacherGate gate,
                             vn.civicsquiz.quiz.QuizSettings settings, vn.civicsquiz.web.PageContext pageContext,
                             QuestionSets sets, ClassMembers members) {
        this.members = members;
        this.pageContext = pageContext;
        this.sets = sets;
        this.classes = classes;
        this.marks = marks;
        this.rosters = rosters;
        this.gate = gate;
        this.zone = settings.studyZone();
    }

    @GET
    public Response list() {
        return gate.away("/teach/classes").orElseGet(() -> page(
                Templates.classes(classes.list(gate.teacherId()), "", null), 200));
    }

    @POST
    @Consumes({MediaType.MULTIPART_FORM_DATA, MediaType.APPLICATION_FORM_URLENCODED})
    public Response create(@RestForm String name) {
        var away = gate.away("/teach/classes");
        if (away.isPresent()) {
            return away.get();
        }
        try {
            ClassView made = classes.create(gate.teacherId(), new ClassInput(name));
            return Response.seeOther(URI.create("/teach/classes/" + made.id())).build();
        } catch (ProblemException e) {
            return page(Templates.classes(classes.list(gate.teacherId()), name == null ? "" : name,
                    fieldErrors(e, "name")), ErrorResponses.statusOf(e));
        }
    }

    @GET
    @Path("{id}")
    public Response klass(@PathParam("id") long id, @jakarta.ws.rs.QueryParam("done") String done) {
        var away = gate.away("/teach/classes/" + id);
        if (away.isPresent()) {
            return away.get();
        }
        String notice = switch (done == null ? "" : done) {
            case "assigned" -> "assigned_notice";
            case "deleted" -> "deleted_notice";
            case "removed" -> "removed_notice";
            default -> null;
        };
        return page(classPage(id, null, null, AssignmentForm.fresh(zone), null, notice), 200);
    }

    @POST
    @Path("{id}/assignments")
    @Consumes({MediaType.MULTIPART_FORM_DATA, MediaType.APPLICATION_FORM_URLENCODED})
    public Response assign(@PathParam("id") long id, @RestForm String title, @RestForm String source,
                           @RestForm String size, @RestForm String mode, @RestForm String timeLimitMinutes,
                           @RestForm String opensAt, @RestForm String closesAt, @RestForm String attemptsAllowed) {
        var away = gate.away("/teach/classes/" + id);
        if (away.isPresent()) {
            return away.get();
        }
        AssignmentForm form = new AssignmentForm(title, source, size, mode, timeLimitMinutes, opensAt, closesAt,
                attemptsAllowed);
        try {
            classes.assign(id, gate.teacherId(), form.input(zone, "en".equals(pageContext.lang())));
            return Response.seeOther(URI.create("/teach/classes/" + id + "?done=assigned#assignments")).build();
        } catch (ProblemException e) {
            if (e instanceof ProblemException.NotFound) {
                throw e;
            }
            List<FormError> errors = fieldErrors(e, "sets").stream()
                    .map(f -> new FormError(AssignmentForm.labelKey(f.field()), f.message())).toList();
            return page(classPage(id, null, null, form, errors, null), ErrorResponses.statusOf(e));
        }
    }

    @POST
    @Path("{id}/members/{accountId}/remove")
    @Consumes({MediaType.MULTIPART_FORM_DATA, MediaType.APPLICATION_FORM_URLENCODED})
    public Response removeMember(@PathParam("id") long id, @PathParam("accountId") long accountId) {
        var away = gate.away("/teach/classes/" + id);
        if (away.isPresent()) {
            return away.get();
        }
        members.remove(id, accountId, gate.teacherId());
        return Response.seeOther(URI.create("/teach/classes/" + id + "?done=removed#members-title")).build();
    }

    @POST
    @Path("{id}/assignments/{assignmentId}/delete")
    @Consumes({MediaType.MULTIPART_FORM_DATA, MediaType.APPLICATION_FORM_URLENCODED})
    public Response unassign(@PathParam("id") long id, @PathParam("assignmentId") long assignmentId) {
        var away = gate.away("/teach/classes/" + id);
        if (away.isPresent()) {
            return away.get();
        }
        try {
            classes.unassign(id, assignmentId, gate.teacherId());
            return Response.seeOther(URI.create("/teach/classes/" + id + "?done=deleted#assignments")).build();
        } catch (ProblemException.Conflict e) {
            return page(classPage(id, null, null, AssignmentForm.fresh(zone),
                    List.of(new FormError(null, gate.language().detail(e))), null), 409);
        }
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
            return page(classPage(id, enrolment, null, AssignmentForm.fresh(zone), null, null), 200);
        } catch (ProblemException e) {
            if (e instanceof ProblemException.NotFound) {
                throw e;
            }
            return page(classPage(id, null, fieldErrors(e, "file"), AssignmentForm.fresh(zone), null, null),
                    ErrorResponses.statusOf(e));
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
                itemRows(marks.answers(id, assignmentId, me), "en".equals(pageContext.lang()))), 200);
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

    private TemplateInstance classPage(long id, Rosters.Enrolment roster, List<Problem.FieldError> errors,
                                       AssignmentForm form, List<FormError> formErrors, String notice) {
        long me = gate.teacherId();
        ClassView klass = classes.owned(id, me);
        List<AssignmentRow> assignments = classes.assignmentsOfClass(id, me).stream().map(this::row).toList();
        String chosen = form.source() == null ? "" : form.source();
        List<ConsoleForms.Choice> setChoices = sets.list(me).stream().map(s -> new ConsoleForms.Choice("set:" + s.id(),
                s.path(), chosen.equals("set:" + s.id()))).toList();
        List<ConsoleForms.Choice> topicChoices = ConsoleForms.topics(null).stream().map(t -> new ConsoleForms.Choice(
                "topic:" + t.value(), t.label(), chosen.equals("topic:" + t.value()))).toList();
        List<MemberRow> memberRows = members.of(id, me).stream().map(m -> new MemberRow(m.accountId(),
                m.displayName() == null ? m.username() : m.displayName(), m.username(),
                m.joinedAt().atZoneSameInstant(zone).format(TIME))).toList();
        return Templates.klass(klass, assignments, roster, errors, form, setChoices, topicChoices, formErrors, notice,
                memberRows);
    }

    /** The refusal's field errors, or its detail under {@code field} when it names none. */
    private List<Problem.FieldError> fieldErrors(ProblemException e, String field) {
        List<Problem.FieldError> errors = gate.language().errors(e);
        return errors.isEmpty() ? List.of(new Problem.FieldError(field, gate.language().detail(e))) : errors;
    }

    private AssignmentRow row(AssignmentView a) {
        return new AssignmentRow(a.id(), a.title() == null ? a.topic() : a.title(),
                a.deadline().atZoneSameInstant(zone).format(TIME), "mode_" + a.mode(), a.timeLimitMinutes(), a.size());
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

    /**
     * Each question's share of right answers among the counted attempts and its discrimination, in the order first
     * asked; the discrimination as "0,42" (with a decimal point in English) or "—" when the attempts cannot tell.
     */
    static List<ItemRow> itemRows(List<AttemptMarks> attempts, boolean english) {
        return ItemAnalysis.of(attempts).stream().map(i -> new ItemRow(i.stem(), i.right(), i.answered(),
                Math.round(100.0 * i.right() / i.answered()) + " % (" + i.right() + "/" + i.answered() + ")",
                i.discrimination() == null ? "—" : decimal(i.discrimination(), english))).toList();
    }

    private static String decimal(double value, boolean english) {
        String text = String.format(java.util.Locale.ROOT, "%.2f", value);
        return english ? text : text.replace('.', ',');
    }

    private static Response page(TemplateInstance page, int status) {
        return Response.status(status).entity(page).header("Cache-Control", "no-store").build();
    }

    private static String plain(BigDecimal n) {
        BigDecimal stripped = n.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString().replace('.', ',');
    }
}
