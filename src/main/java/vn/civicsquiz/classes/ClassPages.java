package vn.civicsquiz.classes;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;
import vn.civicsquiz.learner.CurrentLearner;
import vn.civicsquiz.platform.problem.ErrorResponses;
import vn.civicsquiz.platform.problem.ProblemException;
import vn.civicsquiz.quiz.QuizTopics;

import java.net.URI;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** Pages for signed-in learners: join a class with its code, and the quizzes their classes were assigned. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class ClassPages {

    /**
     * An assignment as the page shows it, times in the learner's zone; {@code topicKey} is a quiz message key.
     *
     * @param done     the learner finished it; then {@code score} of {@code size}, {@code finished} and {@code late}
     */
    public record AssignmentRow(long id, String className, String topic, String topicKey, int size, String deadline,
                                boolean overdue, boolean done, java.math.BigDecimal score, String finished, boolean late) {

        private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

        public static AssignmentRow of(AssignmentView a, java.time.ZoneId zone) {
            return new AssignmentRow(a.id(), a.className(), a.topic(), "topic_" + QuizTopics.key(a.topic()), a.size(),
                    a.deadline().atZoneSameInstant(zone).format(TIME), a.overdue(), a.done(),
                    a.score() == null ? java.math.BigDecimal.ZERO : a.score(),
                    a.finishedAt() == null ? null : a.finishedAt().atZoneSameInstant(zone).format(TIME), a.late());
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance join(String code, String errorKey, String joined);

        static native TemplateInstance assignments(List<AssignmentRow> rows);
    }

    private final ClassService classes;
    private final CurrentLearner current;
    private final java.time.ZoneId zone;

    public ClassPages(ClassService classes, CurrentLearner current, vn.civicsquiz.quiz.QuizSettings settings) {
        this.classes = classes;
        this.current = current;
        this.zone = settings.studyZone();
    }

    @GET
    @Path("classes/join")
    public Response joinForm(@QueryParam("joined") Long joined) {
        Long accountId = current.accountId();
        if (accountId == null) {
            return toLogin("/classes/join");
        }
        String className = joined == null ? null : classes.nameForMember(joined, accountId).orElse(null);
        return Response.ok(Templates.join("", null, className)).header("Cache-Control", "no-store").build();
    }

    @POST
    @Path("classes/join")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response join(@RestForm String code) {
        Long accountId = current.accountId();
        if (accountId == null) {
            return toLogin("/classes/join");
        }
        try {
            ClassView joined = classes.join(accountId, code);
            return Response.seeOther(URI.create("/classes/join?joined=" + joined.id())).build();
        } catch (vn.civicsquiz.platform.access.TooManyRequests e) {
            throw e;
        } catch (ProblemException e) {
            String errorKey = e instanceof ProblemException.NotFound ? "error_code_unknown" : "error_code_invalid";
            return Response.status(ErrorResponses.statusOf(e)).entity(Templates.join(code == null ? "" : code, errorKey, null))
                    .build();
        }
    }

    @GET
    @Path("assignments")
    public Response assignments() {
        Long accountId = current.accountId();
        if (accountId == null) {
            return toLogin("/assignments");
        }
        List<AssignmentRow> rows = classes.assignmentsOfMember(accountId).stream()
                .map(a -> AssignmentRow.of(a, zone)).toList();
        return Response.ok(Templates.assignments(rows)).header("Cache-Control", "no-store").build();
    }

    private static Response toLogin(String next) {
        return Response.seeOther(URI.create(vn.civicsquiz.platform.security.ReturnPath.signInFor(next))).build();
    }
}
