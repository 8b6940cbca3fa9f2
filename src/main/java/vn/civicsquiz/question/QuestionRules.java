package vn.civicsquiz.question;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import vn.civicsquiz.content.fact.FactSet;

/**
 * The one rule set every stored question obeys, whatever its origin: per-kind answer rules, 2–8 options
 * without duplicates after normalisation, complete orderings and matchings, a non-negative tolerance, length
 * limits that match the schema, a known topic and, when given, a real source. Returns every violation at
 * once so a teacher can fix them all in one go.
 */
public final class QuestionRules {

    public static final int MAX_TITLE = 200;
    public static final int MAX_STEM = 2000;
    public static final int MAX_EXPLANATION = 4000;
    public static final int MAX_QUOTE = 2000;
    public static final int MAX_TOPIC = 40;
    public static final int MAX_SOURCE_ID = 64;
    public static final int MAX_FACT_ID = 100;
    public static final int MAX_FACTS = 20;
    /** Said in the refusal, so that a teacher sees the allowed values. */
    static final String TOPICS = java.util.Arrays.stream(FactSet.values()).map(FactSet::slug)
            .collect(java.util.stream.Collectors.joining(", "));
    static final String KINDS = java.util.Arrays.stream(QuestionKind.values()).map(Enum::name)
            .collect(java.util.stream.Collectors.joining(", "));
    /** NUMERIC(24,6): 18 digits before the point, 6 after. */
    static final int MAX_INTEGER_DIGITS = vn.civicsquiz.platform.input.DecimalBounds.MAX_INTEGER_DIGITS;
    static final int MAX_DECIMALS = vn.civicsquiz.platform.input.DecimalBounds.MAX_FRACTION_DIGITS;

    private final Predicate<String> knownTopic;
    private final Predicate<String> knownSource;

    /**
     * @param knownTopic  which topics questions may have
     * @param knownSource which source ids are real articles
     */
    public QuestionRules(Predicate<String> knownTopic, Predicate<String> knownSource) {
        this.knownTopic = knownTopic;
        this.knownSource = knownSource;
    }

    /** Topics are the fact sets ({@code nine-tasks}, {@code figures}, ...). */
    public static Predicate<String> factSetTopics() {
        return topic -> FactSet.fromSlug(topic).isPresent();
    }

    public List<RuleViolation> check(QuestionDraft q) {
        List<RuleViolation> out = new ArrayList<>();
        if (q.kind() == null) {
            out.add(RuleViolation.of("kind", "bắt buộc: một trong " + KINDS, "required: one of " + KINDS));
        }
        if (blank(q.topic())) {
            out.add(RuleViolation.of("topic", "bắt buộc: một trong " + TOPICS, "required: one of " + TOPICS));
        } else if (q.topic().length() > MAX_TOPIC) {
            out.add(tooLong("topic", MAX_TOPIC));
        } else if (!knownTopic.test(q.topic())) {
            out.add(RuleViolation.of("topic", "không có chủ đề '" + q.topic() + "'; các chủ đề: " + TOPICS,
                    "unknown topic '" + q.topic() + "'; topics: " + TOPICS));
        }
        if (blank(q.stem())) {
            out.add(RuleViolation.required("stem"));
        }
        length(out, "stem", q.stem(), MAX_STEM);
        length(out, "title", q.title(), MAX_TITLE);
        length(out, "explanation", q.explanation(), MAX_EXPLANATION);
        length(out, "quote", q.quote(), MAX_QUOTE);
        if (!(q.difficulty() >= 0 && q.difficulty() <= 1)) {
            out.add(RuleViolation.of("difficulty", "phải từ 0 đến 1", "must be between 0 and 1"));
        }
        source(out, q);
        facts(out, q.factIds());
        if (q.kind() != null) {
            OptionRules.check(q, out);
        }
        return out;
    }

    private void source(List<RuleViolation> out, QuestionDraft q) {
        if (q.sourceId() == null) {
            if (q.quote() != null) {
                out.add(RuleViolation.of("quote", "câu trích cần sourceId của bài viết chứa nó",
                        "a quote needs the sourceId of the article it comes from"));
            }
        } else if (q.sourceId().length() > MAX_SOURCE_ID) {
            out.add(tooLong("sourceId", MAX_SOURCE_ID));
        } else if (!knownSource.test(q.sourceId())) {
            out.add(RuleViolation.of("sourceId", "không có bài viết '" + q.sourceId() + "' (xem GET /api/v1/sources)",
                    "no source article '" + q.sourceId() + "'"));
        }
    }

    private static void facts(List<RuleViolation> out, List<String> factIds) {
        if (factIds.size() > MAX_FACTS) {
            out.add(RuleViolation.of("factIds", "tối đa " + MAX_FACTS + " dữ kiện", "at most " + MAX_FACTS + " facts"));
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < factIds.size(); i++) {
            String id = factIds.get(i);
            String field = "factIds[" + i + "]";
            if (blank(id)) {
                out.add(RuleViolation.required(field));
            } else if (id.length() > MAX_FACT_ID) {
                out.add(tooLong(field, MAX_FACT_ID));
            } else if (!seen.add(id)) {
                out.add(RuleViolation.of(field, "'" + id + "' được liệt kê hai lần", "'" + id + "' is listed twice"));
            }
        }
    }

    /** A number the schema can store exactly: at most 18 digits before the point and 6 after. */
    static boolean storable(BigDecimal n) {
        return vn.civicsquiz.platform.input.DecimalBounds.fits(n);
    }

    static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    static void length(List<RuleViolation> out, String field, String text, int max) {
        if (text != null && text.length() > max) {
            out.add(tooLong(field, max));
        }
    }

    private static RuleViolation tooLong(String field, int max) {
        return RuleViolation.of(field, "tối đa " + max + " ký tự", "at most " + max + " characters");
    }
}
