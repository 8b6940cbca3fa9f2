package vn.civicsquiz.generate;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import vn.civicsquiz.content.fact.Fact;
import vn.civicsquiz.content.fact.FactSet;
import vn.civicsquiz.content.text.TextNormaliser;
import vn.civicsquiz.question.QuestionDraft;
import vn.civicsquiz.question.QuestionDraft.OptionDraft;
import vn.civicsquiz.question.QuestionKind;

import static vn.civicsquiz.generate.FigureWording.counts;
import static vn.civicsquiz.generate.FigureWording.display;
import static vn.civicsquiz.generate.FigureWording.when;

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
            changedNumber(figure, base, seed).ifPresent(out::add);
            out.add(typed(figure, base));
        }
        for (int round = 0; round < MATCHING_ROUNDS; round++) {
            Dice dice = Dice.of(seed, "figure-matching/" + round);
            for (List<Fact> group : groups(dice.shuffled(figures))) {
                out.add(matching(group, dice));
            }
        }
        return out;
    }

    private Optional<QuestionDraft> changedNumber(Fact figure, FactBase base, long seed) {
        List<BigDecimal> near = NearValues.candidates(figure, base);
        if (near.isEmpty()) {
            return Optional.empty();
        }
        // the two nearest on either side are the subtle changes a careless reader misses
        BigDecimal changed = Dice.of(seed, "changed-number/" + figure.id()).pick(near.subList(0, Math.min(2, near.size())));
        String answer = "Sai. " + FigureWording.statement(figure, figure.value());
        return Optional.of(Drafts.trueFalse(FigureWording.statement(figure, changed), false, answer,
                0.3 + FigureQuestions.closeness(figure.value(), List.of(changed)), List.of(figure)));
    }

    /** NUMERIC: the tolerance is stated in the stem and never wide enough to accept another date's value. */
    private QuestionDraft typed(Fact figure, FactBase base) {
        BigDecimal tolerance = tolerance(figure, base);
        String stem = when(figure) + ", có bao nhiêu " + FigureWording.countsPhrase(figure) + "? Nhập một số"
                + (tolerance.signum() == 0 ? " chính xác." : " (chấp nhận sai lệch ±" + Vietnamese.number(tolerance)
                + ").");
        return Drafts.numeric(stem, figure.value().stripTrailingZeros(), tolerance,
                FigureWording.statement(figure, figure.value()), 0.7, List.of(figure));
    }

    /** About 5% of the value in the figure's own precision, narrowed below any other value known for the count. */
    static BigDecimal tolerance(Fact figure, FactBase base) {
        BigDecimal value = figure.value();
        int scale = Math.max(0, value.stripTrailingZeros().scale());
        BigDecimal step = BigDecimal.ONE.movePointLeft(scale);
        if (scale == 0 && value.compareTo(BigDecimal.valueOf(20)) <= 0) {
            return BigDecimal.ZERO;
        }
        BigDecimal tolerance = value.multiply(new BigDecimal("0.05")).setScale(scale, RoundingMode.DOWN);
        for (BigDecimal other : base.knownValues(figure)) {
            if (other.compareTo(value) != 0) {
                BigDecimal gap = other.subtract(value).abs().subtract(step);
                tolerance = tolerance.min(gap.max(BigDecimal.ZERO));
            }
        }
        return tolerance.stripTrailingZeros().max(BigDecimal.ZERO);
    }

    /** Groups of four with four different numbers and four different counts, so each pair has one answer. */
    private static List<List<Fact>> groups(List<Fact> shuffled) {
        List<List<Fact>> groups = new ArrayList<>();
        List<Fact> current = new ArrayList<>();
        Set<String> numbers = new HashSet<>();
        Set<String> counts = new HashSet<>();
        for (Fact figure : shuffled) {
            String number = figure.value().stripTrailingZeros().toPlainString();
            String what = Folding.fold(counts(figure));
            if (numbers.contains(number) || counts.contains(what)) {
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

    private QuestionDraft matching(List<Fact> group, Dice dice) {
        List<OptionDraft> options = new ArrayList<>();
        StringBuilder answer = new StringBuilder();
        for (Fact figure : group) {
            String what = FigureWording.countsOption(figure) + " (" + when(figure).toLowerCase(TextNormaliser.VIETNAMESE) + ")";
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
