package vn.civicsquiz.content.fact;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a civics learner must know first, recorded per fact as {@code attributes.weight}; it decides how many
 * questions the generator asks about the fact. Trivia (who attended a bridge point) is asked nothing.
 */
public enum FactWeight {
    /** Must know: asked in every way the fact supports. */
    CORE("core", Integer.MAX_VALUE),
    /** Should know: asked a few times. */
    STANDARD("standard", 4),
    /** Good to know: asked once or twice. */
    DETAIL("detail", 2),
    /** Not worth a question; may still appear as a wrong option elsewhere. */
    TRIVIA("trivia", 0);

    private final String slug;
    private final int questions;

    FactWeight(String slug, int questions) {
        this.slug = slug;
        this.questions = questions;
    }

    public String slug() {
        return slug;
    }

    /** The most questions the bank asks with this fact as its subject. */
    public int questions() {
        return questions;
    }

    public static Optional<FactWeight> fromSlug(String slug) {
        return Arrays.stream(values()).filter(w -> w.slug.equals(slug == null ? null : slug.strip())).findFirst();
    }

    /** The recorded weight; ordered sets (tasks, lessons, pillars) are core, any other fact without one standard. */
    public static FactWeight of(Fact fact) {
        return fromSlug(fact.attribute("weight")).orElse(FactCatalog.ORDERED_SETS.contains(fact.set()) ? CORE : STANDARD);
    }
}
