package vn.civicsquiz.quiz.grading;

import vn.civicsquiz.platform.problem.Say;

import java.util.List;

/**
 * An answer that cannot be graded as sent (wrong shape, unknown option, incomplete order, a number with two
 * readings...).
 *
 * @see ResponseCheck
 */
public class InvalidAnswer extends RuntimeException {

    private final String field;
    private final String reason;
    private final List<String> args;
    private final Say detail;

    /**
     * @param field  the request field at fault
     * @param reason message key of the explanation shown on the question page
     * @param detail what API clients are told, in both languages
     */
    public InvalidAnswer(String field, String reason, Say detail) {
        this(field, reason, detail, List.of());
    }

    /** @param args the arguments of the reason's message, in order */
    public InvalidAnswer(String field, String reason, Say detail, List<String> args) {
        super(detail.english());
        this.detail = detail;
        this.field = field;
        this.reason = reason;
        this.args = List.copyOf(args);
    }

    public String field() {
        return field;
    }

    public Say detail() {
        return detail;
    }

    public String reason() {
        return reason;
    }

    public List<String> args() {
        return args;
    }
}
