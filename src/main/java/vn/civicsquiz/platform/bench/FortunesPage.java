package vn.civicsquiz.platform.bench;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The ceiling the app's own pages are measured against: TechEmpower's Fortunes test (one SELECT of a dozen rows,
 * one row added in memory, sorted, rendered with escaping) running through the same HTTP, Hibernate and Qute stack.
 */
@Path("/bench/fortunes")
public class FortunesPage {

    static final String ADDED = "Additional fortune added at request time.";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance fortunes(List<Fortune> fortunes);
    }

    private final BenchSettings settings;

    public FortunesPage(BenchSettings settings) {
        this.settings = settings;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance fortunes() {
        if (!settings.enabled()) {
            throw new NotFoundException();
        }
        List<Fortune> fortunes = new ArrayList<>(Fortune.<Fortune>listAll());
        fortunes.add(new Fortune(0, ADDED));
        fortunes.sort(Comparator.comparing(f -> f.message));
        return Templates.fortunes(fortunes);
    }
}
