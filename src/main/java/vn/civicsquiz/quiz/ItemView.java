package vn.civicsquiz.quiz;

import vn.civicsquiz.question.QuestionKind;

import java.util.List;
import java.util.stream.IntStream;

/**
 * One question of an attempt as the learner sees it: options in their order for this attempt, with client ids
 * ({@link vn.civicsquiz.quiz.grading.ItemLayout}), what was answered, and the feedback when it may be shown. Used by the pages and the JSON API alike.
 *
 * @param options  display order; empty for NUMERIC and SHORT_ANSWER, the left-hand items for MATCHING
 * @param choices  the right-hand choices for MATCHING, else empty
 * @param given    what the learner answered, as readable lines (empty when unanswered)
 * @param feedback null until feedback may be shown
 * @param tolerance NUMERIC: the accepted deviation ("5", "0,5") when the stem does not state it already, else null
 */
public record ItemView(long attemptId, int position, long questionId, QuestionKind kind, String stem,
                       String tolerance,
                       List<OptionView> options, List<ChoiceView> choices, boolean answered, List<String> given,
                       Feedback feedback) {

    /**
     * @param chosen         picked (choice kinds)
     * @param chosenPosition the position given (ORDERING), 0 when none
     * @param chosenChoice   the choice paired with it (MATCHING), 0 when none
     * @param mark           "correct", "wrong" or "" once feedback is shown (choice kinds)
     */
    public record OptionView(long id, String text, boolean chosen, int chosenPosition, long chosenChoice, String mark) {
    }

    public record ChoiceView(long id, String text) {
    }

    /**
     * @param quote     the first passage's sentence (the question's own quote when it names no fact)
     * @param sourceUrl the first passage's link, or null
     * @param passages  one per fact the question tests, each with its own sentence and link
     * @param creditPercent the share of the mark earned, 0 to 100 ({@link vn.civicsquiz.quiz.grading.Credit})
     */
    public record Feedback(boolean correct, List<String> rightAnswer, String explanation, String quote,
                           String sourceUrl, List<Passage> passages, List<OptionFeedback> optionFeedback,
                           int creditPercent) {

        /** Partly right: some credit, not all (a weighted option or accepted answer). */
        public boolean partial() {
            return creditPercent > 0 && !correct;
        }
    }

    /**
     * The teacher's feedback on an answer the learner gave (GIFT {@code ~answer#feedback}).
     *
     * @param option the option chosen, or the accepted short answer matched
     */
    public record OptionFeedback(String option, String feedback) {
    }

    public boolean singleChoice() {
        return kind == QuestionKind.SINGLE || kind == QuestionKind.NEGATIVE || kind == QuestionKind.TRUE_FALSE;
    }

    public boolean multipleChoice() {
        return kind == QuestionKind.MULTIPLE;
    }

    public boolean ordering() {
        return kind == QuestionKind.ORDERING;
    }

    public boolean matching() {
        return kind == QuestionKind.MATCHING;
    }

    public boolean numeric() {
        return kind == QuestionKind.NUMERIC;
    }

    public boolean shortAnswer() {
        return kind == QuestionKind.SHORT_ANSWER;
    }

    /** 1..n, the positions an ORDERING item can take. */
    public List<Integer> positions() {
        return IntStream.rangeClosed(1, options.size()).boxed().toList();
    }

    /** What was typed (NUMERIC, SHORT_ANSWER), to show in the locked input. */
    public String givenText() {
        return given.isEmpty() ? "" : given.get(0);
    }

    /** Message key of the instruction under the stem. */
    public String hintKey() {
        return "hint_" + kind.name().toLowerCase(java.util.Locale.ROOT);
    }
}
