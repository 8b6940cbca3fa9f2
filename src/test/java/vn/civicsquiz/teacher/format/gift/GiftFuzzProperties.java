package vn.civicsquiz.teacher.format.gift;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import org.junit.jupiter.api.Test;
import vn.civicsquiz.question.QuestionDraft;
import vn.civicsquiz.teacher.format.ExportResult;
import vn.civicsquiz.teacher.format.ImportResult;
import vn.civicsquiz.teacher.format.VietnameseText;

/**
 * Whatever text a teacher uploads, the reader answers with a result (never an exception), every reported line
 * is in the file, and what it read can be written and read again unchanged.
 */
class GiftFuzzProperties {

    private static final List<String> GIFT_TOKENS = List.of("{", "}", "\n", "\n\n", "\r\n", "\r", "::", "=", "~",
            "#", "####", "->", "%", "%50%", "%-100%", "%999%", "$CATEGORY: ", "$course$/top/", "[html]", "<p>", "</p>",
            "<br/>", "&#x1F600;", "&#99999999;", "&#0;", "&nbsp;", "\\", "\\n", "..", ":", "1822", "-5", "3.14",
            "1e999999999", "T", "FALSE", "//", "\";", "_____", "\uFEFF", "\u0301", "\uD800", "\uDC00", "\u2028",
            "\u0000", " ", "\t", "/", "//", "*");

    private final GiftReader reader = new GiftReader();
    private final GiftWriter writer = new GiftWriter();

    @Test
    void seedCorpusReadsAsExpected() {
        List<String> seeds = GiftSeedCorpus.files();
        assertThat(seeds).hasSize(5);
        List<ImportResult> results = seeds.stream().map(reader::read).toList();

        assertThat(results).extracting(r -> r.questions().size()).containsExactly(3, 5, 2, 3, 0);
        assertThat(results.get(4).skipped()).extracting(ImportResult.Skipped::line).containsExactly(1, 3, 17);
        assertThat(results.get(4).errors()).extracting(ImportResult.Problem::line).containsExactly(5, 9, 11, 13, 15);
        results.subList(0, 4).forEach(r -> assertThat(r.errors()).isEmpty());
    }

    @Property(tries = 1500)
    void readerReportsInsteadOfThrowing(@ForAll("giftLikeText") String text) {
        ImportResult result = reader.read(text);

        int lines = text.split("\r\n|\r|\n", -1).length;
        List<Integer> reported = new ArrayList<>();
        result.questions().forEach(q -> reported.add(q.line()));
        result.errors().forEach(e -> reported.add(e.line()));
        result.skipped().forEach(s -> reported.add(s.line()));
        result.warnings().forEach(w -> reported.add(w.line()));
        assertThat(reported).allSatisfy(line -> assertThat(line).isBetween(1, lines));
        Statistics.label("questions read").collect(!result.questions().isEmpty());
        Statistics.label("errors reported").collect(!result.errors().isEmpty());
        Statistics.label("questions read").coverage(c -> c.check(true).percentage(p -> p > 20));
        Statistics.label("errors reported").coverage(c -> c.check(true).percentage(p -> p > 20));
        assertThat(result.errors()).allSatisfy(e -> assertThat(e.message().english()).isNotBlank());
        assertThat(result.skipped()).allSatisfy(s -> assertThat(s.reason().english()).isNotBlank());
        assertThat(result.drafts()).allSatisfy(q -> {
            assertThat(q.kind()).isNotNull();
            assertThat(q.stem()).isNotBlank();
        });
    }

    @Property(tries = 1000)
    void whatWasReadIsWrittenAndReadAgainUnchanged(@ForAll("giftLikeText") String text) {
        List<QuestionDraft> first = reader.read(text).drafts();

        ExportResult exported = writer.write(first);
        ImportResult again = reader.read(exported.content());

        List<QuestionDraft> expected = new ArrayList<>(first);
        exported.skipped().stream().map(n -> n.position() - 1).sorted((a, b) -> b - a)
                .forEach(i -> expected.remove((int) i));
        assertThat(again.errors()).isEmpty();
        assertThat(again.drafts()).isEqualTo(expected);
    }

    @Provide
    Arbitrary<String> giftLikeText() {
        return Arbitraries.frequencyOf(
                Tuple.of(4, mutatedSeed()),
                Tuple.of(4, tokenSoup()),
                Tuple.of(1, Arbitraries.strings().all().ofMaxLength(120)));
    }

    private Arbitrary<String> tokenSoup() {
        Arbitrary<String> token = Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.of(GIFT_TOKENS)),
                Tuple.of(2, Arbitraries.of(VietnameseText.WORDS)),
                Tuple.of(1, Arbitraries.of(VietnameseText.SPECIAL)));
        return token.list().ofMaxSize(40).map(tokens -> String.join("", tokens));
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
                Arbitraries.integers().between(0, 30), Arbitraries.of(GIFT_TOKENS), Arbitraries.integers().between(0, 3))
                .as(Mutation::new);
        return Combinators.combine(Arbitraries.of(GiftSeedCorpus.files()), mutation.list().ofMinSize(1).ofMaxSize(6))
                .as((seed, mutations) -> {
                    String s = seed;
                    for (Mutation m : mutations) {
                        s = m.apply(s);
                    }
                    return s;
                });
    }
}
