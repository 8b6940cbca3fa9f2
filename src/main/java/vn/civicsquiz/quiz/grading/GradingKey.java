package vn.civicsquiz.quiz.grading;

import vn.civicsquiz.question.Question;
import vn.civicsquiz.question.QuestionKind;
import vn.civicsquiz.question.QuestionOption;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * What grading needs to know about a question, detached from the database.
 *
 * @param options in canonical order; see {@link QuestionKind} for what each field means per kind
 */
public record GradingKey(QuestionKind kind, List<KeyOption> options, BigDecimal numericAnswer, BigDecimal tolerance) {

    public GradingKey {
        options = List.copyOf(options);
    }

    /**
     * @param choiceId the id by which a MATCHING option's right-hand text ({@code match}) is chosen; equal to
     *                 {@code id} in the stored key, a different id in the key as a client sees it
     * @param weight   the option's weight in percent as the teacher wrote it (GIFT {@code %50%}), null when none;
     *                 see {@link Grader} for what it earns in each kind
     */
    public record KeyOption(long id, String text, boolean correct, Integer position, String match, long choiceId,
                            BigDecimal weight) {

        public KeyOption(long id, String text, boolean correct, Integer position, String match) {
            this(id, text, correct, position, match, id, null);
        }

        public KeyOption(long id, String text, boolean correct, Integer position, String match, BigDecimal weight) {
            this(id, text, correct, position, match, id, weight);
        }

        /** A MATCHING option with text is a left-hand item; one with blank text only adds a right-hand choice. */
        public boolean leftItem() {
            return text != null && !text.isBlank();
        }

        public boolean hasMatch() {
            return match != null && !match.isBlank();
        }
    }

    public static GradingKey of(Question question) {
        List<KeyOption> options = question.options.stream().map(GradingKey::keyOption).toList();
        return new GradingKey(question.kind, options, question.numericAnswer, question.tolerance);
    }

    private static KeyOption keyOption(QuestionOption o) {
        return new KeyOption(o.id, o.text, o.correct, o.position == null ? null : (int) o.position, o.match, o.weight);
    }

    public Optional<KeyOption> option(long id) {
        return options.stream().filter(o -> o.id() == id).findFirst();
    }

    public List<KeyOption> leftItems() {
        return options.stream().filter(KeyOption::leftItem).toList();
    }

    /** The option whose right-hand choice has this id (MATCHING). */
    public Optional<KeyOption> choice(long choiceId) {
        return options.stream().filter(o -> o.hasMatch() && o.choiceId() == choiceId).findFirst();
    }

    /** A MULTIPLE question whose options carry weights is graded by their sum, as Moodle does. */
    public boolean weighted() {
        return kind == QuestionKind.MULTIPLE && options.stream().anyMatch(o -> o.weight() != null);
    }

    public List<KeyOption> choices() {
        return options.stream().filter(KeyOption::hasMatch).toList();
    }
}
