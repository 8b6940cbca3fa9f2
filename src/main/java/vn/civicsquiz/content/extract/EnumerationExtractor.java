package vn.civicsquiz.content.extract;

import vn.civicsquiz.content.fact.Fact;
import vn.civicsquiz.content.fact.FactSet;
import vn.civicsquiz.content.article.Sentence;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Announced enumerations: "… tập trung vào 9 nhiệm vụ trọng tâm. Một là, … Hai là, … Chín là, …" and
 * "rút ra 5 bài học kinh nghiệm sau: Thứ nhất, … Thứ năm, …". Items must run 1, 2, 3 … without a gap; the count
 * announced in front is checked against the items found.
 */
final class EnumerationExtractor {

    private EnumerationExtractor() {
    }

    static Findings extract(String text, List<Sentence> sentences, String sourceId, String date) {
        Findings findings = new Findings();
        for (List<EnumerationMarker> run : runs(EnumerationMarker.find(text))) {
            propose(text, sentences, run, sourceId, date, findings);
        }
        return findings;
    }

    /** Consecutive markers of one style starting at 1; a run needs at least two items. */
    static List<List<EnumerationMarker>> runs(List<EnumerationMarker> markers) {
        List<List<EnumerationMarker>> runs = new ArrayList<>();
        Map<EnumerationMarker.Style, List<EnumerationMarker>> open = new EnumMap<>(EnumerationMarker.Style.class);
        for (EnumerationMarker marker : markers) {
            List<EnumerationMarker> run = open.get(marker.style());
            if (marker.ordinal() == 1) {
                close(run, runs);
                run = new ArrayList<>();
                run.add(marker);
                open.put(marker.style(), run);
            } else if (run != null && run.get(run.size() - 1).ordinal() + 1 == marker.ordinal()) {
                run.add(marker);
            }
        }
        open.values().forEach(run -> close(run, runs));
        runs.sort(java.util.Comparator.comparingInt(r -> r.get(0).start()));
        return runs;
    }

    private static void close(List<EnumerationMarker> run, List<List<EnumerationMarker>> runs) {
        if (run != null && run.size() >= 2) {
            runs.add(run);
        }
    }

    private static void propose(String text, List<Sentence> sentences, List<EnumerationMarker> run, String sourceId,
                                String date, Findings findings) {
        Optional<CountPhrase> header = header(text, run.get(0).start());
        String noun = header.map(CountPhrase::noun).orElse(null);
        String setName = SetNames.name("enumeration", noun);
        FactSet set = noun == null ? null : SetNames.known(noun).orElse(null);
        String firstQuote = firstSentence(text, sentences, run.get(0));
        header.ifPresent(h -> findings.announcedCounts.put(h.numberOffset(), setName));
        checkCount(header, run.size(), firstQuote, findings);
        for (int k = 0; k < run.size(); k++) {
            EnumerationMarker marker = run.get(k);
            // a marker may end past its line ("ba là, " then a line break): its item then starts on the next line
            int end = k + 1 < run.size() ? run.get(k + 1).start() : paragraphEnd(text, marker.end());
            String body = text.substring(marker.end(), end).strip().replaceAll("\\s+", " ");
            String quote = firstSentence(text, sentences, marker);
            String label = Labels.of(quote.substring(Math.min(quote.length(), marker.end() - marker.start())));
            Map<String, String> attributes = new LinkedHashMap<>();
            header.ifPresent(h -> {
                attributes.put("header", h.phrase());
                attributes.put("announcedCount", String.valueOf(h.count()));
            });
            attributes.put("itemsFound", String.valueOf(run.size()));
            Fact fact = new Fact(FactIds.ofMember(setName, k + 1, label), set, k + 1, label, Labels.capitalise(body),
                    null, null, date, sourceId, quote, attributes);
            findings.proposals.add(new ProposedFact(setName, fact));
        }
    }

    private static void checkCount(Optional<CountPhrase> header, int found, String quote, Findings findings) {
        if (header.isEmpty()) {
            findings.warnings.add(new ExtractionWarning(ExtractionWarning.NO_ANNOUNCED_COUNT,
                    "Enumeration of " + found + " items has no announced count in front of it", quote));
        } else if (header.get().count() != found) {
            findings.warnings.add(new ExtractionWarning(ExtractionWarning.COUNT_MISMATCH,
                    "\"" + header.get().phrase() + "\" announces " + header.get().count() + " items but " + found
                            + " were found", quote));
        }
    }

    /** The count announced just before the first item: same paragraph, or the previous one if the item opens one. */
    private static Optional<CountPhrase> header(String text, int firstItem) {
        int paragraphStart = text.lastIndexOf('\n', firstItem - 1) + 1;
        int from = paragraphStart;
        if (text.substring(paragraphStart, firstItem).isBlank() && paragraphStart > 0) {
            int previousEnd = paragraphStart - 1;
            while (previousEnd > 0 && Character.isWhitespace(text.charAt(previousEnd - 1))) {
                previousEnd--;
            }
            from = text.lastIndexOf('\n', previousEnd - 1) + 1;
        }
        return CountPhrase.last(text.substring(from, firstItem), from);
    }

    /** From the marker to the end of the sentence holding the first word after it ("1." alone is no sentence). */
    private static String firstSentence(String text, List<Sentence> sentences, EnumerationMarker marker) {
        int firstWord = Math.min(marker.end(), paragraphEnd(text, marker.start()));
        for (Sentence s : sentences) {
            if (s.span().start() <= firstWord && firstWord < s.span().end()) {
                return text.substring(marker.start(), s.span().end());
            }
        }
        return text.substring(marker.start(), paragraphEnd(text, marker.start())).strip();
    }

    private static int paragraphEnd(String text, int from) {
        int end = text.indexOf('\n', from);
        return end < 0 ? text.length() : end;
    }
}
