package vn.civicsquiz.question;

/**
 * How a question is answered and graded.
 * <ul>
 *   <li>SINGLE, NEGATIVE, TRUE_FALSE: exactly one option is correct (TRUE_FALSE has options "Đúng"/"Sai").</li>
 *   <li>MULTIPLE: one or more options correct; all must be chosen.</li>
 *   <li>ORDERING: every option has {@code position}; the learner restores the order.</li>
 *   <li>MATCHING: options are pairs {@code text -> match}; an option with blank text is an extra, unmatched answer.</li>
 *   <li>NUMERIC: no options; {@code numericAnswer} ± {@code tolerance}.</li>
 *   <li>SHORT_ANSWER: options are accepted answers (from GIFT imports); compared after normalisation.</li>
 * </ul>
 */
public enum QuestionKind {
    SINGLE, MULTIPLE, TRUE_FALSE, ORDERING, MATCHING, NEGATIVE, NUMERIC, SHORT_ANSWER
}
