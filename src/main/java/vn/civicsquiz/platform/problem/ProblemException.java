package vn.civicsquiz.platform.problem;

import java.util.List;

/**
 * A request the domain refuses, said in the domain's terms: what went wrong (the subclass) and why (the detail).
 * Which HTTP status and error page each kind becomes is decided in one place, {@link ErrorResponses}; services and
 * pages never deal in status codes.
 */
public abstract class ProblemException extends RuntimeException {

    private final List<Problem.FieldError> errors;

    protected ProblemException(String detail, List<Problem.FieldError> errors) {
        super(detail);
        this.errors = errors == null || errors.isEmpty() ? null : List.copyOf(errors);
    }

    /** @param what the missing thing, e.g. "Question 12" */
    public static NotFound notFound(String what) {
        return new NotFound(what + " does not exist");
    }

    public static InvalidRequest badRequest(String detail, List<Problem.FieldError> errors) {
        return new InvalidRequest(detail, errors);
    }

    public static InvalidRequest badRequest(String detail) {
        return new InvalidRequest(detail, null);
    }

    public static Conflict conflict(String detail) {
        return new Conflict(detail, null);
    }

    public static Conflict conflict(String detail, List<Problem.FieldError> errors) {
        return new Conflict(detail, errors);
    }

    public static NotPermitted notPermitted(String detail) {
        return new NotPermitted(detail);
    }

    public static NotSignedIn notSignedIn(String detail) {
        return new NotSignedIn(detail);
    }

    public List<Problem.FieldError> errors() {
        return errors;
    }

    /** The thing asked for does not exist, or is not the caller's to see (the two are not told apart). */
    public static final class NotFound extends ProblemException {
        public NotFound(String detail) {
            super(detail, null);
        }
    }

    /** The request is malformed or breaks a rule of its fields; {@link #errors()} names them. */
    public static final class InvalidRequest extends ProblemException {
        InvalidRequest(String detail, List<Problem.FieldError> errors) {
            super(detail, errors);
        }
    }

    /** The request is well formed but the current state does not allow it (finished, changed, taken, empty). */
    public static class Conflict extends ProblemException {
        protected Conflict(String detail, List<Problem.FieldError> errors) {
            super(detail, errors);
        }
    }

    /** The caller is known but may not do this. */
    public static final class NotPermitted extends ProblemException {
        NotPermitted(String detail) {
            super(detail, null);
        }
    }

    /** The caller must say who they are first (an unknown guest or player token). */
    public static final class NotSignedIn extends ProblemException {
        NotSignedIn(String detail) {
            super(detail, null);
        }
    }

    /** Readable, but the content cannot be worked on (an article that takes too long to draft). */
    public static final class Unprocessable extends ProblemException {
        public Unprocessable(String detail, List<Problem.FieldError> errors) {
            super(detail, errors);
        }
    }

    /** The body is in an encoding or media type the app does not read. */
    public static final class UnsupportedContent extends ProblemException {
        public UnsupportedContent(String detail, List<Problem.FieldError> errors) {
            super(detail, errors);
        }
    }

    /** Nothing is wrong with the request; the app cannot serve it just now and it may be sent again. */
    public static final class Unavailable extends ProblemException {
        public Unavailable(String detail) {
            super(detail, null);
        }
    }
}
