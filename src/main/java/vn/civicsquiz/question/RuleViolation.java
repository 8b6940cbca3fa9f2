package vn.civicsquiz.question;

/**
 * One broken rule of a question.
 *
 * @param field   JSON path of the field at fault, relative to the question ({@code options[2].text})
 * @param message what is wrong, in words a teacher understands
 */
public record RuleViolation(String field, String message) {
}
