package vn.civicsquiz.platform.problem;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.List;

/**
 * Query parameters of the teachers' API read by hand, so a wrong value is a 400 that names the parameter and the
 * values it takes, in the request's language (Vietnamese unless it prefers English), never a 404 or Java's words.
 */
@ApplicationScoped
public class QueryParams {

    private final ApiLanguage language;

    public QueryParams(ApiLanguage language) {
        this.language = language;
    }

    /** @throws ProblemException 400 naming the parameter when it is not a whole number from min to max */
    public int intIn(String value, int fallback, int min, int max, String name) {
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
        throw invalid(name, "cần một số nguyên từ " + min + " đến " + max,
                "expected a whole number from " + min + " to " + max);
    }

    /** An id (a whole number from 1), or null when the parameter is absent or blank. */
    public Long optionalId(String value, String name) {
        return value == null || value.isBlank() ? null : (long) intIn(value, 0, 1, Integer.MAX_VALUE, name);
    }

    /** The constant named by the value, case ignored; null when absent or blank. */
    public <E extends Enum<E>> E enumOf(Class<E> type, String value, String name) {
        if (value == null || value.isBlank()) {
            return null;
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equalsIgnoreCase(value.strip())) {
                return constant;
            }
        }
        throw oneOf(name, Arrays.stream(type.getEnumConstants()).map(Enum::name).toList());
    }

    /** The 400 for a parameter that takes one of these values. */
    public ProblemException oneOf(String name, List<String> allowed) {
        String values = String.join(", ", allowed);
        return invalid(name, "cần một trong: " + values, "expected one of " + values);
    }

    /** The 400 for a request that came without the body it needs. */
    public ProblemException missingBody(String vietnamese, String english) {
        return ProblemException.badRequest(language.say("Yêu cầu thiếu nội dung", "The request has no body"),
                List.of(new Problem.FieldError("body", language.say(vietnamese, english))));
    }

    /** CSV when asked by {@code ?format=csv} or when the Accept header prefers text/csv to JSON. */
    public boolean wantsCsv(String format, HttpHeaders headers) {
        if (format != null && !format.isBlank()) {
            String f = format.strip();
            if (f.equalsIgnoreCase("csv")) {
                return true;
            }
            if (f.equalsIgnoreCase("json")) {
                return false;
            }
            throw oneOf("format", List.of("csv", "json"));
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

    private ProblemException invalid(String name, String vietnamese, String english) {
        return ProblemException.badRequest(language.say("Tham số '" + name + "' không hợp lệ",
                "Invalid query parameter '" + name + "'"), List.of(new Problem.FieldError(name,
                language.say(vietnamese, english))));
    }
}
