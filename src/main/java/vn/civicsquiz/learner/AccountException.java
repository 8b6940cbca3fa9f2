package vn.civicsquiz.learner;

/** A sign-up or account change a user asked for that cannot be done; {@code reason} is a message key suffix. */
public class AccountException extends RuntimeException {

    private final String field;
    private final String reason;

    public AccountException(String field, String reason) {
        super(field + ": " + reason);
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
