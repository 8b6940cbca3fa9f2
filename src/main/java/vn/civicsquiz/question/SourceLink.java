package vn.civicsquiz.question;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Builds the link from a question to the passage of the source article that supports it. */
public final class SourceLink {

    private SourceLink() {
    }

    /** {@code /sources/{sourceId}#fact-{factId}}; without a fact id the link points at the article itself. */
    public static String to(String sourceId, String factId) {
        if (sourceId == null || sourceId.isBlank()) {
            throw new IllegalArgumentException("a source link needs a source id");
        }
        String link = "/sources/" + encode(sourceId);
        return factId == null || factId.isBlank() ? link : link + "#fact-" + encode(factId);
    }

    private static String encode(String part) {
        return URLEncoder.encode(part, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
