package vn.civicsquiz.question;

import java.math.BigDecimal;
import java.util.List;

/**
 * A question's content independent of storage: what the generator produces, what import formats read and
 * write, and what validation checks. One shape for every origin.
 *
 * @param kind          how it is answered
 * @param topic         a {@link vn.civicsquiz.content.fact.FactSet} slug, or another known topic for imported questions
 * @param title         optional short title (GIFT {@code ::title::})
 * @param stem          the question text
 * @param options       answer options in canonical order (empty for NUMERIC)
 * @param numericAnswer expected value for NUMERIC
 * @param tolerance     accepted absolute error for NUMERIC (≥ 0)
 * @param explanation   why the answer is right; quotes the source sentence for generated questions
 * @param difficulty    estimate in [0,1], higher is harder
 * @param factIds       facts the question tests (may be empty for imported questions)
 * @param sourceId      article the explanation quotes, or null
 * @param quote         the source sentence, or null
 */
public record QuestionDraft(QuestionKind kind, String topic, String title, String stem, List<OptionDraft> options,
                            BigDecimal numericAnswer, BigDecimal tolerance, String explanation, double difficulty,
                            List<String> factIds, String sourceId, String quote) {

    public QuestionDraft {
        options = options == null ? List.of() : List.copyOf(options);
        factIds = factIds == null ? List.of() : List.copyOf(factIds);
    }

    /**
     * @param text     option text (left side for MATCHING)
     * @param correct  whether choosing it is right (SINGLE, MULTIPLE, NEGATIVE, TRUE_FALSE, SHORT_ANSWER)
     * @param position 1-based correct position for ORDERING, else null
     * @param match    right side for MATCHING, else null
     * @param weight   GIFT answer weight in percent (-100..100), null when not given
     * @param feedback per-option feedback, or null
     */
    public record OptionDraft(String text, boolean correct, Integer position, String match, BigDecimal weight,
                              String feedback) {

        public static OptionDraft choice(String text, boolean correct) {
            return new OptionDraft(text, correct, null, null, null, null);
        }
    }
}
