package vn.civicsquiz.teacher.console;

import io.quarkus.qute.CheckedTemplate;
import vn.civicsquiz.platform.problem.Say;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;
import vn.civicsquiz.platform.problem.ErrorResponses;
import vn.civicsquiz.platform.problem.Problem;
import vn.civicsquiz.platform.problem.ProblemException;
import vn.civicsquiz.question.QuestionStatus;
import vn.civicsquiz.quiz.ItemView;
import vn.civicsquiz.teacher.QuestionBank;
import vn.civicsquiz.teacher.QuestionEdits;
import vn.civicsquiz.teacher.QuestionPreview;
import vn.civicsquiz.teacher.QuestionView;
import vn.civicsquiz.teacher.StatusChange;
import vn.civicsquiz.teacher.sets.QuestionSets;

/** One question: read it, preview it as a learner, edit it with the version guard, publish, retire, duplicate. */
@Path("/teach/questions/{id: \\d+}")
@Produces(MediaType.TEXT_HTML)
public class QuestionConsolePage {

    /** A refusal to show above the form: the service's reason and each field at fault. */
    public record Refusal(boolean stale, String detail, List<String> reasons) {
        static Refusal of(ProblemException e, vn.civicsquiz.platform.problem.ApiLanguage language) {
            // the English detail is the stable one to read: a stale version says "version" there
            boolean stale = e instanceof ProblemException.Conflict
                    && e.detail(true).toLowerCase(java.util.Locale.ROOT).contains("version");
            return new Refusal(stale, language.detail(e),
                    language.errors(e).stream().map(f -> f.field() + ": " + f.message()).toList());
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance question(QuestionView question, String statusKey, ItemView item,
                                                QuestionEditForm form, List<ConsoleForms.Choice> topics,
                                                List<ConsoleForms.Choice> sets, Refusal refusal, String saved);
    }

    private final QuestionBank bank;
    private final QuestionEdits edits;
    private final QuestionSets sets;
    private final TeacherGate gate;

    public QuestionConsolePage(QuestionBank bank, QuestionEdits edits, QuestionSets sets, TeacherGate gate) {
        this.bank = bank;
        this.edits = edits;
        this.sets = sets;
        this.gate = gate;
    }

    @GET
    public Response show(@PathParam("id") long id, @QueryParam("saved") String saved) {
        var away = gate.away("/teach/questions/" + id);
        if (away.isPresent()) {
            return away.get();
        }
        QuestionView q = bank.find(id);
        String savedKey = saved == null ? null : switch (saved) {
            case "edited", "replaced", "status", "copy" -> "saved_" + saved;
            default -> null;
        };
        return render(q, QuestionEditForm.of(q), null, savedKey, 200);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response edit(@PathParam("id") long id, @RestForm String version, @RestForm String stem,
                         @RestForm String explanation, @RestForm String topic, @RestForm String set,
                         @RestForm String tags, @RestForm("text") List<String> texts,
                         @RestForm("correct") List<String> correct, @RestForm("weight") List<String> weights,
                         @RestForm("feedback") List<String> feedbacks) {
        var away = gate.away("/teach/questions/" + id);
        if (away.isPresent()) {
            return away.get();
        }
        QuestionView stored = bank.find(id);
        QuestionEditForm form = null;
        try {
            form = QuestionEditForm.sent(version, stem, explanation, topic, set, tags, texts, correct, weights,
                    feedbacks);
            QuestionBank.Updated updated = bank.update(id, form.toInput(stored), gate.teacherId());
            return Response.seeOther(URI.create("/teach/questions/" + updated.question().id() + "?saved="
                    + (updated.replaced() ? "replaced" : "edited"))).build();
        } catch (ProblemException e) {
            if (form == null) {
                throw e;
            }
            return render(stored, form, Refusal.of(e, gate.language()), null, ErrorResponses.statusOf(e));
        }
    }

    @POST
    @Path("status")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response changeStatus(@PathParam("id") long id, @RestForm String status, @RestForm String version) {
        var away = gate.away("/teach/questions/" + id);
        if (away.isPresent()) {
            return away.get();
        }
        QuestionStatus target = status == null ? null : switch (status) {
            case "published" -> QuestionStatus.published;
            case "retired" -> QuestionStatus.retired;
            case "draft" -> QuestionStatus.draft;
            default -> null;
        };
        if (target == null) {
            throw ProblemException.badRequest(new Say("Không có trạng thái này", "Unknown status"),
                    ProblemException.fault("status", "draft, published hoặc retired", "draft, published or retired"));
        }
        int read = ConsoleForms.number(version, -1, 0, Integer.MAX_VALUE, "version");
        if (read < 0) {
            throw ProblemException.badRequest(new Say("Thiếu phiên bản (version)", "The version is missing"),
                    ProblemException.fault("version", "bắt buộc", "required"));
        }
        try {
            bank.changeStatus(id, new StatusChange(target, read), gate.teacherId());
            return Response.seeOther(URI.create("/teach/questions/" + id + "?saved=status")).build();
        } catch (ProblemException.Conflict e) {
            QuestionView q = bank.find(id);
            return render(q, QuestionEditForm.of(q), Refusal.of(e, gate.language()), null, 409);
        }
    }

    @POST
    @Path("duplicate")
    public Response duplicate(@PathParam("id") long id) {
        var away = gate.away("/teach/questions/" + id);
        if (away.isPresent()) {
            return away.get();
        }
        QuestionView copy = edits.duplicate(id, gate.teacherId());
        return Response.seeOther(URI.create("/teach/questions/" + copy.id() + "?saved=copy")).build();
    }

    private Response render(QuestionView q, QuestionEditForm form, Refusal refusal, String savedKey, int status) {
        var setChoices = sets.list(gate.teacherId()).stream().map(s -> new ConsoleForms.Choice(String.valueOf(s.id()),
                s.path(), String.valueOf(s.id()).equals(form.set()))).toList();
        return Response.status(status).entity(Templates.question(q, "status_" + q.status().name(),
                        QuestionPreview.of(q), form, ConsoleForms.topics(form.topic()), setChoices, refusal, savedKey))
                .header("Cache-Control", "no-store").build();
    }
}
