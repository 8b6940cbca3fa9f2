package vn.civicsquiz.teacher.format.gift;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.civicsquiz.question.QuestionDraft;
import vn.civicsquiz.question.QuestionDraft.OptionDraft;
import vn.civicsquiz.question.QuestionKind;
import vn.civicsquiz.teacher.format.ImportResult;

/** What the reader makes of Moodle's own GIFT test fixtures and examples. */
class MoodleGiftCompatibilityTest {

    private final GiftReader reader = new GiftReader();

    @Test
    void questionsFixtureGivesMoodlesNineQuestionsWithTheEssayReportedAsUnsupported() {
        ImportResult result = reader.read(MoodleGiftFiles.read("questions.gift.txt"));

        assertThat(result.errors()).isEmpty();
        assertThat(result.questions()).hasSize(8);
        assertThat(result.skipped()).singleElement().satisfies(s -> {
            assertThat(s.line()).isEqualTo(2);
            assertThat(s.reason().english()).contains("essay");
        });
        assertThat(result.drafts()).extracting(QuestionDraft::title, QuestionDraft::kind).containsExactly(
                tuple("Moodle activities", QuestionKind.MATCHING),
                tuple("Q2", QuestionKind.SINGLE),
                tuple("colours", QuestionKind.MULTIPLE),
                tuple("Q5", QuestionKind.NUMERIC),
                tuple("Shortanswer", QuestionKind.SHORT_ANSWER),
                tuple("Q1", QuestionKind.TRUE_FALSE),
                tuple("2-08 TSL", QuestionKind.TRUE_FALSE),
                tuple("2-08 TSL", QuestionKind.TRUE_FALSE));
    }

    @Test
    void matchingHasFourPairsAndTheExtraAnswerChat() {
        QuestionDraft matching = byTitle("questions.gift.txt").get("Moodle activities");

        assertThat(matching.stem()).isEqualTo("Match the <b>activity</b> to the description.");
        assertThat(matching.options()).extracting(OptionDraft::text, OptionDraft::match).containsExactly(
                tuple("An activity supporting asynchronous discussions.", "Forum"),
                tuple("A teacher asks a question and specifies a choice of multiple responses.", "Choice"),
                tuple("A bank of record entries which participants can add to.", "Database"),
                tuple("A collection of web pages that anyone can add to or edit.", "Wiki"),
                tuple("", "Chat"));
    }

    @Test
    void multipleChoiceAndWeightedMultipleAnswersKeepFeedbackWithoutFormatMarkers() {
        Map<String, QuestionDraft> questions = byTitle("questions.gift.txt");

        assertThat(questions.get("Q2").options())
                .extracting(OptionDraft::text, OptionDraft::correct, OptionDraft::feedback).containsExactly(
                        tuple("yellow", true, "right; good!"),
                        tuple("red", false, "wrong, it's yellow"),
                        tuple("blue", false, "wrong, it's yellow"));
        assertThat(questions.get("colours").options())
                .extracting(OptionDraft::text, OptionDraft::correct, OptionDraft::weight).containsExactly(
                        tuple("yellow", true, new BigDecimal("50")),
                        tuple("red", false, new BigDecimal("-100")),
                        tuple("off-beige", true, new BigDecimal("50")),
                        tuple("blue", false, new BigDecimal("-100")));
    }

    @Test
    void numericalThreePlusMinusTwoToleratesTheStrayQuoteSemicolon() {
        ImportResult result = reader.read(MoodleGiftFiles.read("questions.gift.txt"));
        QuestionDraft q5 = byTitle(result).get("Q5");

        assertThat(q5.stem()).isEqualTo("What is a number from 1 to 5?");
        assertThat(q5.numericAnswer()).isEqualByComparingTo("3");
        assertThat(q5.tolerance()).isEqualByComparingTo("2");
        assertThat(result.warnings()).anySatisfy(w -> {
            assertThat(w.line()).isEqualTo(31);
            assertThat(w.message().english()).contains("Completely wrong");
        });
    }

    @Test
    void shortAnswerAndTrueFalseWithFeedbackAndGeneralFeedback() {
        Map<String, QuestionDraft> questions = byTitle("questions.gift.txt");

        assertThat(questions.get("Shortanswer").options())
                .extracting(OptionDraft::text, OptionDraft::correct, OptionDraft::weight).containsExactly(
                        tuple("Frog", true, null),
                        tuple("Cat", true, new BigDecimal("50")),
                        tuple("*", false, new BigDecimal("0")));
        QuestionDraft q1 = questions.get("Q1");
        assertThat(q1.options()).extracting(OptionDraft::text, OptionDraft::correct, OptionDraft::feedback)
                .containsExactly(
                        tuple("Đúng", false, "42 is the Ultimate Answer."),
                        tuple("Sai", true, "You gave the right answer."));
        assertThat(q1.explanation()).isEqualTo("This is, of course, a Hitchiker's Guide to the Galaxy reference.");
    }

    /**
     * One {@code $CATEGORY} line and 4 questions (matching, multiple choice, short answer with a single
     * %100% answer, true/false), all with the topic "Default for New Features"; two are HTML. "Greeting" asks
     * about a sound it links ("Listen to this greeting" → bonjour.mp3): skipped with the reason, since the app
     * cannot play it and the stem alone would ask about something the learner never hears.
     */
    @Test
    void questionsInCategoryTakeTheCategoryNameAsTopic() {
        ImportResult result = reader.read(MoodleGiftFiles.read("questions_in_category.gift.txt"));

        assertThat(result.errors()).isEmpty();
        assertThat(result.skipped()).singleElement().satisfies(s -> {
            assertThat(s.line()).isEqualTo(14);
            assertThat(s.reason().english()).contains("sound");
            assertThat(s.reason().vietnamese()).contains("âm thanh");
        });
        assertThat(result.drafts()).extracting(QuestionDraft::title, QuestionDraft::kind, QuestionDraft::topic)
                .containsExactly(
                        tuple("Moodle activities", QuestionKind.MATCHING, "Default for New Features"),
                        tuple("Moodle user", QuestionKind.SHORT_ANSWER, "Default for New Features"),
                        tuple("Moodle acronym", QuestionKind.TRUE_FALSE, "Default for New Features"));
        assertThat(result.drafts().get(2).stem())
                .isEqualTo("Moodle is an acronym for Modular Object-Oriented Dynamic Learning Environment.");
    }

    /**
     * The examples file has 43 questions (counted by hand from its blank-line separated items, duplicates
     * included): 16 SINGLE, 2 MULTIPLE (Grant's tomb with and without negative weights), 5 TRUE_FALSE
     * ({FALSE} twice, {F}, {T}, {FALSE#...}), 3 MATCHING, 8 NUMERIC and 9 SHORT_ANSWER (every block of '='
     * answers without '->', including "::Kanji Origins::" with its single answer). Nothing is an error or skipped; the two multi-answer numericals lose
     * their 50% answers and the last one its feedback, which is reported.
     */
    @Test
    void examplesFileGivesFortyThreeQuestions() {
        ImportResult result = reader.read(MoodleGiftFiles.read("examples.gift.txt"));

        assertThat(result.errors()).isEmpty();
        assertThat(result.skipped()).isEmpty();
        assertThat(result.questions()).hasSize(43);
        Map<QuestionKind, Long> kinds = result.drafts().stream()
                .collect(Collectors.groupingBy(QuestionDraft::kind, Collectors.counting()));
        assertThat(kinds).containsExactlyInAnyOrderEntriesOf(Map.of(
                QuestionKind.SINGLE, 16L, QuestionKind.MULTIPLE, 2L, QuestionKind.TRUE_FALSE, 5L,
                QuestionKind.MATCHING, 3L, QuestionKind.NUMERIC, 8L, QuestionKind.SHORT_ANSWER, 9L));
        assertThat(result.warnings()).extracting(ImportResult.Problem::line).containsExactly(78, 204, 205, 205);
    }

    @Test
    void examplesKeepEscapedControlCharactersAsText() {
        ImportResult result = reader.read(MoodleGiftFiles.read("examples.gift.txt"));
        QuestionDraft control = byTitle(result).get("GIFT Control Characters");

        assertThat(control.options()).extracting(OptionDraft::text).containsExactly("~", "=", "#", "{", "}", "\\");
        assertThat(control.options().get(5).correct()).isTrue();
        assertThat(control.options().get(5).feedback()).startsWith("Correct! \\ (backslash) is not a control")
                .contains("BUT,\nit is used to escape");
        QuestionDraft equalsFive = result.drafts().stream()
                .filter(q -> q.stem().equals("Which answer equals 5?")).findFirst().orElseThrow();
        assertThat(equalsFive.options()).extracting(OptionDraft::text, OptionDraft::correct)
                .containsExactly(tuple("= 2 + 2", false), tuple("= 2 + 3", true), tuple("= 2 + 4", false));
    }

    @Test
    void everyMoodleFileSurvivesExportAndReimport() {
        for (String name : new String[] {"questions.gift.txt", "questions_in_category.gift.txt", "examples.gift.txt"}) {
            ImportResult first = reader.read(MoodleGiftFiles.read(name));
            var exported = new GiftWriter().write(first.drafts());
            ImportResult again = reader.read(exported.content());

            assertThat(exported.skipped()).as(name).isEmpty();
            assertThat(again.errors()).as(name).isEmpty();
            assertThat(again.drafts()).as(name).isEqualTo(first.drafts());
        }
    }

    private Map<String, QuestionDraft> byTitle(String file) {
        return byTitle(reader.read(MoodleGiftFiles.read(file)));
    }

    private static Map<String, QuestionDraft> byTitle(ImportResult result) {
        return result.drafts().stream().filter(q -> q.title() != null)
                .collect(Collectors.toMap(QuestionDraft::title, Function.identity(), (a, b) -> a));
    }
}
