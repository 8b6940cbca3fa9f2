package vn.civicsquiz.content.extract;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.civicsquiz.content.article.ArticleCleaner;
import vn.civicsquiz.content.article.CleanArticle;
import vn.civicsquiz.content.fact.Fact;
import vn.civicsquiz.content.fact.FactCatalog;
import vn.civicsquiz.content.fact.FactGrounding;
import vn.civicsquiz.content.fact.FactSet;
import vn.civicsquiz.content.article.SourceCatalog;
import vn.civicsquiz.content.article.SourceDocument;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The extractor on the five shipped articles (questions/sources), compared with the reviewed facts
 * (questions/facts): ordered sets by fold similarity, figures by value and unit.
 */
class FiveArticlesExtractionTest {

    private static final double SAME_TEXT = 0.9;
    private static final List<String> NOISE_ONLY = List.of("Phú Quốc", "Cần Thơ", "12 tầng", "Lượt xem", "Ago Mom",
            "Chia sẻ Zalo", "53/56 lô đất");

    private static SourceCatalog sources;
    private static FactCatalog curated;
    private static final Map<String, CleanArticle> clean = new LinkedHashMap<>();
    private static final Map<String, ExtractionResult> extracted = new LinkedHashMap<>();

    @BeforeAll
    static void extractAll() {
        sources = SourceCatalog.load();
        curated = FactCatalog.load();
        ArticleCleaner cleaner = new ArticleCleaner();
        FactExtractor extractor = new FactExtractor();
        for (SourceDocument document : sources.all()) {
            CleanArticle article = cleaner.clean(document);
            clean.put(document.id(), article);
            extracted.put(document.id(), extractor.extract(document, article));
        }
    }

    @Test
    void nineTasksInOrder() {
        assertSameOrderedSet(FactSet.NINE_TASKS, Fact::quote);
    }

    @Test
    void fiveLessonsInOrder() {
        assertSameOrderedSet(FactSet.FIVE_LESSONS, Fact::quote);
    }

    @Test
    void threePillarsInOrderAndNoTrap() {
        // every pillar shares the one quote that lists them, so the pillar itself (label) is compared
        assertSameOrderedSet(FactSet.THREE_PILLARS, Fact::label);
        List<String> allPillars = extracted.values().stream().flatMap(r -> r.facts(FactSet.THREE_PILLARS).stream())
                .map(Fact::label).distinct().toList();
        assertThat(allPillars).hasSize(3).noneMatch(label -> label.toLowerCase().contains("kinh tế"));
    }

    @Test
    void atLeastNinetyPercentOfTheCuratedFiguresAreFound() {
        List<Fact> figures = curated.bySet(FactSet.FIGURES);
        List<Fact> missed = figures.stream().filter(c -> matchingFigure(c) == null).toList();
        long sameAsOf = figures.stream().filter(c -> {
            Fact found = matchingFigure(c);
            return found != null && Objects.equals(found.asOf(), c.asOf());
        }).count();
        long exactUnit = figures.stream().filter(c -> {
            Fact found = matchingFigure(c);
            return found != null && TextSimilarity.coverage(c.unit(), found.unit()) == 1.0
                    && TextSimilarity.coverage(found.unit(), c.unit()) == 1.0;
        }).count();
        double recall = 1.0 - (double) missed.size() / figures.size();
        List<Fact> proposed = extracted.values().stream().flatMap(r -> r.facts(FactSet.FIGURES).stream()).toList();
        long curatedToo = proposed.stream().filter(p -> figures.stream().anyMatch(c -> c.source().equals(p.source())
                && c.value().compareTo(p.value()) == 0 && TextSimilarity.sameUnit(c.unit(), p.unit()))).count();
        System.out.printf("figure proposals: %d, of which curated: %d%n", proposed.size(), curatedToo);
        System.out.printf("figure recall: %d/%d = %.1f%%, same asOf: %d, unit word for word: %d; missed: %s%n",
                figures.size() - missed.size(), figures.size(), 100 * recall, sameAsOf, exactUnit,
                missed.stream().map(Fact::id).toList());
        assertThat(figures).hasSizeGreaterThan(20);
        assertThat(recall).isGreaterThanOrEqualTo(0.9);
        assertThat((double) sameAsOf / figures.size()).as("figures found with the curated asOf")
                .isGreaterThanOrEqualTo(0.8);
    }

    @Test
    void everyProposalQuotesTheCleanArticleAndNothingFromNoise() {
        extracted.forEach((sourceId, result) -> {
            CleanArticle article = clean.get(sourceId);
            assertThat(result.proposals()).isNotEmpty().allSatisfy(p -> {
                assertThat(article.locate(p.fact().quote())).as(p.fact().id()).isPresent();
                assertThat(article.noiseContaining(p.fact().quote())).as(p.fact().id()).isEmpty();
            });
        });
        String raw = String.join("\n", sources.all().stream().map(SourceDocument::rawText).toList());
        List<String> everything = extracted.values().stream().flatMap(r -> r.proposals().stream())
                .map(p -> p.fact().quote() + " " + p.fact().text() + " " + p.fact().label()).toList();
        for (String noise : NOISE_ONLY) {
            assertThat(raw).as("the pages do contain this noise").contains(noise);
            assertThat(everything).as(noise).noneMatch(text -> text.contains(noise));
        }
    }

    @Test
    void proposalsOfKnownSetsPassTheCuratedGroundingRules() {
        List<Fact> known = FactExtractor.merge(List.copyOf(extracted.values())).stream().map(ProposedFact::fact)
                .filter(f -> f.set() != null).toList();
        assertThat(FactGrounding.of(sources).problems(known)).isEmpty();
    }

    @Test
    void announcedCountsAgreeWithTheItemsFound() {
        ExtractionResult conference = extracted.get("000_7edb9b8851f52cde");
        assertThat(conference.warnings()).isEmpty();
        assertThat(conference.facts(FactSet.FIGURES)).filteredOn(f -> f.attribute("announces") != null)
                .extracting(f -> f.attribute("announces") + "=" + f.value().intValue())
                .contains("nine-tasks=9", "five-lessons=5", "three-pillars=3");
    }

    private void assertSameOrderedSet(FactSet set, Function<Fact, String> compared) {
        List<Fact> expected = curated.bySet(set);
        String source = expected.get(0).source();
        List<Fact> found = extracted.get(source).facts(set);
        assertThat(found).as(set.slug()).hasSameSizeAs(expected);
        for (int k = 0; k < found.size(); k++) {
            Fact f = found.get(k);
            Fact best = expected.stream().max((a, b) -> Double.compare(
                    TextSimilarity.coverage(compared.apply(a), compared.apply(f)),
                    TextSimilarity.coverage(compared.apply(b), compared.apply(f)))).orElseThrow();
            assertThat(best.ordinal()).as("%s item %d: %s", set.slug(), k + 1, f.label()).isEqualTo(k + 1);
            assertThat(f.ordinal()).isEqualTo(k + 1);
            assertThat(TextSimilarity.coverage(compared.apply(best), compared.apply(f))).as(f.label())
                    .isGreaterThanOrEqualTo(SAME_TEXT);
        }
    }

    /** An extracted figure of the same article with the same value and unit, or null. */
    private static Fact matchingFigure(Fact curatedFigure) {
        return extracted.get(curatedFigure.source()).facts(FactSet.FIGURES).stream()
                .filter(f -> f.value().compareTo(curatedFigure.value()) == 0)
                .filter(f -> TextSimilarity.sameUnit(f.unit(), curatedFigure.unit()))
                .findFirst().orElse(null);
    }
}
