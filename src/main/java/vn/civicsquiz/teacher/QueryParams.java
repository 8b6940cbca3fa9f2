package vn.civicsquiz.teacher;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import vn.civicsquiz.platform.problem.Problem;
import vn.civicsquiz.platform.problem.ProblemException;

/** Query parameters read by hand, so a wrong value is a 400 naming the parameter, not a 404. */
final class QueryParams {

    private QueryParams() {
    }

    static <E extends Enum<E>> E enumOf(Class<E> type, String value, String name) {
        if (value == null || value.isBlank()) {
            return null;
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equalsIgnoreCase(value.strip())) {
                return constant;
            }
        }
        throw invalid(name, "one of " + Arrays.stream(type.getEnumConstants()).map(Enum::name)
                .collect(Collectors.joining(", ")));
    }

    static int intIn(String value, int fallback, int min, int max, String name) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(value.strip());
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw invalid(name, "a whole number from " + min + " to " + max);
    }

    static ProblemException invalid(String name, String expected) {
        return ProblemException.badRequest("Invalid query parameter '" + name + "'",
                List.of(new Problem.FieldError(name, "expected " + expected)));
    }
}
