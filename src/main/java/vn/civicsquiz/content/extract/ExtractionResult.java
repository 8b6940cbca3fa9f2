package vn.civicsquiz.content.extract;

import vn.civicsquiz.content.fact.Fact;
import vn.civicsquiz.content.fact.FactSet;

import java.util.Comparator;
import java.util.List;

/** Everything proposed for one article, in article order, plus the warnings a reviewer must see. */
public record ExtractionResult(String sourceId, List<ProposedFact> proposals, List<ExtractionWarning> warnings) {

    public ExtractionResult {
        proposals = List.copyOf(proposals);
        warnings = List.copyOf(warnings);
    }

    /** The proposed facts of one set, ordered by ordinal for ordered sets. */
    public List<Fact> facts(FactSet set) {
        return facts(set.slug());
    }

    public List<Fact> facts(String setName) {
        return proposals.stream().filter(p -> p.setName().equals(setName)).map(ProposedFact::fact)
                .sorted(Comparator.comparing(f -> f.ordinal() == null ? 0 : f.ordinal()))
                .toList();
    }
}
