package vn.civicsquiz.content.web;

import java.math.BigDecimal;
import java.util.Map;

/**
 * A fact in the API.
 *
 * @param set        the set's slug, e.g. "nine-tasks"
 * @param readingUrl where the quote is highlighted: the source's reading page with the anchor {@code #fact-<id>}
 * @param status     "active", or "retired" for a fact that is no longer shipped
 */
public record FactView(String id, String set, Integer ordinal, String label, String text, BigDecimal value,
                       String unit, String asOf, SourceView.Ref source, String quote, Map<String, String> attributes,
                       String status, String readingUrl) {
}
