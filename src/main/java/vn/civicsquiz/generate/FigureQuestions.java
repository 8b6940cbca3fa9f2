package vn.civicsquiz.generate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import vn.civicsquiz.content.fact.Fact;
import vn.civicsquiz.content.fact.FactSet;
import vn.civicsquiz.question.QuestionDraft;
import vn.civicsquiz.question.QuestionKind;

import static vn.civicsquiz.generate.FigureWording.counts;
import static vn.civicsquiz.generate.FigureWording.display;
import static vn.civicsquiz.generate.FigureWording.when;

/** Figures as choices: how many (near values as distractors) and what a number counts (other counts as distractors). */
final class FigureQuestions implements QuestionTemplate {

    @Override
    public List<QuestionDraft> build(FactBase base, long seed) {
        List<QuestionDraft> out = new ArrayList<>();
        for (Fact figure : base.of(FactSet.FIGURES)) {
            if (FigureWording.usable(figure)) {
                howMany(figure, base, seed).ifPresent(out::add);
            }
            if (FigureWording.counted(figure)) {
                whatItCounts(figure, base, seed).ifPresent(out::add);
            }
        }
        return out;
    }

    /** "Đến năm 2021, số … là bao nhiêu?" */
    private Optional<QuestionDraft> howMany(Fact figure, FactBase base, long seed) {
        Dice dice = Dice.of(seed, "how-many/" + figure.id());
        List<BigDecimal> wrong = NearValues.around(figure, base, dice, 3);
        if (wrong.size() < 3) {
            return Optional.empty();
        }
        String stem = when(figure) + ", có bao nhiêu " + FigureWording.countsPhrase(figure) + "?";
        String answer = FigureWording.statement(figure, figure.value());
        return Optional.of(Drafts.single(QuestionKind.SINGLE, stem, FigureWording.option(figure, figure.value()),
                wrong.stream().map(v -> FigureWording.option(figure, v)).toList(), answer,
                0.35 + closeness(figure.value(), wrong), List.of(figure)));
    }

    /** "Con số 247 (năm 2021) trong các bài viết chỉ điều gì?" */
    private Optional<QuestionDraft> whatItCounts(Fact figure, FactBase base, long seed) {
        Dice dice = Dice.of(seed, "what-it-counts/" + figure.id());
        Map<String, Fact> byCounts = new LinkedHashMap<>();
        for (Fact other : dice.shuffled(base.of(FactSet.FIGURES))) {
            String key = Folding.fold(counts(other));
            if (FigureWording.counted(other) && !key.equals(Folding.fold(counts(figure)))
                    && !base.isKnownValue(other, figure.value())) {
                byCounts.putIfAbsent(key, other);
            }
        }
        // same unit first: "quốc gia" against "quốc gia" is a real choice, "quốc gia" against "tỷ USD" is not
        List<Fact> candidates = byCounts.values().stream()
                .sorted(Comparator.comparing((Fact f) -> !sameUnit(f, figure))).toList();
        if (candidates.size() < 3) {
            return Optional.empty();
        }
        List<String> wrong = candidates.subList(0, 3).stream().map(FigureWording::countsOption).toList();
        String year = Vietnamese.year(figure.asOf());
        String stem = "Trong các bài viết, con số " + Drafts.quoted(FigureWording.bare(figure))
                + (year == null ? "" : " (năm " + year + ")") + " chỉ điều gì?";
        return Optional.of(Drafts.single(QuestionKind.SINGLE, stem, FigureWording.countsOption(figure),
                wrong, FigureWording.statement(figure, figure.value()), 0.4, List.of(figure)));
    }

    private static boolean sameUnit(Fact a, Fact b) {
        return Folding.fold(a.unit()).equals(Folding.fold(b.unit()));
    }

    /** Harder when a wrong value is within a tenth of the right one. */
    static double closeness(BigDecimal value, List<BigDecimal> wrong) {
        double nearest = wrong.stream()
                .mapToDouble(w -> Math.abs(w.subtract(value).doubleValue()) / value.doubleValue())
                .min().orElse(1);
        return nearest < 0.1 ? 0.2 : nearest < 0.2 ? 0.1 : 0.0;
    }
}
