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

/**
 * Figures as choices: how many (near values as distractors; a bound is asked as the number the article states) and
 * what a number counts (other counts as distractors, only for a number no other figure shares).
 */
final class FigureQuestions implements QuestionTemplate {

    @Override
    public List<QuestionDraft> build(FactBase base, long seed) {
        List<QuestionDraft> out = new ArrayList<>();
        for (Fact figure : base.of(FactSet.FIGURES)) {
            if (FigureWording.usable(figure)) {
                howMany(figure, base, seed).ifPresent(out::add);
            }
            if (FigureWording.counted(figure) && !FigureWording.wholeGroup(figure) && uniqueNumber(figure, base)) {
                whatItCounts(figure, base, seed).ifPresent(out::add);
            }
        }
        return out;
    }

    /**
     * "Đến tháng 12/2021, có bao nhiêu …?" with values as options for an exact figure; for a bound, the statement with
     * the number left out and bare numbers as options ("trên … quốc gia": 50, 40, 55, 35).
     */
    private Optional<QuestionDraft> howMany(Fact figure, FactBase base, long seed) {
        Dice dice = Dice.of(seed, "how-many/" + figure.id());
        List<BigDecimal> wrong = NearValues.around(figure, base, dice, 3);
        if (wrong.size() < 3) {
            return Optional.empty();
        }
        String answer = FigureWording.statement(figure, figure.value());
        double difficulty = 0.35 + closeness(figure.value(), wrong);
        if (FigureWording.exact(figure)) {
            return Optional.of(Drafts.single(QuestionKind.SINGLE, FigureWording.howMany(figure),
                    FigureWording.option(figure, figure.value()),
                    wrong.stream().map(v -> FigureWording.option(figure, v)).toList(), answer, difficulty,
                    List.of(figure)));
        }
        return Optional.of(Drafts.single(QuestionKind.SINGLE, FigureWording.fillIn(figure),
                Vietnamese.number(figure.value()), wrong.stream().map(Vietnamese::number).toList(), answer,
                difficulty, List.of(figure)));
    }

    /** No other figure of the base has this number: "Con số «5» chỉ điều gì?" would have several right answers. */
    static boolean uniqueNumber(Fact figure, FactBase base) {
        return base.of(FactSet.FIGURES).stream().filter(other -> other != figure && other.value() != null)
                .noneMatch(other -> other.value().compareTo(figure.value()) == 0
                        || Folding.fold(FigureWording.bare(other)).equals(Folding.fold(FigureWording.bare(figure))));
    }

    /** "Trong các bài viết, con số «247» chỉ điều gì?" */
    private Optional<QuestionDraft> whatItCounts(Fact figure, FactBase base, long seed) {
        Dice dice = Dice.of(seed, "what-it-counts/" + figure.id());
        Map<String, Fact> byCounts = new LinkedHashMap<>();
        for (Fact other : dice.shuffled(base.of(FactSet.FIGURES))) {
            String key = Folding.fold(counts(other));
            if (FigureWording.counted(other) && !key.equals(Folding.fold(counts(figure)))
                    && !base.sameMeasure(figure).contains(other) && !base.isKnownValue(other, figure.value())
                    && FigureKinds.plausibleReading(other, figure)) {
                byCounts.putIfAbsent(key, other);
            }
        }
        // same unit first: "quốc gia" against "quốc gia" is the closest choice
        List<Fact> candidates = byCounts.values().stream()
                .sorted(Comparator.comparing((Fact f) -> !sameUnit(f, figure))).toList();
        if (candidates.size() < 3) {
            return Optional.empty();
        }
        List<String> wrong = candidates.subList(0, 3).stream().map(FigureWording::countsOption).toList();
        String stem = "Trong các bài viết, con số " + Drafts.quoted(FigureWording.bare(figure)) + " chỉ điều gì?";
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
