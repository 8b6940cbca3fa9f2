package vn.civicsquiz.generate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import vn.civicsquiz.content.fact.Fact;
import vn.civicsquiz.content.fact.FactSet;
import vn.civicsquiz.question.QuestionDraft;
import vn.civicsquiz.question.QuestionDraft.OptionDraft;
import vn.civicsquiz.question.QuestionKind;

import static vn.civicsquiz.generate.FigureWording.counts;
import static vn.civicsquiz.generate.FigureWording.display;

/** Figures as statements (true, or with the number changed), as typed numbers, and matched to what they count. */
final class FigureStatements implements QuestionTemplate {

    private static final int MATCHING_GROUP = 4;
    private static final int MATCHING_ROUNDS = 2;

    @Override
    public List<QuestionDraft> build(FactBase base, long seed) {
        List<QuestionDraft> out = new ArrayList<>();
        for (Fact figure : base.of(FactSet.FIGURES).stream().filter(FigureWording::counted).toList()) {
            out.add(Drafts.trueFalse(FigureWording.statement(figure, figure.value()), true,
                    "Đúng. " + FigureWording.statement(figure, figure.value()), 0.2, List.of(figure)));
        }
        List<Fact> figures = base.of(FactSet.FIGURES).stream().filter(FigureWording::usable).toList();
        for (Fact figure : figures) {
            if (FigureWording.exact(figure)) {
                changedNumber(figure, base, seed).ifPresent(out::add);
            }
            out.add(typed(figure));
        }
        for (int round = 0; round < MATCHING_ROUNDS; round++) {
            Dice dice = Dice.of(seed, "figure-matching/" + round);
            for (List<Fact> group : groups(base, dice.shuffled(figures))) {
                out.add(matching(group, dice));
            }
        }
        return out;
    }

    /**
     * A false statement: an exact figure with its number changed. A bound ("trên 50") is never changed: "trên 45"
     * would be true as well, and "trên 55" might be.
     */
    private Optional<QuestionDraft> changedNumber(Fact figure, FactBase base, long seed) {
        List<BigDecimal> near = NearValues.candidates(figure, base);
        if (near.isEmpty() || wholeGroup(figure)) {
            return Optional.empty();
        }
        // the two nearest on either side are the subtle changes a careless reader misses
        BigDecimal changed = Dice.of(seed, "changed-number/" + figure.id()).pick(near.subList(0, Math.min(2, near.size())));
        String answer = "Sai. " + FigureWording.statement(figure, figure.value());
        return Optional.of(Drafts.trueFalse(FigureWording.statement(figure, changed), false, answer,
                0.3 + FigureQuestions.closeness(figure.value(), List.of(changed)), List.of(figure)));
    }

    /**
     * "All 5 permanent members" is the whole group: "có cả 3 nước thành viên thường trực" would read as a part of it,
     * which is true, so such a figure is never changed into a false statement.
     */
    private static boolean wholeGroup(Fact figure) {
        return NearValues.limit(figure, "max").filter(max -> max.compareTo(figure.value()) == 0).isPresent();
    }

    /**
     * NUMERIC, always with no tolerance: an exact count is asked as itself; a bound is asked as the number the
     * article states, in the statement with that number left out.
     */
    private QuestionDraft typed(Fact figure) {
        String stem = FigureWording.exact(figure)
                ? FigureWording.howMany(figure) + " Nhập đúng con số bài viết nêu."
                : FigureWording.fillIn(figure) + " Nhập con số đó.";
        return Drafts.numeric(stem, figure.value().stripTrailingZeros(), BigDecimal.ZERO,
                FigureWording.statement(figure, figure.value()), 0.7, List.of(figure));
    }

    /**
     * Groups of four with four different numbers and four different measures, so each pair has one answer and no
     * pair is told by its date alone (35 years of đổi mới in 2021, 40 in 2024).
     */
    private static List<List<Fact>> groups(FactBase base, List<Fact> shuffled) {
        List<List<Fact>> groups = new ArrayList<>();
        List<Fact> current = new ArrayList<>();
        Set<String> numbers = new HashSet<>();
        Set<String> counts = new HashSet<>();
        for (Fact figure : shuffled) {
            String number = figure.value().stripTrailingZeros().toPlainString();
            String what = Folding.fold(counts(figure));
            boolean sameMeasure = current.stream().anyMatch(m -> base.sameMeasure(figure).contains(m));
            if (numbers.contains(number) || counts.contains(what) || sameMeasure || !apart(figure, current)) {
                continue;
            }
            current.add(figure);
            numbers.add(number);
            counts.add(what);
            if (current.size() == MATCHING_GROUP) {
                groups.add(current);
                current = new ArrayList<>();
                numbers.clear();
                counts.clear();
            }
        }
        return groups;
    }

    /**
     * Graded all or nothing, a matching has one answer only if no row's value also fits another row's number:
     * "trên 50" fits 193 quốc gia, so the two never share a matching.
     */
    private static boolean apart(Fact figure, List<Fact> group) {
        return group.stream().allMatch(m -> FigureKinds.ruledOut(figure, m) && FigureKinds.ruledOut(m, figure));
    }

    private QuestionDraft matching(List<Fact> group, Dice dice) {
        List<OptionDraft> options = new ArrayList<>();
        StringBuilder answer = new StringBuilder();
        for (Fact figure : group) {
            String what = FigureWording.countsOption(figure);
            // the bare number: with its unit ("247 chính đảng") the pair would match itself
            options.add(new OptionDraft(what, true, null, FigureWording.bare(figure), null, null));
            answer.append(answer.length() == 0 ? "" : "; ").append(what).append(": ")
                    .append(display(figure, figure.value()));
        }
        String stem = "Ghép mỗi nội dung với con số đúng theo các bài viết.";
        return Drafts.draft(QuestionKind.MATCHING, stem, dice.shuffled(options), null, null, answer.toString(), 0.6,
                group);
    }
}
