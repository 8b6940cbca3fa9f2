package vn.civicsquiz.generate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import vn.civicsquiz.content.fact.Fact;
import vn.civicsquiz.content.fact.FactSet;

/**
 * The whole curated fact base, indexed for question building and, above all, for checking that a wrong option is
 * not accidentally true somewhere else in the facts.
 */
final class FactBase {

    private final Map<FactSet, List<Fact>> bySet = new EnumMap<>(FactSet.class);
    private final List<Fact> all;
    /** Each figure's measure (see {@link #sameMeasure}) and the values known for it, found once for all figures. */
    private final Map<Fact, List<Fact>> measures = new HashMap<>();
    private final Map<Fact, Set<BigDecimal>> knownValueSets = new HashMap<>();

    FactBase(Collection<Fact> facts) {
        // sorted so that the bank depends on the facts, never on the order a loader returned them in
        this.all = facts.stream().sorted(Comparator.comparing(Fact::id)).toList();
        for (FactSet set : FactSet.values()) {
            bySet.put(set, new ArrayList<>());
        }
        all.forEach(f -> bySet.get(f.set()).add(f));
        bySet.replaceAll((set, list) -> list.stream()
                .sorted(Comparator.comparing((Fact f) -> f.ordinal() == null ? Integer.MAX_VALUE : f.ordinal())
                        .thenComparing(Fact::id))
                .toList());
        indexMeasures();
    }

    /**
     * The figures linked by an equal count or by {@code relatedTo}, as connected components found in one pass (a
     * union-find), so asking for a figure's measure costs its size instead of a walk over every figure each time:
     * an article of a few hundred figures drafts in well under a second instead of minutes.
     */
    private void indexMeasures() {
        List<Fact> figures = of(FactSet.FIGURES);
        int[] parent = new int[figures.size()];
        Map<String, Integer> firstWithCounts = new HashMap<>();
        Map<String, Integer> byId = new HashMap<>();
        for (int i = 0; i < figures.size(); i++) {
            parent[i] = i;
            byId.putIfAbsent(figures.get(i).id(), i);
        }
        for (int i = 0; i < figures.size(); i++) {
            Fact figure = figures.get(i);
            Integer same = firstWithCounts.putIfAbsent(Folding.fold(figure.attribute("counts")), i);
            if (same != null) {
                union(parent, same, i);
            }
            Integer related = figure.attribute("relatedTo") == null ? null : byId.get(figure.attribute("relatedTo"));
            if (related != null) {
                union(parent, related, i);
            }
        }
        Map<Integer, List<Fact>> components = new HashMap<>();
        for (int i = 0; i < figures.size(); i++) {
            components.computeIfAbsent(root(parent, i), r -> new ArrayList<>()).add(figures.get(i));
        }
        for (List<Fact> component : components.values()) {
            List<Fact> members = List.copyOf(component);
            Set<BigDecimal> values = new HashSet<>();
            valuesOf(members).forEach(v -> values.add(normal(v)));
            for (Fact member : members) {
                measures.putIfAbsent(member, members);
                knownValueSets.putIfAbsent(member, values);
            }
        }
    }

    private static int root(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static void union(int[] parent, int a, int b) {
        int ra = root(parent, a);
        int rb = root(parent, b);
        if (ra != rb) {
            parent[Math.max(ra, rb)] = Math.min(ra, rb);
        }
    }

    private static BigDecimal normal(BigDecimal value) {
        return value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros();
    }

    List<Fact> all() {
        return all;
    }

    /** Facts of one family; ordered families come in their ordinal order. */
    List<Fact> of(FactSet set) {
        return bySet.get(set);
    }

    Optional<Fact> byOrdinal(FactSet set, int ordinal) {
        return of(set).stream().filter(f -> f.ordinal() != null && f.ordinal() == ordinal).findFirst();
    }

    /** True when the text names a member of the family (same label after folding, or the label is contained). */
    boolean isMember(FactSet set, String text) {
        String folded = Folding.fold(text);
        return of(set).stream().anyMatch(f -> folded.equals(Folding.fold(f.label())));
    }

    /** True when the text is close enough to any member of the family to be arguably one of them. */
    boolean resembles(FactSet set, String text) {
        return isMember(set, text) || of(set).stream().anyMatch(f -> WordOverlap.covers(f.text() + " " + f.label(), text));
    }

    /**
     * Figures of the same measure: the same count, or linked by {@code relatedTo} (the same measure at another date
     * or in another article, worded differently), followed transitively.
     */
    List<Fact> sameMeasure(Fact figure) {
        List<Fact> indexed = measures.get(figure);
        if (indexed != null) {
            List<Fact> found = new ArrayList<>(List.of(figure));
            indexed.stream().filter(f -> !f.equals(figure)).forEach(found::add);
            return found;
        }
        List<Fact> found = new ArrayList<>(List.of(figure));
        for (int i = 0; i < found.size(); i++) {
            Fact current = found.get(i);
            String counts = Folding.fold(current.attribute("counts"));
            for (Fact other : of(FactSet.FIGURES)) {
                boolean linked = counts.equals(Folding.fold(other.attribute("counts")))
                        || other.id().equals(current.attribute("relatedTo"))
                        || current.id().equals(other.attribute("relatedTo"));
                if (linked && !found.contains(other)) {
                    found.add(other);
                }
            }
        }
        return found;
    }

    /** Every value the fact base gives for this measure, and the totals it is a part of (189 of 193). */
    List<BigDecimal> knownValues(Fact figure) {
        return valuesOf(sameMeasure(figure));
    }

    private static List<BigDecimal> valuesOf(List<Fact> measure) {
        List<BigDecimal> values = new ArrayList<>();
        for (Fact f : measure) {
            if (f.value() != null) {
                values.add(f.value());
            }
            parse(f.attribute("of")).ifPresent(values::add);
        }
        return values;
    }

    /** True when the value is right for this measure at some date, so it may never be offered as a wrong one. */
    boolean isKnownValue(Fact figure, BigDecimal value) {
        Set<BigDecimal> known = knownValueSets.get(figure);
        if (known != null) {
            return known.contains(normal(value));
        }
        return knownValues(figure).stream().anyMatch(v -> v.compareTo(value) == 0);
    }

    /** The total a part cannot exceed ("189/193"), if the fact base gives one. */
    Optional<BigDecimal> ceiling(Fact figure) {
        return parse(figure.attribute("of"));
    }

    private static Optional<BigDecimal> parse(String number) {
        try {
            return number == null || number.isBlank() ? Optional.empty() : Optional.of(new BigDecimal(number.strip()));
        } catch (NumberFormatException notANumber) {
            return Optional.empty();
        }
    }

    /** True when the fact base says this person held this role (same person may hold a role at several dates). */
    boolean holdsRole(String name, String role) {
        String n = Folding.fold(name);
        String r = Folding.fold(role);
        return of(FactSet.PEOPLE).stream().anyMatch(p -> n.equals(Folding.fold(p.attribute("name")))
                && sameRole(r, Folding.fold(p.attribute("role"))));
    }

    /** True when the fact base lists this person as chair of an event with this name ("Tổng Bí thư Nguyễn Phú Trọng"). */
    boolean chaired(String name, String eventName) {
        String n = Folding.fold(name);
        String e = Folding.fold(eventName);
        return of(FactSet.EVENTS).stream().anyMatch(ev -> e.equals(Folding.fold(ev.attribute("name")))
                && ev.attribute("chair") != null && Folding.fold(ev.attribute("chair")).contains(n));
    }

    /** True when an event with this name took place on this date according to the fact base. */
    boolean heldOn(String eventName, String date) {
        String e = Folding.fold(eventName);
        return of(FactSet.EVENTS).stream().anyMatch(ev -> e.equals(Folding.fold(ev.attribute("name")))
                && date.equals(ev.attribute("date")));
    }

    /** True when some phrase has this meaning (two phrases could be curated with one meaning). */
    boolean means(String phrase, String meaning) {
        String p = Folding.fold(phrase);
        String m = Folding.fold(meaning);
        return of(FactSet.PHRASES).stream().anyMatch(f -> p.equals(Folding.fold(f.attribute("phrase")))
                && m.equals(Folding.fold(f.attribute("meaning"))));
    }

    /**
     * One role contains the other word for word: "Phó Bí thư Thành ủy Hà Nội" is also true of the "Phó Bí thư
     * Thường trực Thành ủy Hà Nội", and "Tổng Bí thư" of the "Tổng Bí thư, Chủ tịch nước".
     */
    private static boolean sameRole(String a, String b) {
        Set<String> x = WordOverlap.words(a);
        Set<String> y = WordOverlap.words(b);
        return x.containsAll(y) || y.containsAll(x);
    }
}
