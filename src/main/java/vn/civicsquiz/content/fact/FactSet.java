package vn.civicsquiz.content.fact;

import java.util.Arrays;
import java.util.Optional;

/** The families of facts; the slug is used in files, URLs and the API, and doubles as the question topic. */
public enum FactSet {
    NINE_TASKS("nine-tasks"),
    FIVE_LESSONS("five-lessons"),
    THREE_PILLARS("three-pillars"),
    FIGURES("figures"),
    PEOPLE("people"),
    EVENTS("events"),
    PHRASES("phrases");

    private final String slug;

    FactSet(String slug) {
        this.slug = slug;
    }

    public String slug() {
        return slug;
    }

    public static Optional<FactSet> fromSlug(String slug) {
        return Arrays.stream(values()).filter(s -> s.slug.equals(slug)).findFirst();
    }
}
