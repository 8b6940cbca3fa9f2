package vn.civicsquiz.content.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** What one extractor found in an article; numbers used as counts are remembered so they are not also figures. */
final class Findings {

    final List<ProposedFact> proposals = new ArrayList<>();
    final List<ExtractionWarning> warnings = new ArrayList<>();
    final Set<Integer> countOffsets = new HashSet<>();
}
