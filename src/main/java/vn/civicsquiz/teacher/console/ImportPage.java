package vn.civicsquiz.teacher.console;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import vn.civicsquiz.platform.problem.ErrorResponses;
import vn.civicsquiz.platform.problem.Problem;
import vn.civicsquiz.platform.problem.ProblemException;
import vn.civicsquiz.teacher.QuestionImports;

/**
 * Import a question file: check it first (each question and each problem with its line), then import it, the
 * checked text carried in the form so the file need not be chosen again.
 */
@Path("/teach/import")
@Produces(MediaType.TEXT_HTML)
public class ImportPage {

    static final List<String> FORMATS = List.of("gift", "aiken", "json", "moodlexml");

    /** What the teacher chose, shown again with the report. */
    public record Choices(String format, String topic, boolean publish, String text) {
    }

    /** A problem of the file, with its line when it has one. */
    public record FileProblem(Integer line, String field, String message) {
        static FileProblem of(Problem.FieldError e) {
            return new FileProblem(e.line(), e.field(), e.message());
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance upload(Choices choices, List<ConsoleForms.Choice> formats,
                                              List<ConsoleForms.Choice> topics, QuestionImports.Outcome outcome,
                                              String refusal, List<FileProblem> problems);
    }

    private final QuestionImports imports;
    private final TeacherGate gate;

    public ImportPage(QuestionImports imports, TeacherGate gate) {
        this.imports = imports;
        this.gate = gate;
    }

    @GET
    public Response form() {
        var away = gate.away("/teach/import");
        if (away.isPresent()) {
            return away.get();
        }
        return render(new Choices("gift", null, false, null), null, null, List.of(), 200);
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response upload(@RestForm String format, @RestForm String topic, @RestForm String publish,
                           @RestForm String step, @RestForm("file") FileUpload file, @RestForm String text) {
        var away = gate.away("/teach/import");
        if (away.isPresent()) {
            return away.get();
        }
        String content = file != null && file.size() > 0 ? read(file) : text;
        boolean dryRun = !"import".equals(step);
        Choices choices = new Choices(format, topic, publish != null, content);
        if (content == null || content.isBlank()) {
            return render(choices, null, "The file is empty or missing",
                    List.of(new FileProblem(null, "file", "choose a file")), 400);
        }
        try {
            QuestionImports.Outcome outcome = imports.importFile(format, dryRun, topic, publish != null,
                    content.getBytes(StandardCharsets.UTF_8), gate.teacherId());
            return render(choices, outcome, null, List.of(), outcome.job() == null ? 200 : 202);
        } catch (ProblemException e) {
            if (e instanceof ProblemException.NotPermitted) {
                throw e;
            }
            List<FileProblem> problems = e.errors() == null ? List.of()
                    : e.errors().stream().map(FileProblem::of).toList();
            return render(choices, null, e.getMessage(), problems, ErrorResponses.statusOf(e));
        }
    }

    private static String read(FileUpload file) {
        try {
            byte[] bytes = Files.readAllBytes(file.uploadedFile());
            return vn.civicsquiz.platform.upload.UploadedText.decode(bytes, null).text();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Response render(Choices choices, QuestionImports.Outcome outcome, String refusal,
                            List<FileProblem> problems, int status) {
        List<ConsoleForms.Choice> formats = FORMATS.stream()
                .map(f -> new ConsoleForms.Choice(f, "format_" + f, f.equals(choices.format()))).toList();
        return Response.status(status).entity(Templates.upload(choices, formats, ConsoleForms.topics(choices.topic()),
                outcome, refusal, problems)).header("Cache-Control", "no-store").build();
    }
}
