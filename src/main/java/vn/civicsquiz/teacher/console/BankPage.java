package vn.civicsquiz.teacher.console;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
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
import vn.civicsquiz.teacher.BulkChange;
import vn.civicsquiz.teacher.QuestionBank;
import vn.civicsquiz.teacher.QuestionBulk;
import vn.civicsquiz.teacher.QuestionFilters;
import vn.civicsquiz.teacher.QuestionPage;
import vn.civicsquiz.teacher.QuestionView;
import vn.civicsquiz.teacher.sets.QuestionSets;

/** The question bank in the browser: filters, search, paging and bulk changes through the API's own services. */
@Path("/teach/questions")
@Produces(MediaType.TEXT_HTML)
public class BankPage {

    static final int PAGE_SIZE = 20;

    /** What the bank shows after a change or a refusal. */
    public record Outcome(String doneAction, Integer doneCount, String refusal, List<String> reasons) {
        static final Outcome NONE = new Outcome(null, null, null, List.of());
    }

    /** A question of the list with the message key of its status. */
    public record Row(QuestionView question, String statusKey) {
        static Row of(QuestionView q) {
            return new Row(q, "status_" + q.status().name());
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance bank(BankFilters filters, QuestionPage questions, List<Row> rows,
                                            List<ConsoleForms.Choice> statuses, List<ConsoleForms.Choice> origins,
                                            List<ConsoleForms.Choice> topics,
                                            List<ConsoleForms.Choice> sets, List<ConsoleForms.Choice> moveSets,
                                            String previousUrl, String nextUrl, Outcome outcome);
    }

    private final QuestionBank bank;
    private final QuestionBulk bulk;
    private final QuestionFilters filterReader;
    private final QuestionSets sets;
    private final TeacherGate gate;

    public BankPage(QuestionBank bank, QuestionBulk bulk, QuestionFilters filterReader, QuestionSets sets,
                    TeacherGate gate) {
        this.bank = bank;
        this.bulk = bulk;
        this.filterReader = filterReader;
        this.sets = sets;
        this.gate = gate;
    }

    @GET
    public Response list(@BeanParam BankFilters filters, @QueryParam("done") String done,
                         @QueryParam("count") String count) {
        var away = gate.away("/teach/questions");
        if (away.isPresent()) {
            return away.get();
        }
        Outcome outcome = done == null || !List.of("publish", "retire", "move", "tag").contains(done) ? Outcome.NONE
                : new Outcome(done, ConsoleForms.number(count, 0, 0, 500, "count"), null, List.of());
        return render(filters, outcome, 200);
    }

    @POST
    @Path("bulk")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response change(@BeanParam BankFilters filters, @RestForm String action, @RestForm("id") List<String> ids,
                           @RestForm String toSet, @RestForm String addTag) {
        var away = gate.away("/teach/questions");
        if (away.isPresent()) {
            return away.get();
        }
        long me = gate.teacherId();
        try {
            List<Long> chosen = ids == null ? List.of() : ids.stream().map(id -> ConsoleForms.id(id, "id")).toList();
            String tag = ConsoleForms.blankToNull(addTag);
            boolean tags = "move".equals(action) || "tag".equals(action);
            var result = bulk.apply(new BulkChange(action, chosen, null,
                    "move".equals(action) ? ConsoleForms.id(toSet, "toSet") : null,
                    tags && tag != null ? List.of(tag) : null, null), me);
            Integer page = filters.page == null || filters.page.isBlank() ? null
                    : ConsoleForms.number(filters.page, 0, 0, 100_000, "page");
            return Response.seeOther(URI.create(filters.address("/teach/questions", page, "done", result.action(),
                    "count", String.valueOf(result.changed())))).build();
        } catch (ProblemException e) {
            if (e instanceof ProblemException.NotPermitted) {
                throw e;
            }
            List<String> reasons = gate.language().errors(e).stream().map(Problem.FieldError::message).toList();
            return render(filters, new Outcome(null, null, gate.language().detail(e), reasons),
                    ErrorResponses.statusOf(e));
        }
    }

    private Response render(BankFilters filters, Outcome outcome, int status) {
        long me = gate.teacherId();
        int page = ConsoleForms.number(filters.page, 0, 0, 100_000, "page");
        QuestionPage questions = bank.list(filters.read(filterReader, me), page, PAGE_SIZE);
        var visibleSets = sets.list(me);
        Long chosenSet = ConsoleForms.id(filters.set, "set");
        List<ConsoleForms.Choice> setChoices = visibleSets.stream()
                .map(s -> new ConsoleForms.Choice(String.valueOf(s.id()), s.path(), Long.valueOf(s.id()).equals(chosenSet)))
                .toList();
        List<ConsoleForms.Choice> moveChoices = visibleSets.stream()
                .map(s -> new ConsoleForms.Choice(String.valueOf(s.id()), s.path(), false)).toList();
        String previous = page == 0 ? null : filters.address("/teach/questions", page - 1);
        String next = (long) (page + 1) * PAGE_SIZE >= questions.total() ? null
                : filters.address("/teach/questions", page + 1);
        return Response.status(status).entity(Templates.bank(filters, questions,
                questions.items().stream().map(Row::of).toList(),
                ConsoleForms.keyed(List.of("draft", "published", "retired"), "status_", filters.status),
                ConsoleForms.keyed(List.of("generated", "teacher", "imported"), "origin_", filters.origin),
                ConsoleForms.topics(filters.topic),
                setChoices, moveChoices, previous, next, outcome)).header("Cache-Control", "no-store").build();
    }
}
