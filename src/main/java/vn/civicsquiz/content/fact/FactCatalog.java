package vn.civicsquiz.content.fact;

import vn.civicsquiz.content.text.TextNormaliser;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The curated facts, read from {@code questions/facts/<set-slug>.yaml} on the classpath (one file per {@link FactSet}).
 * Checks the structure of every entry; whether quotes are grounded in the articles is checked by
 * {@link FactGrounding}. Display texts are normalised with {@link TextNormaliser#display(String)}; what questions
 * print inside «…» as the article's words (quotes, labels, the phrase attribute) only to NFC, so that they stay
 * verbatim ("hoá" stays "hoá" where the article writes it so).
 */
public final class FactCatalog {

    public static final String DIRECTORY = "questions/facts/";
    public static final Set<FactSet> ORDERED_SETS = EnumSet.of(FactSet.NINE_TASKS, FactSet.FIVE_LESSONS,
            FactSet.THREE_PILLARS);
    /** Attributes that hold the article's own words, printed in «…». */
    private static final Set<String> VERBATIM_ATTRIBUTES = Set.of("phrase");
    private static final Pattern AS_OF = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");
    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private final List<Fact> facts;

    private FactCatalog(List<Fact> facts) {
        this.facts = List.copyOf(facts);
    }

    /** Loads every set shipped with the application. */
    public static FactCatalog load() {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory())
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
        ClassLoader classLoader = FactCatalog.class.getClassLoader();
        List<Fact> facts = new ArrayList<>();
        for (FactSet set : FactSet.values()) {
            String resource = DIRECTORY + set.slug() + ".yaml";
            try (InputStream in = classLoader.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("Missing fact file " + resource);
                }
                facts.addAll(toFacts(resource, set, yaml.readValue(in, FactFile.class)));
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read " + resource, e);
            }
        }
        return new FactCatalog(facts);
    }

    /** All facts, set by set in {@link FactSet} order; ordered sets by ordinal, the others in file order. */
    public List<Fact> facts() {
        return facts;
    }

    /** The facts of one set; ordered sets by ordinal. */
    public List<Fact> bySet(FactSet set) {
        return facts.stream().filter(f -> f.set() == set)
                .sorted(Comparator.comparing(f -> f.ordinal() == null ? 0 : f.ordinal())).toList();
    }

    public Optional<Fact> find(String id) {
        return facts.stream().filter(f -> f.id().equals(id)).findFirst();
    }

    private static List<Fact> toFacts(String resource, FactSet set, FactFile file) {
        if (!set.slug().equals(file.set())) {
            throw new IllegalStateException(resource + " declares set '" + file.set() + "', expected " + set.slug());
        }
        List<Fact> facts = new ArrayList<>();
        for (Entry entry : file.facts() == null ? List.<Entry>of() : file.facts()) {
            facts.add(toFact(resource, set, entry));
        }
        if (ORDERED_SETS.contains(set)) {
            facts.sort(Comparator.comparing(Fact::ordinal));
        }
        return facts;
    }

    private static Fact toFact(String resource, FactSet set, Entry e) {
        String where = resource + " fact " + e.id();
        require(e.id() != null && ID.matcher(e.id()).matches(), where + ": id must be lower-case words joined by -");
        require(notBlank(e.label()) && notBlank(e.text()), where + ": label and text are required");
        require(notBlank(e.source()) && notBlank(e.quote()), where + ": source and quote are required");
        require(e.asOf() != null && AS_OF.matcher(e.asOf()).matches(), where + ": asOf must be yyyy[-mm[-dd]]");
        require(ORDERED_SETS.contains(set) == (e.ordinal() != null), where + ": ordinal only and always in ordered sets");
        if (set == FactSet.FIGURES) {
            require(e.value() != null && notBlank(e.unit()), where + ": a figure needs value and unit");
        }
        Map<String, String> attributes = new LinkedHashMap<>();
        if (e.attributes() != null) {
            e.attributes().forEach((key, value) -> attributes.put(key,
                    VERBATIM_ATTRIBUTES.contains(key) ? TextNormaliser.nfc(value) : TextNormaliser.display(value)));
        }
        return new Fact(e.id(), set, e.ordinal(), TextNormaliser.nfc(e.label()), TextNormaliser.display(e.text()),
                e.value(), e.unit() == null ? null : TextNormaliser.display(e.unit()), e.asOf(), e.source(),
                TextNormaliser.nfc(e.quote()), attributes);
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalStateException(message);
        }
    }

    private record FactFile(String set, List<Entry> facts) {
    }

    private record Entry(String id, Integer ordinal, String label, String text, BigDecimal value, String unit,
                         String asOf, String source, String quote, Map<String, String> attributes) {
    }
}
