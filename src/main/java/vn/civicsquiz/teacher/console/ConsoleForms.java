package vn.civicsquiz.teacher.console;

import java.util.List;
import vn.civicsquiz.platform.problem.Say;
import vn.civicsquiz.platform.problem.Problem;
import vn.civicsquiz.platform.problem.ProblemException;
import vn.civicsquiz.quiz.QuizTopics;

/** Reading form and query fields of the console, and the choices its forms offer. */
final class ConsoleForms {

    /** A choice of a select, its label a message key or the text itself. */
    public record Choice(String value, String label, boolean selected) {
    }

    private ConsoleForms() {
    }

    static int number(String value, int fallback, int min, int max, String name) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(value.strip());
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw ProblemException.badRequest(new Say("Trường '" + name + "' không hợp lệ", "Invalid field '" + name + "'"),
                ProblemException.fault(name, "cần một số nguyên từ " + min + " đến " + max,
                        "expected a whole number from " + min + " to " + max));
    }

    static Long id(String value, String name) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            long id = Long.parseLong(value.strip());
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw ProblemException.badRequest(new Say("Trường '" + name + "' không hợp lệ", "Invalid field '" + name + "'"),
                ProblemException.fault(name, "cần một mã số", "expected an id"));
    }

    /** The topics a question can have, labels are quiz message keys. */
    static List<Choice> topics(String selected) {
        return QuizTopics.ALL.stream().filter(t -> !QuizTopics.MIXED.equals(t))
                .map(t -> new Choice(t, "topic_" + QuizTopics.key(t), t.equals(selected))).toList();
    }

    /** Choices whose labels are console message keys: {@code prefix} + value. */
    static List<Choice> keyed(List<String> values, String prefix, String selected) {
        return values.stream().map(v -> new Choice(v, prefix + v, v.equalsIgnoreCase(selected == null ? "" : selected.strip())))
                .toList();
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
