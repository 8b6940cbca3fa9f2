package vn.civicsquiz.quiz.grading;

/**
 * An answer that cannot be graded as sent (wrong shape, unknown option, incomplete order...).
 *
 * @see ResponseCheck
 */
public class InvalidAnswer extends RuntimeException {

    private final String field;
    private final String reason;

    /**
     * @param field  the request field at fault
     * @param reason message key of the explanation shown on the question page
     * @param detail English detail for API clients
     */
    public InvalidAnswer(String field, String reason, String detail) {
        super(detail);
        this.field = field;
        this.reason = reason;
    }

    public String field() {
        return field;
    }

    public String reason() {
        return reason;
    }
}
