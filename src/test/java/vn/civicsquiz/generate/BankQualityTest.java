package vn.civicsquiz.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import vn.civicsquiz.content.article.ArticleCleaner;
import vn.civicsquiz.content.article.CleanArticle;
import vn.civicsquiz.content.article.SourceCatalog;
import vn.civicsquiz.content.text.TextNormaliser;
import vn.civicsquiz.question.QuestionDraft;
import vn.civicsquiz.question.QuestionDraft.OptionDraft;
import vn.civicsquiz.question.QuestionHash;
import vn.civicsquiz.question.QuestionKind;

/** Quality invariants checked over every question of the generated bank. */
class BankQualityTest {

    private final List<QuestionDraft> bank = BankUnderTest.bank();

    @Test
    void singleAnswerKindsHaveExactlyOneCorrectOption() {
        for (QuestionDraft q : bank) {
            long correct = q.options().stream().filter(OptionDraft::correct).count();
            switch (q.kind()) {
                case SINGLE, NEGATIVE -> {
                    assertThat(q.options()).as(q.stem()).hasSize(4);
                    assertThat(correct).as(q.stem()).isEqualTo(1);
                }
                case TRUE_FALSE -> {
                    assertThat(q.options()).extracting(OptionDraft::text).containsExactly("Đúng", "Sai");
                    assertThat(correct).as(q.stem()).isEqualTo(1);
                }
                case MULTIPLE -> assertThat(correct).as(q.stem()).isBetween(2L, q.options().size() - 1L);
                case ORDERING -> assertThat(q.options()).extracting(OptionDraft::position).as(q.stem())
                        .containsExactlyInAnyOrderElementsOf(IntStream.rangeClosed(1, q.options().size()).boxed().toList());
                case MATCHING -> q.options().stream().filter(o -> !o.text().isBlank())
                        .forEach(o -> assertThat(o.match()).as(q.stem()).isNotBlank());
                case NUMERIC -> {
                    assertThat(q.options()).isEmpty();
                    assertThat(q.numericAnswer()).as(q.stem()).isNotNull();
                    assertThat(q.tolerance().signum()).as(q.stem()).isGreaterThanOrEqualTo(0);
                }
                default -> throw new AssertionError("the generator does not produce " + q.kind());
            }
        }
    }

    @Test
    void noTwoOptionsOfAQuestionAreEqualAfterFolding() {
        for (QuestionDraft q : bank) {
            List<String> texts = q.options().stream().map(OptionDraft::text).filter(t -> !t.isBlank())
                    .map(TextNormaliser::fold).toList();
            assertThat(texts).as(q.stem()).doesNotHaveDuplicates();
            List<String> matches = q.options().stream().map(OptionDraft::match).filter(m -> m != null)
                    .map(TextNormaliser::fold).toList();
            assertThat(matches).as(q.stem()).doesNotHaveDuplicates();
        }
    }

    @Test
    void noWrongOptionIsTrueAccordingToTheFactBase() {
        TruthOracle oracle = new TruthOracle(BankUnderTest.facts());
        List<String> problems = new ArrayList<>();
        for (QuestionDraft q : bank) {
            oracle.problems(q).forEach(p -> problems.add(q.stem() + " → " + p));
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void noStatementIsBothTrueAndFalse() {
        Map<String, Set<Boolean>> verdicts = new HashMap<>();
        bank.stream().filter(q -> q.kind() == QuestionKind.TRUE_FALSE).forEach(q -> verdicts
                .computeIfAbsent(TextNormaliser.fold(q.stem()), k -> new HashSet<>()).add(q.options().get(0).correct()));
        assertThat(verdicts.entrySet()).filteredOn(e -> e.getValue().size() > 1).isEmpty();
    }

    @Test
    void everyQuoteComesFromCleanArticleTextNeverFromPageNoise() {
        SourceCatalog sources = SourceCatalog.load();
        ArticleCleaner cleaner = new ArticleCleaner();
        Map<String, CleanArticle> clean = new HashMap<>();
        for (QuestionDraft q : bank) {
            CleanArticle article = clean.computeIfAbsent(q.sourceId(), id -> cleaner.clean(sources.get(id)));
            assertThat(article.locate(q.quote())).as(q.sourceId() + ": " + q.quote()).isPresent();
            assertThat(q.explanation()).as(q.stem()).contains(q.quote().strip());
        }
    }

    @Test
    void theCorrectOptionIsSpreadEvenlyOverTheFourPositions() {
        List<QuestionDraft> single = bank.stream().filter(PositionBalancer::isSingleAnswer).toList();
        Map<Integer, Long> byPosition = single.stream().collect(Collectors.groupingBy(
                q -> IntStream.range(0, 4).filter(i -> q.options().get(i).correct()).findFirst().orElseThrow(),
                Collectors.counting()));
        assertThat(byPosition).containsOnlyKeys(0, 1, 2, 3);
        byPosition.values().forEach(count -> assertThat((double) count / single.size()).isBetween(0.20, 0.30));
    }

    @Test
    void theCorrectOptionIsTheLongestInAtMostFortyPercentOfSingleAnswerQuestions() {
        List<QuestionDraft> single = bank.stream().filter(PositionBalancer::isSingleAnswer).toList();
        long longest = single.stream().filter(BankQualityTest::correctIsStrictlyLongest).count();
        assertThat((double) longest / single.size()).isLessThanOrEqualTo(0.40);
    }

    private static boolean correctIsStrictlyLongest(QuestionDraft q) {
        int correct = q.options().stream().filter(OptionDraft::correct).findFirst().orElseThrow().text().length();
        return q.options().stream().filter(o -> !o.correct()).allMatch(o -> o.text().length() < correct);
    }

    @Test
    void noTwoQuestionsShareAContentHash() {
        List<String> hashes = bank.stream().map(QuestionHash::of).toList();
        assertThat(hashes).doesNotHaveDuplicates();
    }

    @Test
    void everyQuestionIsCompleteAndInVietnamese() {
        for (QuestionDraft q : bank) {
            assertThat(q.stem()).isNotBlank().isEqualTo(TextNormaliser.nfc(q.stem()));
            assertThat(q.explanation()).as(q.stem()).contains("Bài viết ghi: “");
            assertThat(q.difficulty()).as(q.stem()).isBetween(0.0, 1.0);
            assertThat(q.factIds()).as(q.stem()).isNotEmpty();
            assertThat(q.sourceId()).as(q.stem()).isNotBlank();
        }
    }
}
