package vn.civicsquiz.generate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import vn.civicsquiz.content.fact.Fact;
import vn.civicsquiz.content.fact.FactSet;
import vn.civicsquiz.question.QuestionDraft;
import vn.civicsquiz.question.QuestionDraft.OptionDraft;
import vn.civicsquiz.question.QuestionKind;

/**
 * ORDERING by size: exact figures (never a bound: "hơn 140" may exceed 189) that count the same kind of thing
 * (countries, organisations) put from fewest to most.
 * Values closer than a tenth are never put side by side, so the order is a matter of knowing, not of guessing.
 */
final class FigureOrdering implements QuestionTemplate {

    private static final double MIN_RATIO = 1.1;

    @Override
    public List<QuestionDraft> build(FactBase base, long seed) {
        List<QuestionDraft> out = new ArrayList<>();
        for (List<Fact> family : byUnit(base).values()) {
            List<Fact> spread = wellSpread(family);
            if (spread.size() < 3) {
                continue;
            }
            Set<List<Fact>> subsets = new LinkedHashSet<>();
            subsets.add(spread.subList(0, Math.min(4, spread.size())));
            Dice dice = Dice.of(seed, "figure-ordering/" + spread.get(0).id());
            for (int i = 0; i < spread.size(); i++) {
                subsets.add(sortedByValue(dice.sample(spread, 3)));
            }
            subsets.forEach(subset -> out.add(ordering(subset, dice)));
        }
        return out;
    }

    /**
     * "quốc gia" and "nước" are one unit; one figure per measure (the latest), so 189 and 193 never compete, nor
     * 35 and 40 years of đổi mới, whose order the dates alone would give.
     */
    private static Map<String, List<Fact>> byUnit(FactBase base) {
        Map<String, Map<String, Fact>> latestPerCount = new LinkedHashMap<>();
        for (Fact figure : base.of(FactSet.FIGURES)) {
            if (!FigureWording.usable(figure) || !FigureWording.exact(figure) || figure.unit() == null) {
                continue;
            }
            String unit = Folding.fold(figure.unit()).equals("nước") ? "quốc gia" : Folding.fold(figure.unit());
            latestPerCount.computeIfAbsent(unit, u -> new LinkedHashMap<>())
                    .merge(measureKey(base, figure), figure,
                            (a, b) -> String.valueOf(a.asOf()).compareTo(String.valueOf(b.asOf())) >= 0 ? a : b);
        }
        Map<String, List<Fact>> out = new LinkedHashMap<>();
        latestPerCount.forEach((unit, figures) -> out.put(unit, sortedByValue(figures.values())));
        return out;
    }

    /** The same key for every figure of one measure: the same count, or linked by {@code relatedTo}. */
    private static String measureKey(FactBase base, Fact figure) {
        return base.sameMeasure(figure).stream().map(Fact::id).sorted().findFirst().orElse(figure.id());
    }

    /** Keeps, from smallest up, only figures at least a tenth larger than the one kept before. */
    private static List<Fact> wellSpread(List<Fact> sorted) {
        List<Fact> kept = new ArrayList<>();
        for (Fact figure : sorted) {
            if (kept.isEmpty() || ratio(figure.value(), kept.get(kept.size() - 1).value()) >= MIN_RATIO) {
                kept.add(figure);
            }
        }
        return kept;
    }

    private static double ratio(BigDecimal larger, BigDecimal smaller) {
        return larger.doubleValue() / smaller.doubleValue();
    }

    private static List<Fact> sortedByValue(java.util.Collection<Fact> figures) {
        return figures.stream().sorted(Comparator.comparing(Fact::value).thenComparing(Fact::id)).toList();
    }

    private QuestionDraft ordering(List<Fact> subset, Dice dice) {
        List<OptionDraft> options = new ArrayList<>();
        StringBuilder answer = new StringBuilder("Từ ít đến nhiều: ");
        for (int i = 0; i < subset.size(); i++) {
            Fact figure = subset.get(i);
            String text = FigureWording.countsOption(figure);
            options.add(new OptionDraft(text, true, i + 1, null, null, null));
            answer.append(i == 0 ? "" : "; ").append(FigureWording.display(figure, figure.value()));
        }
        List<OptionDraft> shown = dice.shuffled(options);
        if (shown.equals(options)) {
            shown = new ArrayList<>(options.subList(1, options.size()));
            shown.add(options.get(0));
        }
        String stem = "Sắp xếp các nội dung sau theo số lượng từ ít đến nhiều, theo các bài viết.";
        return Drafts.draft(QuestionKind.ORDERING, stem, shown, null, null, answer.toString(), 0.7, subset);
    }
}
