package vn.civicsquiz.teacher.format.json;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import vn.civicsquiz.teacher.format.ImportResult;

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
 * Hand-written JSON files (the seed corpus under {@code src/test/resources/fuzz/json/}) and damaged copies of
 * them: every seed reads and round-trips, and no damage makes the reader throw or report a line outside the file.
 * Complements {@link QuizJsonProperties}, which starts from generated drafts.
 */
class QuizJsonSeedProperties {

    private static final List<String> DAMAGE = List.of("", "{", "}", "[", "]", ",", "\"", ":", "null", "true",
            "1e999999999", "-0", "\"kind\": \"ESSAY\"", "\"options\": {}", "\"options\": [null]", "\"position\": -1",
            "\"difficulty\": \"khó\"", "\\u00", "\\uD800", "\u0000", "\uFEFF", "\n", "\r\n", "đ", "\u0301", "/*", "//");

    private final QuizJsonReader reader = new QuizJsonReader();
    private final QuizJsonWriter writer = new QuizJsonWriter();

    @Test
    void seedsReadAsWrittenAndTheBrokenSeedIsReportedWithLines() {
        List<String> seeds = seeds();
        assertThat(seeds).hasSize(4);
        List<ImportResult> results = seeds.stream().map(reader::read).toList();
        assertThat(results.subList(0, 3)).allSatisfy(r -> assertThat(r.errors()).isEmpty());
        assertThat(results).extracting(r -> r.drafts().size()).startsWith(3, 2, 2);
        assertThat(results.get(3).errors()).isNotEmpty().allSatisfy(e -> assertThat(e.line()).isPositive());
    }

    @Property(tries = 100)
    void everyGoodSeedRoundTrips(@ForAll("goodSeeds") String seed) {
        ImportResult first = reader.read(seed);
        ImportResult again = reader.read(writer.write(first.drafts()).content());
        assertThat(again.errors()).isEmpty();
        assertThat(again.drafts()).isEqualTo(first.drafts());
    }

    @Property(tries = 500)
    void damagedSeedsAreReportedNotThrown(@ForAll("damagedSeeds") String text) {
        ImportResult result = reader.read(text);

        int lines = text.split("\r\n|\r|\n", -1).length;
        assertThat(result.errors()).allSatisfy(e -> {
            assertThat(e.line()).isBetween(1, lines);
            assertThat(e.message().english()).isNotBlank();
        });
        assertThat(result.questions()).allSatisfy(q -> assertThat(q.line()).isBetween(1, lines));
        if (result.errors().isEmpty()) {
            ImportResult again = reader.read(writer.write(result.drafts()).content());
            assertThat(again.drafts()).isEqualTo(result.drafts());
        }
    }

    @Provide
    Arbitrary<String> goodSeeds() {
        return Arbitraries.of(seeds().subList(0, 3));
    }

    @Provide
    Arbitrary<String> damagedSeeds() {
        record Damage(double at, int length, String insert) {
        }
        Arbitrary<Damage> damage = Combinators.combine(Arbitraries.doubles().between(0, 1),
                Arbitraries.integers().between(0, 25), Arbitraries.of(DAMAGE)).as(Damage::new);
        return Combinators.combine(Arbitraries.of(seeds()), damage.list().ofMinSize(1).ofMaxSize(4))
                .as((seed, damages) -> {
                    String s = seed;
                    for (Damage d : damages) {
                        int from = (int) (d.at() * s.length());
                        s = s.substring(0, from) + d.insert() + s.substring(Math.min(s.length(), from + d.length()));
                    }
                    return s;
                });
    }

    static List<String> seeds() {
        try (Stream<Path> paths = Files.list(Path.of(Objects.requireNonNull(
                QuizJsonSeedProperties.class.getResource("/fuzz/json"), "fuzz/json").toURI()))) {
            return paths.filter(p -> p.toString().endsWith(".json")).sorted().map(p -> {
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
