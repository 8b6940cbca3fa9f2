package vn.civicsquiz.content.web;

import vn.civicsquiz.content.StoredFact;
import vn.civicsquiz.platform.problem.Say;
import vn.civicsquiz.content.StoredSource;
import vn.civicsquiz.content.article.CleanArticle;
import vn.civicsquiz.content.article.LineRules;
import vn.civicsquiz.content.fact.FactSet;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import vn.civicsquiz.platform.problem.ProblemException;

/** Reading pages: the clean text of each source article with every fact's passage highlighted and anchored. */
@Path("/sources")
@Produces(MediaType.TEXT_HTML)
public class ReadingPage {

    /** A paragraph or heading, already rendered to safe HTML. */
    public record Block(boolean heading, String html) {
    }

    public record FactLink(String anchor, String label) {
    }

    public record FactGroup(String messageKey, List<FactLink> facts) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(List<SourceView> sources);

        static native TemplateInstance article(SourceView source, List<Block> blocks, List<FactGroup> groups);
    }

    private final ContentResource content;

    public ReadingPage(ContentResource content) {
        this.content = content;
    }

    @GET
    public TemplateInstance list() {
        return Templates.list(content.sources());
    }

    @GET
    @Path("{id}")
    public TemplateInstance article(@PathParam("id") String id) {
        // a teacher's article under review is not readable by anyone until it is published
        StoredSource source = StoredSource.<StoredSource>findByIdOptional(id)
                .filter(s -> !StoredSource.DRAFT.equals(s.status))
                .orElseThrow(() -> ProblemException.notFound(new Say("Bài báo " + id, "Source " + id)));
        List<StoredFact> facts = StoredFact.listActiveBySource(id);
        return Templates.article(ContentViews.source(source, facts.size()), blocks(source.cleanText, facts),
                groups(facts));
    }

    static List<Block> blocks(String cleanText, List<StoredFact> facts) {
        List<Block> blocks = new ArrayList<>();
        int start = 0;
        for (String paragraph : cleanText.split(CleanArticle.PARAGRAPH_SEPARATOR, -1)) {
            int end = start + paragraph.length();
            String html = FactHighlighter.html(paragraph, FactHighlighter.within(start, end, facts));
            blocks.add(new Block(LineRules.isHeading(paragraph), html));
            start = end + CleanArticle.PARAGRAPH_SEPARATOR.length();
        }
        return blocks;
    }

    private static List<FactGroup> groups(List<StoredFact> facts) {
        return Arrays.stream(FactSet.values())
                .map(set -> new FactGroup("set_" + set.slug().replace('-', '_'), facts.stream()
                        .filter(f -> f.factSet.equals(set.slug()))
                        .map(f -> new FactLink(ContentViews.anchor(f.id), f.label)).toList()))
                .filter(group -> !group.facts().isEmpty()).toList();
    }
}
