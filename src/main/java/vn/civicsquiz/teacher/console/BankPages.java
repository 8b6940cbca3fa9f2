package vn.civicsquiz.teacher.console;

import io.quarkus.qute.CheckedTemplate;
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
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;
import vn.civicsquiz.platform.problem.ErrorResponses;
import vn.civicsquiz.platform.problem.Problem;
import vn.civicsquiz.platform.problem.ProblemException;
import vn.civicsquiz.platform.security.Caller;
import vn.civicsquiz.question.QuestionStatus;
import vn.civicsquiz.quiz.QuizTopics;
import vn.civicsquiz.teacher.BulkChange;
import vn.civicsquiz.teacher.BulkResult;
import vn.civicsquiz.teacher.QuestionBank;
import vn.civicsquiz.teacher.QuestionBulk;
import vn.civicsquiz.teacher.QuestionEdits;
import vn.civicsquiz.teacher.QuestionFilter;
import vn.civicsquiz.teacher.QuestionFilters;
import vn.civicsquiz.teacher.QuestionHistory;
import vn.civicsquiz.teacher.QuestionPage;
import vn.civicsquiz.teacher.QuestionView;
import vn.civicsquiz.teacher.StatusChange;
import vn.civicsquiz.teacher.sets.QuestionSets;
import vn.civicsquiz.teacher.sets.SetView;

/**
 * The bank in the browser: questions found by topic, status, set and diacritics-free search, changed in bulk (all or
 * nothing, as the API), each shown as learners see it with its answer, feedback and history. The rules are the
 * API's services'; this class only reads forms and picks pages.
 */
@Path("/teach/questions")
@Produces(MediaType.TEXT_HTML)
public class BankPages {

    static final int PAGE_SIZE = 20;

    /** A choice of a filter's select, with the message key of its name where it has one. */
    public record Choice(String value, String label, boolean selected) {
    }

    public record Filters(String q, List<Choice> topics, List<Choice> statuses, List<Choice> sets, String query) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance questions(QuestionPage found, Filters filters, int pages, String notice,
                                                 List<Problem.FieldError> refused, String previousUrl,
                                                 String nextUrl);

        static native TemplateInstance question(QuestionView q, String setPath, List<QuestionHistory.Revision> history,
                                                boolean stale);
    }

    private final QuestionBank bank;
    private final QuestionFilters filters;
    private final QuestionBulk bulk;
    private final QuestionEdits edits;
    private final QuestionSets sets;
    private final Caller caller;

    public BankPages(QuestionBank bank, QuestionFilters filters, QuestionBulk bulk, QuestionEdits edits,
                     QuestionSets sets, Caller caller) {
        this.bank = bank;
        this.filters = filters;
        this.bulk = bulk;
        this.edits = edits;
        this.sets = sets;
        this.caller = caller;
    }

    @GET
    public Response list(@QueryParam("q") String q, @QueryParam("topic") String topic,
                         @QueryParam("status") String status, @QueryParam("set") String set,
                         @QueryParam("page") String page, @QueryParam("done") String done) {
        var away = ConsoleAccess.away(caller, "/teach/questions");
        if (away.isPresent()) {
            return away.get();
        }
        return render(q, topic, status, set, page, done == null ? null : done, null, 200);
    }

    @POST
    @Path("bulk")
    @Consumes({MediaType.APPLICATION_FORM_URLENCODED, MediaType.MULTIPART_FORM_DATA})
    public Response bulk(@RestForm List<Long> ids, @RestForm String action, @RestForm String back) {
        var away = ConsoleAccess.away(caller, "/teach/questions");
        if (away.isPresent()) {
            return away.get();
        }
        String query = back != null && back.startsWith("?") && back.length() < 500 ? back : "";
        if (ids == null || ids.isEmpty()) {
            return ConsoleAccess.back("/teach/questions" + query + (query.isEmpty() ? "?" : "&") + "done=none");
        }
        try {
            BulkResult result = bulk.apply(new BulkChange(action, ids, null, null, null, null), caller.accountId());
            return ConsoleAccess.back("/teach/questions" + query + (query.isEmpty() ? "?" : "&") + "done="
                    + result.changed());
        } catch (ProblemException e) {
            java.util.Map<String, String> params = QueryString.parse(query);
            return render(params.get("q"), params.get("topic"), params.get("status"), params.get("set"),
                    params.get("page"), null, e.errors() == null ? List.of(new Problem.FieldError("ids",
                            e.getMessage())) : e.errors(), ErrorResponses.statusOf(e));
        }
    }

    @GET
    @Path("{id}")
    public Response question(@PathParam("id") long id, @QueryParam("stale") boolean stale) {
        var away = ConsoleAccess.away(caller, "/teach/questions/" + id);
        if (away.isPresent()) {
            return away.get();
        }
        QuestionView q = bank.find(id);
        String setPath = q.set() == null ? null : sets.find(q.set(), caller.accountId()).path();
        return ConsoleAccess.page(Templates.question(q, setPath, bank.historyOf(id), stale), 200);
    }

    @POST
    @Path("{id}/status")
    @Consumes({MediaType.APPLICATION_FORM_URLENCODED, MediaType.MULTIPART_FORM_DATA})
    public Response status(@PathParam("id") long id, @RestForm String status, @RestForm int version) {
        var away = ConsoleAccess.away(caller, "/teach/questions/" + id);
        if (away.isPresent()) {
            return away.get();
        }
        QuestionStatus target;
        try {
            target = QuestionStatus.valueOf(status == null ? "" : status);
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest("Unknown status", List.of(new Problem.FieldError("status",
                    "draft, published or retired")));
        }
        try {
            bank.changeStatus(id, new StatusChange(target, version), caller.accountId());
        } catch (ProblemException.Conflict e) {
            return ConsoleAccess.back("/teach/questions/" + id + "?stale=true");
        }
        return ConsoleAccess.back("/teach/questions/" + id);
    }

    @POST
    @Path("{id}/duplicate")
    @Consumes({MediaType.APPLICATION_FORM_URLENCODED, MediaType.MULTIPART_FORM_DATA})
    public Response duplicate(@PathParam("id") long id) {
        var away = ConsoleAccess.away(caller, "/teach/questions/" + id);
        if (away.isPresent()) {
            return away.get();
        }
        QuestionView copy = edits.duplicate(id, caller.accountId());
        return ConsoleAccess.back("/teach/questions/" + copy.id());
    }

    private Response render(String q, String topic, String status, String set, String page, String done,
                            List<Problem.FieldError> refused, int httpStatus) {
        long me = caller.accountId();
        int pageNumber = page == null ? 0 : parsePage(page);
        QuestionFilter filter = filters.read(topic, null, status, null, set, null, null, q, me);
        QuestionPage found = bank.list(filter, pageNumber, PAGE_SIZE);
        int pages = (int) Math.max(1, (found.total() + PAGE_SIZE - 1) / PAGE_SIZE);
        String query = QueryString.of("q", q, "topic", topic, "status", status, "set", set);
        List<Choice> topicChoices = QuizTopics.ALL.stream().filter(t -> !t.equals("mixed"))
                .map(t -> new Choice(t, "topic_" + QuizTopics.key(t), t.equals(topic))).toList();
        List<Choice> statuses = java.util.Arrays.stream(QuestionStatus.values())
                .map(s -> new Choice(s.name(), "status_" + s.name(), s.name().equals(status))).toList();
        List<SetView> visible = sets.list(me);
        List<Choice> setChoices = visible.stream().map(s -> new Choice(String.valueOf(s.id()), s.path(),
                String.valueOf(s.id()).equals(set))).toList();
        String base = "/teach/questions" + (query.isEmpty() ? "?" : query + "&") + "page=";
        return ConsoleAccess.page(Templates.questions(found, new Filters(q, topicChoices, statuses, setChoices, query),
                pages, done, refused, pageNumber > 0 ? base + (pageNumber - 1) : null,
                pageNumber + 1 < pages ? base + (pageNumber + 1) : null), httpStatus);
    }

    private static int parsePage(String page) {
        try {
            return Math.max(0, Math.min(Integer.parseInt(page.strip()), 100_000));
        } catch (NumberFormatException e) {
            throw ProblemException.badRequest("Invalid page", List.of(new Problem.FieldError("page",
                    "a whole number from 0")));
        }
    }
}
