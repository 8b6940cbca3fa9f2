package vn.civicsquiz.content.extract;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.junit.jupiter.api.Test;
import vn.civicsquiz.content.article.CleanArticle;
import vn.civicsquiz.content.fact.Fact;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The extractor on damaged and unexpected articles, starting from the seed corpus under
 * {@code src/test/resources/fuzz/extractor/}: it never throws, every fact it proposes is quoted from the article
 * (never from removed noise), and the same article always gives the same draft.
 */
class FactExtractorProperties {

    private static final List<String> TOKENS = List.of("Thứ nhất, ", "Thứ hai, ", "thứ ba ", "một là, ", "hai là, ",
            "1.500", "2,3 tỷ", "189/193", "12,5%", "0,", ",", ".", ";", ":", "\n\n", "\n", " ", "hơn ", "gần ",
            "khoảng ", "năm 2030", "14/12/2021", "ba trụ cột", "4 giải pháp", "mười lăm", "hai mươi mốt", "trăm",
            "nghìn", "triệu", "tỷ", "USD", "%", "(", ")", "“", "”", "\u0301", "\u00A0", "\u0000", "\t", "—", "-",
            "9999999999999999999999", "1e9", "Chia sẻ Zalo", "Tin liên quan");

    private final FactExtractor extractor = new FactExtractor();

    @Test
    void seedCorpusGivesFactsAndTheOddSeedNone() {
        List<String> seeds = seeds();
        assertThat(seeds).hasSize(3);
        assertThat(seeds.subList(0, 2)).allSatisfy(seed -> assertThat(extract(seed).proposals()).isNotEmpty());
        assertThat(extract(seeds.get(0)).facts("enumeration-giai-phap-trong-tam")).hasSize(4);
    }

    @Test
    void anEnumerationMarkerAtTheEndOfALineIsNoException() { // found by the property below
        String page = "Hội nghị đề ra năm nhiệm vụ: một là, giữ vững môi trường hòa bình; hai là, nâng cao vị thế "
                + "đất nước; ba là, \nphát huy sức mạnh tổng hợp; bốn là, đổi mới tư duy; năm là, xây dựng đội ngũ "
                + "cán bộ.\n";
        ExtractionResult result = extract(page);
        assertThat(result.proposals()).isNotEmpty().allSatisfy(p -> assertThat(
                ExtractionFixtures.clean("fuzz", "Bài báo thử", page).locate(p.fact().quote())).isPresent());
    }

    @Test
    void aFractionTooLongForANumberIsNoException() { // found by the property below
        assertThat(extract("Việt Nam có quan hệ ngoại giao với 9999999999999999999999/193 quốc gia.\n").proposals())
                .allSatisfy(p -> assertThat(p.fact().quote()).contains("9999999999999999999999/193"));
    }

    @Property(tries = 300)
    void damagedArticlesGiveQuotedFactsAndNoException(@ForAll("articles") String page) {
        CleanArticle article = ExtractionFixtures.clean("fuzz", "Bài báo thử", page);
        ExtractionResult result = extractor.extract("fuzz", "2025-03-05", article);

        assertThat(result.proposals()).allSatisfy(p -> {
            Fact fact = p.fact();
            assertThat(fact.id()).isNotBlank();
            assertThat(fact.source()).isEqualTo("fuzz");
            assertThat(article.locate(fact.quote())).as("quote of %s in the article", fact.id()).isPresent();
            assertThat(article.noiseContaining(fact.quote())).as("quote of %s from noise", fact.id()).isEmpty();
        });
        assertThat(result.proposals().stream().map(p -> p.fact().id()).distinct().count())
                .isEqualTo(result.proposals().size());
        assertThat(result.warnings()).allSatisfy(w -> assertThat(w.toString()).isNotBlank());
    }

    @Property(tries = 100)
    void theSameArticleAlwaysGivesTheSameDraft(@ForAll("articles") String page) {
        assertThat(extract(page)).isEqualTo(extract(page));
    }

    @Provide
    Arbitrary<String> articles() {
        return Arbitraries.frequencyOf(
                Tuple.of(6, mutatedSeed()),
                Tuple.of(2, tokenSoup()),
                Tuple.of(1, Arbitraries.strings().all().ofMaxLength(200)));
    }

    private ExtractionResult extract(String page) {
        return extractor.extract("fuzz", "2025-03-05", ExtractionFixtures.clean("fuzz", "Bài báo thử", page));
    }

    private Arbitrary<String> tokenSoup() {
        return Arbitraries.of(TOKENS).list().ofMaxSize(60).map(t -> String.join("", t));
    }

    private record Mutation(double at, int length, String token, int kind) {
        String apply(String s) {
            int from = (int) (at * s.length());
            int to = Math.min(s.length(), from + length);
            return switch (kind) {
                case 0 -> s.substring(0, from) + s.substring(to);
                case 1 -> s.substring(0, from) + token + s.substring(from);
                case 2 -> s.substring(0, to) + s.substring(from, to) + s.substring(to);
                default -> s.substring(0, from) + token + s.substring(to);
            };
        }
    }

    private Arbitrary<String> mutatedSeed() {
        Arbitrary<Mutation> mutation = Combinators.combine(Arbitraries.doubles().between(0, 1),
                        Arbitraries.integers().between(0, 40), Arbitraries.of(TOKENS), Arbitraries.integers().between(0, 3))
                .as(Mutation::new);
        return Combinators.combine(Arbitraries.of(seeds()), mutation.list().ofMinSize(1).ofMaxSize(8))
                .as((seed, mutations) -> {
                    String s = seed;
                    for (Mutation m : mutations) {
                        s = m.apply(s);
                    }
                    return s;
                });
    }

    static List<String> seeds() {
        try (Stream<Path> paths = Files.list(Path.of(Objects.requireNonNull(
                FactExtractorProperties.class.getResource("/fuzz/extractor"), "fuzz/extractor").toURI()))) {
            return paths.filter(p -> p.toString().endsWith(".txt")).sorted().map(p -> {
                try {
                    return Files.readString(p, StandardCharsets.UTF_8);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
