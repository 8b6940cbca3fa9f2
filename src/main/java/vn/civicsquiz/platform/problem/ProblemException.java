package vn.civicsquiz.platform.problem;

import java.util.ArrayList;
import java.util.List;

/**
 * A request the domain refuses, said in the domain's terms: what went wrong (the subclass) and why (the detail, in
 * both languages the app answers in, picked by the request's language where the answer is written). Which HTTP
 * status and error page each kind becomes is decided in one place, {@link ErrorResponses}; services and pages never
 * deal in status codes.
 */
public abstract class ProblemException extends RuntimeException {

    private final Say detail;
    private final List<Fault> faults;

    protected ProblemException(Say detail, List<Fault> faults) {
        super(detail.english());
        this.detail = detail;
        this.faults = faults == null || faults.isEmpty() ? null : List.copyOf(faults);
    }

    /** One field at fault and what is wrong with it, in both languages. */
    public record Fault(String field, Say message, Integer line) {

        static List<Fault> of(List<Problem.FieldError> errors) {
            if (errors == null) {
                return null;
            }
            List<Fault> faults = new ArrayList<>(errors.size());
            for (Problem.FieldError error : errors) {
                faults.add(new Fault(error.field(), Say.same(error.message()), error.line()));
            }
            return faults;
        }

        Problem.FieldError in(boolean english) {
            return new Problem.FieldError(field, message.in(english), line);
        }
    }

    /** A field at fault: {@code fault("status", "nháp hoặc đã đăng", "draft or published")}. */
    public static Fault fault(String field, String vietnamese, String english) {
        return new Fault(field, new Say(vietnamese, english), null);
    }

    public static Fault fault(String field, Say message) {
        return new Fault(field, message, null);
    }

    /** @param faults the fields at fault, said in both languages */
    public static InvalidRequest invalidFields(Say detail, List<Fault> faults) {
        return new InvalidRequest(detail, faults);
    }

    /** @param what the missing thing, e.g. {@code new Say("Câu hỏi 12", "Question 12")} */
    public static NotFound notFound(Say what) {
        return new NotFound(new Say(what.vietnamese() + " không tồn tại", what.english() + " does not exist"));
    }

    public static InvalidRequest badRequest(Say detail, Fault... faults) {
        return new InvalidRequest(detail, List.of(faults));
    }

    /** @param errors field errors already written in the request's language */
    public static InvalidRequest badRequest(Say detail, List<Problem.FieldError> errors) {
        return new InvalidRequest(detail, Fault.of(errors));
    }

    /** @param detail and errors already written in the request's language */
    public static InvalidRequest badRequest(String detail, List<Problem.FieldError> errors) {
        return badRequest(Say.same(detail), errors);
    }

    public static Conflict conflict(Say detail, Fault... faults) {
        return new Conflict(detail, List.of(faults));
    }

    /** @param detail already written in the request's language */
    public static Conflict conflict(String detail) {
        return conflict(Say.same(detail));
    }

    public static NotPermitted notPermitted(Say detail) {
        return new NotPermitted(detail);
    }

    public static NotSignedIn notSignedIn(Say detail) {
        return new NotSignedIn(detail);
    }

    /** The detail in the language asked for. */
    public String detail(boolean english) {
        return detail.in(english);
    }

    /** The fields at fault in the language asked for, or null when the problem is not about fields. */
    public List<Problem.FieldError> errors(boolean english) {
        return faults == null ? null : faults.stream().map(f -> f.in(english)).toList();
    }

    /** The thing asked for does not exist, or is not the caller's to see (the two are not told apart). */
    public static final class NotFound extends ProblemException {
        public NotFound(Say detail) {
            super(detail, null);
        }
    }

    /** The request is malformed or breaks a rule of its fields; {@link #errors} names them. */
    public static final class InvalidRequest extends ProblemException {
        InvalidRequest(Say detail, List<Fault> faults) {
            super(detail, faults);
        }
    }

    /** The request is well formed but the current state does not allow it (finished, changed, taken, empty). */
    public static class Conflict extends ProblemException {
        protected Conflict(Say detail, List<Fault> faults) {
            super(detail, faults);
        }
    }

    /** The caller is known but may not do this. */
    public static final class NotPermitted extends ProblemException {
        NotPermitted(Say detail) {
            super(detail, null);
        }
    }

    /** The caller must say who they are first (an unknown guest or player token). */
    public static final class NotSignedIn extends ProblemException {
        NotSignedIn(Say detail) {
            super(detail, null);
        }
    }

    /** Readable, but the content cannot be worked on (an article that takes too long to draft). */
    public static final class Unprocessable extends ProblemException {
        public Unprocessable(Say detail, Fault... faults) {
            super(detail, List.of(faults));
        }
    }

    /** The body is in an encoding or media type the app does not read. */
    public static final class UnsupportedContent extends ProblemException {
        public UnsupportedContent(Say detail, List<Problem.FieldError> errors) {
            super(detail, Fault.of(errors));
        }

        public UnsupportedContent(Say detail, Fault... faults) {
            super(detail, List.of(faults));
        }
    }

    /** Nothing is wrong with the request; the app cannot serve it just now and it may be sent again. */
    public static final class Unavailable extends ProblemException {
        public Unavailable(Say detail) {
            super(detail, null);
        }
    }
}
