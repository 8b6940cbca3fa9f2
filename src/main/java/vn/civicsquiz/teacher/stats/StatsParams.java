package vn.civicsquiz.teacher.stats;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import vn.civicsquiz.platform.problem.Problem;
import vn.civicsquiz.platform.problem.ProblemException;

import java.util.List;

/** Query parameters of the statistics and account listings: bounded integers and the CSV choice. */
public final class StatsParams {

    private StatsParams() {
    }

    /** @throws ProblemException 400 naming the parameter when it is not a whole number in range */
    public static int intIn(String value, int fallback, int min, int max, String name) {
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
        throw ProblemException.badRequest("Parameter " + name + " is not valid",
                List.of(new Problem.FieldError(name, "a whole number from " + min + " to " + max)));
    }

    public static Long optionalId(String value, String name) {
        return value == null || value.isBlank() ? null : (long) intIn(value, 0, 1, Integer.MAX_VALUE, name);
    }

    /** CSV when asked by {@code ?format=csv} or when the Accept header prefers text/csv to JSON. */
    public static boolean wantsCsv(String format, HttpHeaders headers) {
        if (format != null && !format.isBlank()) {
            String f = format.strip();
            if (f.equalsIgnoreCase("csv")) {
                return true;
            }
            if (f.equalsIgnoreCase("json")) {
                return false;
            }
            throw ProblemException.badRequest("Parameter format is not valid",
                    List.of(new Problem.FieldError("format", "csv or json")));
        }
        for (MediaType type : headers.getAcceptableMediaTypes()) {
            if (type.isCompatible(MediaType.APPLICATION_JSON_TYPE) && !type.isWildcardType()) {
                return false;
            }
            if ("text".equals(type.getType()) && "csv".equals(type.getSubtype())) {
                return true;
            }
        }
        return false;
    }
}
