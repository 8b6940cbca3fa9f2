package vn.civicsquiz.quiz;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The sentence of an article a fact rests on, and the link that lands on it: {@code /sources/{id}#fact-{factId}}
 * on the fact's own article.
 *
 * @param factId null for a question that names no fact (its own quote and article then)
 */
public record Passage(String factId, String quote, String url) {

    public static Passage of(String factId, String sourceId, String quote) {
        return new Passage(factId, quote, url(sourceId, factId));
    }

    public static String url(String sourceId, String factId) {
        if (sourceId == null || sourceId.isBlank()) {
            return null;
        }
        String url = "/sources/" + URLEncoder.encode(sourceId, StandardCharsets.UTF_8);
        return factId == null ? url : url + "#fact-" + URLEncoder.encode(factId, StandardCharsets.UTF_8);
    }
}
