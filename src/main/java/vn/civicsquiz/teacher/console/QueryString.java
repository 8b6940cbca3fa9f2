package vn.civicsquiz.teacher.console;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** A page's filters carried in links and forms as a query string ({@code ?q=...&topic=...}). */
final class QueryString {

    private QueryString() {
    }

    /** "?name=value&..." of the given pairs that have a value, or "" when none has. */
    static String of(String... namesAndValues) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            String value = namesAndValues[i + 1];
            if (value != null && !value.isBlank()) {
                out.append(out.isEmpty() ? '?' : '&').append(namesAndValues[i]).append('=')
                        .append(URLEncoder.encode(value, StandardCharsets.UTF_8));
            }
        }
        return out.toString();
    }

    static Map<String, String> parse(String query) {
        Map<String, String> params = new LinkedHashMap<>();
        String body = query.startsWith("?") ? query.substring(1) : query;
        for (String pair : body.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                try {
                    params.put(pair.substring(0, eq), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
                } catch (IllegalArgumentException e) {
                    // a broken escape reads as no value
                }
            }
        }
        return params;
    }
}
