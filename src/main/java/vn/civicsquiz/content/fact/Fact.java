package vn.civicsquiz.content.fact;

import java.math.BigDecimal;
import java.util.Map;

/**
 * One grounded fact from a source article, as curated under {@code questions/facts/}.
 *
 * @param id         stable identifier, e.g. {@code task-3}, {@code fig-diplomatic-relations-2021}
 * @param set        which family the fact belongs to
 * @param ordinal    1-based position in an ordered set (nine tasks, five lessons, three pillars), else null
 * @param label      short label a learner can recognise (an option text)
 * @param text       the full statement
 * @param value      the number for figures, else null
 * @param unit       what the number counts for figures (e.g. "quốc gia", "tỷ USD"), else null
 * @param asOf       when the fact was true: ISO date, year-month or year ("2021-12-14", "2024")
 * @param source     id of the source article (file name without .txt)
 * @param quote      a sentence or clause that occurs verbatim, after normalisation, in the article
 * @param attributes set-specific structured data (people: name, role; events: name, date, place, chair, number;
 *                   phrases: phrase, meaning; figures: counts, qualifier such as "hơn"/"gần")
 */
public record Fact(String id, FactSet set, Integer ordinal, String label, String text, BigDecimal value,
                   String unit, String asOf, String source, String quote, Map<String, String> attributes) {

    public Fact {
        attributes = attributes == null ? Map.of() : Map.copyOf(attributes);
    }

    public String attribute(String key) {
        return attributes.get(key);
    }
}
