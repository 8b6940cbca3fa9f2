package vn.civicsquiz.content.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** What one extractor found in an article, and where it found announced counts (offset of the number -> set). */
final class Findings {

    final List<ProposedFact> proposals = new ArrayList<>();
    final List<ExtractionWarning> warnings = new ArrayList<>();
    final Map<Integer, String> announcedCounts = new HashMap<>();
}
