package vn.civicsquiz.teacher.console;

import jakarta.ws.rs.QueryParam;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.StringJoiner;
import vn.civicsquiz.teacher.QuestionFilter;
import vn.civicsquiz.teacher.QuestionFilters;

/** The bank's filters as the address carries them; the bulk form posts to an address with the same ones. */
public class BankFilters {

    @QueryParam("topic")
    public String topic;
    @QueryParam("set")
    public String set;
    @QueryParam("tag")
    public String tag;
    @QueryParam("status")
    public String status;
    @QueryParam("origin")
    public String origin;
    @QueryParam("mine")
    public String mine;
    @QueryParam("q")
    public String q;
    @QueryParam("page")
    public String page;

    public boolean onlyMine() {
        return mine != null && !mine.isBlank();
    }

    /** @throws vn.civicsquiz.platform.problem.ProblemException 400 for a value the API's list refuses too */
    QuestionFilter read(QuestionFilters filters, long teacherId) {
        return filters.read(topic, null, status, origin, set, tag, onlyMine() ? String.valueOf(teacherId) : null, q,
                teacherId);
    }

    /** The address with these filters, the page replaced by {@code page} (none when null), then {@code extra}. */
    String address(String path, Integer page, String... extra) {
        StringJoiner query = new StringJoiner("&");
        add(query, "topic", topic);
        add(query, "set", set);
        add(query, "tag", tag);
        add(query, "status", status);
        add(query, "origin", origin);
        add(query, "mine", onlyMine() ? "1" : null);
        add(query, "q", q);
        add(query, "page", page == null ? null : String.valueOf(page));
        for (int i = 0; i < extra.length; i += 2) {
            add(query, extra[i], extra[i + 1]);
        }
        return query.length() == 0 ? path : path + "?" + query;
    }

    /** The address the bulk form posts to: the filters and page it was shown with. */
    public String bulkAction() {
        Integer shown = page == null || page.isBlank() ? null : ConsoleForms.number(page, 0, 0, 100_000, "page");
        return address("/teach/questions/bulk", shown);
    }

    public String value(String name) {
        String v = switch (name) {
            case "topic" -> topic;
            case "set" -> set;
            case "tag" -> tag;
            case "status" -> status;
            case "origin" -> origin;
            default -> q;
        };
        return v == null ? "" : v;
    }

    private static void add(StringJoiner query, String name, String value) {
        if (value != null && !value.isBlank()) {
            query.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
    }
}
