package vn.civicsquiz.content.web;

import vn.civicsquiz.content.StoredFact;
import vn.civicsquiz.platform.problem.Say;
import vn.civicsquiz.content.StoredSource;
import vn.civicsquiz.content.fact.FactSet;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import vn.civicsquiz.platform.problem.Problem;
import vn.civicsquiz.platform.problem.ProblemException;

/** The source articles and the facts, public and read-only. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
public class ContentResource {

    private static final java.util.List<String> FACT_SETS = Arrays.stream(FactSet.values()).map(FactSet::slug).toList();


    @GET
    @Path("sources")
    @Operation(summary = "The source articles, in curated order, with how many facts rest on each")
    public List<SourceView> sources() {
        Map<String, Long> counts = StoredFact.<StoredFact>list("status", StoredSource.ACTIVE).stream()
                .collect(Collectors.groupingBy(f -> f.sourceId, Collectors.counting()));
        return StoredSource.listActive().stream()
                .map(s -> ContentViews.source(s, counts.getOrDefault(s.id, 0L))).toList();
    }

    @GET
    @Path("sources/{id}")
    @Operation(summary = "One source article")
    public SourceView source(@PathParam("id") String id) {
        // a teacher's article under review is not readable by anyone until it is published
        StoredSource source = StoredSource.<StoredSource>findByIdOptional(id)
                .filter(s -> !StoredSource.DRAFT.equals(s.status))
                .orElseThrow(() -> ProblemException.notFound(new Say("Bài báo " + id, "Source " + id)));
        return ContentViews.source(source, StoredFact.count("status = ?1 and sourceId = ?2", StoredSource.ACTIVE, id));
    }

    @GET
    @Path("facts")
    @Operation(summary = "The active facts, optionally of one set, in curated order (ordered sets by ordinal)")
    public List<FactView> facts(@QueryParam("set") @Parameter(description = "a set slug, e.g. nine-tasks")
                                String set) {
        FactSet factSet = set == null || set.isBlank() ? null : FactSet.fromSlug(set.strip()).orElseThrow(() ->
                ProblemException.badRequest(new Say("Không có nhóm dữ kiện này", "Unknown fact set"),
                        ProblemException.fault("set", "'" + set + "' không phải một trong " + FACT_SETS,
                                "'" + set + "' is not one of " + FACT_SETS)));
        Map<String, StoredSource> sources = StoredSource.<StoredSource>listAll().stream()
                .collect(Collectors.toMap(s -> s.id, Function.identity()));
        return StoredFact.listActive(factSet).stream()
                .map(f -> ContentViews.fact(f, sources.get(f.sourceId))).toList();
    }

    @GET
    @Path("facts/{id}")
    @Operation(summary = "One fact, also a retired one (status tells)")
    public FactView fact(@PathParam("id") String id) {
        StoredFact fact = StoredFact.<StoredFact>findByIdOptional(id)
                .filter(f -> !StoredSource.DRAFT.equals(f.status))
                .orElseThrow(() -> ProblemException.notFound(new Say("Dữ kiện " + id, "Fact " + id)));
        StoredSource source = StoredSource.findById(fact.sourceId);
        if (source != null && StoredSource.DRAFT.equals(source.status)) {
            throw ProblemException.notFound(new Say("Dữ kiện " + id, "Fact " + id)); // a fact of an article under review
        }
        return ContentViews.fact(fact, source);
    }
}
