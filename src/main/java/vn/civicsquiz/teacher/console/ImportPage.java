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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import vn.civicsquiz.platform.problem.ErrorResponses;
import vn.civicsquiz.platform.problem.Problem;
import vn.civicsquiz.platform.problem.ProblemException;
import vn.civicsquiz.platform.upload.UploadedText;
import vn.civicsquiz.quiz.QuizTopics;
import vn.civicsquiz.teacher.ImportJobs;
import vn.civicsquiz.teacher.ImportReport;
import vn.civicsquiz.teacher.QuestionImports;
import vn.civicsquiz.teacher.format.QuestionFormat;

/**
 * A question file sent from the browser: checked first by default (each question, each problem with its line),
 * then imported, through the same import as the API. A large file's job is followed on its own page.
 */
@Path("/teach/import")
@Produces(MediaType.TEXT_HTML)
public class ImportPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance importForm(List<ConsoleForms.Choice> formats, List<ConsoleForms.Choice> topics,
                                                  ImportReport report, List<Problem.FieldError> errors, String problem);

        static native TemplateInstance job(ImportJobs.Job job);
    }

    private final QuestionImports imports;
    private final ImportJobs jobs;
    private final TeacherGate gate;
    private final vn.civicsquiz.web.PageContext page;

    public ImportPage(QuestionImports imports, ImportJobs jobs, TeacherGate gate, vn.civicsquiz.web.PageContext page) {
        this.page = page;
        this.imports = imports;
        this.jobs = jobs;
        this.gate = gate;
    }

    @GET
    public Response form() {
        return gate.away("/teach/import").orElseGet(() -> page(
                Templates.importForm(formats("gift"), topics(null), null, null, null), 200));
    }

    @POST
    @Consumes({MediaType.MULTIPART_FORM_DATA, MediaType.APPLICATION_FORM_URLENCODED})
    public Response send(@RestForm("file") FileUpload file, @RestForm String format, @RestForm String topic,
                         @RestForm boolean dryRun, @RestForm boolean publish) {
        var away = gate.away("/teach/import");
        if (away.isPresent()) {
            return away.get();
        }
        QuestionFormat chosen = java.util.Arrays.stream(QuestionFormat.values())
                .filter(f -> f.parameter().equals(format)).findFirst().orElse(QuestionFormat.GIFT);
        String defaultTopic = topic == null || topic.isBlank() || !QuizTopics.known(topic) ? null : topic;
        if (file == null || file.size() == 0) {
            return page(Templates.importForm(formats(chosen.parameter()), topics(defaultTopic), null,
                    null, "no_file"), 400);
        }
        try {
            byte[] bytes = Files.readAllBytes(file.uploadedFile());
            boolean english = "en".equals(page.lang());
            QuestionImports.Outcome outcome = imports.importFile(chosen, UploadedText.decode(bytes, null, english),
                    dryRun, defaultTopic, publish, gate.teacherId(), english);
            if (outcome.job() != null) {
                return Response.seeOther(java.net.URI.create("/teach/import/jobs/" + outcome.job().id())).build();
            }
            return page(Templates.importForm(formats(chosen.parameter()), topics(defaultTopic),
                    outcome.report(), null, null), 200);
        } catch (ProblemException e) {
            List<Problem.FieldError> errors = gate.language().errors(e);
            if (errors.isEmpty()) {
                errors = List.of(new Problem.FieldError("file", gate.language().detail(e)));
            }
            return page(Templates.importForm(formats(chosen.parameter()), topics(defaultTopic), null,
                    errors, null), ErrorResponses.statusOf(e));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @GET
    @Path("jobs/{id}")
    public Response job(@PathParam("id") String id) {
        var away = gate.away("/teach/import/jobs/" + id);
        if (away.isPresent()) {
            return away.get();
        }
        UUID job;
        try {
            job = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw ProblemException.notFound(new Say("Lượt nhập " + id, "Import " + id));
        }
        return page(Templates.job(jobs.find(job, gate.teacherId())
                .orElseThrow(() -> ProblemException.notFound(new Say("Lượt nhập " + id, "Import " + id)))), 200);
    }

    private static List<ConsoleForms.Choice> formats(String selected) {
        return java.util.Arrays.stream(QuestionFormat.values())
                .map(f -> new ConsoleForms.Choice(f.parameter(), f.parameter(), f.parameter().equals(selected))).toList();
    }

    private static List<ConsoleForms.Choice> topics(String selected) {
        return ConsoleForms.topics(selected);
    }

    private static Response page(TemplateInstance page, int status) {
        return Response.status(status).entity(page).header("Cache-Control", "no-store").build();
    }
}
