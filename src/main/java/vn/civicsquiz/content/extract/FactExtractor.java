package vn.civicsquiz.content.extract;

import vn.civicsquiz.content.article.ArticleCleaner;
import vn.civicsquiz.content.article.CleanArticle;
import vn.civicsquiz.content.article.SourceCatalog;
import vn.civicsquiz.content.article.SourceDocument;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Proposes facts from a clean article (the noise cleaner's output, never the raw page): announced enumerations,
 * named groups and figures. The same fact found twice in one article is proposed once, with the longer quote.
 */
public final class FactExtractor {

    /** Cleans every article of the catalogue and extracts from it, in catalogue order. */
    public List<ExtractionResult> extractAll(SourceCatalog catalog) {
        ArticleCleaner cleaner = new ArticleCleaner();
        return catalog.all().stream().map(document -> extract(document, cleaner.clean(document))).toList();
    }

    /** The proposals of several articles, each id once (the first article that states a fact keeps it). */
    public static List<ProposedFact> merge(List<ExtractionResult> results) {
        Map<String, ProposedFact> byId = new LinkedHashMap<>();
        results.forEach(r -> r.proposals().forEach(p -> byId.putIfAbsent(p.fact().id(), p)));
        return List.copyOf(byId.values());
    }

    public ExtractionResult extract(SourceDocument source, CleanArticle article) {
        return extract(source.id(), source.date(), article);
    }

    /**
     * @param sourceId the article id (file name without .txt)
     * @param date     the article date, ISO "yyyy-mm-dd" or "yyyy-mm"; the asOf of facts whose text names no time
     * @param article  the article body without page noise, with its paragraphs and sentences
     */
    public ExtractionResult extract(String sourceId, String date, CleanArticle article) {
        Objects.requireNonNull(sourceId, "sourceId");
        Objects.requireNonNull(article, "article");
        String text = article.text();
        Findings enumerations = EnumerationExtractor.extract(text, article.sentences(), sourceId, date);
        List<TokenizedSentence> sentences = TokenizedSentence.of(article.sentences());
        Findings groups = NamedGroupExtractor.extract(sentences, sourceId, date);
        Map<Integer, String> counts = new HashMap<>(groups.announcedCounts);
        counts.putAll(enumerations.announcedCounts);
        Findings figures = FigureExtractor.extract(sentences, counts, sourceId, date);

        Map<String, ProposedFact> byId = new LinkedHashMap<>();
        List<ExtractionWarning> warnings = new ArrayList<>();
        for (Findings findings : List.of(enumerations, groups, figures)) {
            findings.proposals.forEach(p -> byId.merge(p.fact().id(), p, FactExtractor::longerQuote));
            warnings.addAll(findings.warnings);
        }
        return new ExtractionResult(sourceId, List.copyOf(byId.values()), warnings);
    }

    private static ProposedFact longerQuote(ProposedFact kept, ProposedFact other) {
        return other.fact().quote().length() > kept.fact().quote().length() ? other : kept;
    }
}
