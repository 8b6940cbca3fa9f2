package vn.civicsquiz.generate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
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
        List<BigDecimal> values = new ArrayList<>();
        for (Fact f : sameMeasure(figure)) {
            if (f.value() != null) {
                values.add(f.value());
            }
            parse(f.attribute("of")).ifPresent(values::add);
        }
        return values;
    }

    /** True when the value is right for this measure at some date, so it may never be offered as a wrong one. */
    boolean isKnownValue(Fact figure, BigDecimal value) {
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
