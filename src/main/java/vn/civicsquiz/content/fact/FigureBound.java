package vn.civicsquiz.content.fact;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Optional;

/**
 * How exactly an article states a figure: the number itself, or a bound on it ("trên 50", "gần 29 triệu",
 * "khoảng 400 tỉ"). Recorded per figure as {@code attributes.bound}; the article's own word is {@code qualifier}.
 * A figure that is a bound can only be contradicted by a value on the false side of it, and a question that asks
 * for it asks for the number as the article states it.
 */
public enum FigureBound {
    /** The article gives the number: "247 chính đảng". */
    EXACT("exact"),
    /** At least the number ("ít nhất", "tối thiểu"). */
    AT_LEAST("at-least"),
    /** Strictly more: "hơn", "trên", "vượt mốc", "ngoài" ("ngoài 200 hải lý": beyond 200, so beyond 180 too). */
    MORE_THAN("more-than"),
    /** Close to it on either side: "khoảng". */
    ABOUT("about"),
    /** Close to it and below: "gần". */
    NEARLY("nearly"),
    /** Between two numbers: "1,5-1,6". */
    RANGE("range"),
    /** An order of magnitude in words: "hàng nghìn", "hàng chục nghìn". */
    VAGUE("vague");

    /** How far "khoảng" and "gần" may stray from the number: a tenth of it. */
    public static final BigDecimal NEAR = new BigDecimal("0.1");

    private final String slug;

    FigureBound(String slug) {
        this.slug = slug;
    }

    public String slug() {
        return slug;
    }

    public static Optional<FigureBound> fromSlug(String slug) {
        return Arrays.stream(values()).filter(b -> b.slug.equals(slug == null ? null : slug.strip())).findFirst();
    }

    /** The bound a figure records; a figure without one (only in tests' hand-made facts) is read from its hedge. */
    public static FigureBound of(Fact figure) {
        return fromSlug(figure.attribute("bound")).orElseGet(() -> implied(figure.attribute("qualifier"),
                figure.attribute("display")));
    }

    /** What the article's hedge word and written form imply: "trên" → more than, "gần" → nearly, "hàng nghìn" → vague. */
    public static FigureBound implied(String qualifier, String display) {
        String q = qualifier == null ? "" : qualifier.strip();
        switch (q) {
            case "hơn", "trên", "vượt mốc", "ngoài" -> {
                return MORE_THAN;
            }
            case "gần" -> {
                return NEARLY;
            }
            case "khoảng" -> {
                return ABOUT;
            }
            case "ít nhất", "tối thiểu" -> {
                return AT_LEAST;
            }
            default -> {
            }
        }
        if (display != null && !display.isBlank()) {
            if (display.matches(".*\\d\\s*-\\s*\\d.*")) {
                return RANGE;
            }
            if (!display.matches("[\\d.,]+")) {
                return display.startsWith("hàng") ? VAGUE : EXACT;
            }
        }
        return EXACT;
    }

    /** True when the article gives the number itself, so it can be asked and contradicted as a plain value. */
    public boolean exact() {
        return this == EXACT;
    }

    /**
     * True when a claim "the measure is {@code relation} {@code v}" is certainly false for a figure stated as this
     * bound of {@code x}: the two sets of possible values do not meet. Relations are the same hedges (null or blank
     * for a plain value). Vague and range figures contradict nothing for certain.
     */
    public boolean contradicts(BigDecimal x, FigureBound relation, BigDecimal v) {
        Interval truth = interval(this, x);
        Interval claim = interval(relation, v);
        return truth != null && claim != null && !truth.meets(claim);
    }

    /**
     * True when the article's own hedge with {@code v} in place of {@code x} is then true as well, or defensible: for
     * "trên 50" every "trên v" with v ≤ 50, for "gần 29" (below it) every v ≥ 29, for "khoảng 400" every v within a
     * tenth. Such a v may not be a distractor: a question on a bound has exactly one right answer only when every
     * other value lies on the side the article does not make true.
     */
    public boolean alsoTrueWith(BigDecimal x, BigDecimal v) {
        return switch (this) {
            case EXACT -> v.compareTo(x) == 0;
            case AT_LEAST, MORE_THAN -> v.compareTo(x) <= 0;
            case NEARLY -> v.compareTo(x) >= 0;
            case ABOUT -> v.subtract(x).abs().compareTo(x.abs().multiply(NEAR)) <= 0;
            case RANGE, VAGUE -> true;
        };
    }

    private static Interval interval(FigureBound bound, BigDecimal n) {
        BigDecimal slack = n.abs().multiply(NEAR);
        return switch (bound) {
            case EXACT -> new Interval(n, true, n, true);
            case AT_LEAST -> new Interval(n, true, null, false);
            case MORE_THAN -> new Interval(n, false, null, false);
            case ABOUT -> new Interval(n.subtract(slack), true, n.add(slack), true);
            case NEARLY -> new Interval(n.subtract(slack), true, n, false);
            case RANGE, VAGUE -> null;
        };
    }

    /** [low, high] with open or closed ends; a null high is unbounded. */
    private record Interval(BigDecimal low, boolean lowClosed, BigDecimal high, boolean highClosed) {

        boolean meets(Interval other) {
            return below(low, lowClosed, other.high, other.highClosed) && below(other.low, other.lowClosed, high,
                    highClosed);
        }

        /** Some value is ≥ low and ≤ high (respecting open ends). */
        private static boolean below(BigDecimal low, boolean lowClosed, BigDecimal high, boolean highClosed) {
            if (high == null) {
                return true;
            }
            int c = low.compareTo(high);
            return c < 0 || (c == 0 && lowClosed && highClosed);
        }
    }
}
