package vn.civicsquiz.content.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Proposes facts from the clean text of an article (the noise cleaner's output, never the raw page): announced
 * enumerations, named groups and figures. The same fact found twice in one article is proposed once, with the
 * longer quote.
 */
public final class FactExtractor {

    /**
     * @param sourceId  the article id (file name without .txt)
     * @param date      the article date, ISO "yyyy-mm-dd" or "yyyy-mm"; used as asOf when the text names no time
     * @param cleanText the article body without page noise, paragraphs on separate lines
     */
    public ExtractionResult extract(String sourceId, String date, String cleanText) {
        Objects.requireNonNull(sourceId, "sourceId");
        String text = cleanText == null ? "" : cleanText;
        List<Sentence> sentences = Sentences.of(text);
        Findings enumerations = EnumerationExtractor.extract(text, sentences, sourceId, date);
        Findings groups = NamedGroupExtractor.extract(sentences, sourceId, date);
        java.util.Set<Integer> counts = new java.util.HashSet<>(enumerations.countOffsets);
        counts.addAll(groups.countOffsets);
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
