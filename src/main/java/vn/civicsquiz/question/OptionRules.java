package vn.civicsquiz.question;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import vn.civicsquiz.content.text.TextNormaliser;
import vn.civicsquiz.question.QuestionDraft.OptionDraft;

/** The answer rules of each {@link QuestionKind}. */
final class OptionRules {

    static final int MIN_OPTIONS = 2;
    static final int MAX_OPTIONS = 8;
    static final int MAX_OPTION_TEXT = 500;
    static final int MAX_FEEDBACK = 1000;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    /** Thirds written as 33.333 add up to 99.999. */
    private static final BigDecimal WEIGHT_SUM_SLACK = new BigDecimal("0.01");
    private static final List<String> TRUE_FALSE = List.of("Đúng", "Sai");

    private OptionRules() {
    }

    static void check(QuestionDraft q, List<RuleViolation> out) {
        List<OptionDraft> options = q.options();
        if (options.size() > MAX_OPTIONS) {
            // one problem, not one per option: a file with a question of 100 000 options gets a short report
            out.add(new RuleViolation("options", "a " + q.kind() + " question has at most " + MAX_OPTIONS
                    + " options, it has " + options.size()));
            return;
        }
        for (int i = 0; i < options.size(); i++) {
            common(options.get(i), "options[" + i + "]", out);
        }
        switch (q.kind()) {
            case SINGLE, NEGATIVE -> {
                choices(q, MIN_OPTIONS, out);
                correctCount(q, 1, 1, out);
            }
            case MULTIPLE -> {
                choices(q, MIN_OPTIONS, out);
                correctCount(q, 1, MAX_OPTIONS, out);
            }
            case SHORT_ANSWER -> {
                choices(q, 1, out);
                correctCount(q, 1, MAX_OPTIONS, out);
            }
            case TRUE_FALSE -> trueFalse(q, out);
            case ORDERING -> ordering(q, out);
            case MATCHING -> matching(q, out);
            case NUMERIC -> numeric(q, out);
        }
        weights(q, out);
    }

    /**
     * Weights are graded as written (see {@code quiz.grading.Grader}), so they must make sense for the kind, as
     * Moodle demands: one-answer kinds have one full answer and partial ones below it; a weighted MULTIPLE
     * question's right options weigh more than 0 and add up to 100; a short answer has one full-credit answer.
     */
    private static void weights(QuestionDraft q, List<RuleViolation> out) {
        List<OptionDraft> options = q.options();
        if (options.stream().allMatch(o -> o.weight() == null)) {
            return;
        }
        for (int i = 0; i < options.size(); i++) {
            OptionDraft o = options.get(i);
            BigDecimal w = o.weight();
            String at = "options[" + i + "].weight";
            if (w == null || w.abs().compareTo(HUNDRED) > 0) {
                continue; // out of range is reported by common()
            }
            switch (q.kind()) {
                case SINGLE, NEGATIVE -> {
                    if (o.correct() && w.compareTo(HUNDRED) != 0) {
                        out.add(new RuleViolation(at, "the right option earns the full mark: leave the weight out or make it 100"));
                    } else if (!o.correct() && w.compareTo(HUNDRED) >= 0) {
                        out.add(new RuleViolation(at, "a wrong option earns less than 100 (a partly right one between 0 and 100)"));
                    }
                }
                case MULTIPLE, SHORT_ANSWER -> {
                    if (o.correct() != (w.signum() > 0)) {
                        out.add(new RuleViolation(at, o.correct() ? "a right option weighs more than 0"
                                : "a wrong option weighs 0 or less (or mark it correct)"));
                    }
                }
                case TRUE_FALSE, ORDERING, MATCHING, NUMERIC -> out.add(new RuleViolation(at,
                        "weights are graded only in SINGLE, NEGATIVE, MULTIPLE and SHORT_ANSWER questions: remove it"));
            }
        }
        if (q.kind() == QuestionKind.MULTIPLE) {
            BigDecimal positive = options.stream().map(OptionDraft::weight)
                    .filter(w -> w != null && w.signum() > 0).reduce(BigDecimal.ZERO, BigDecimal::add);
            boolean everyRightWeighed = options.stream().filter(OptionDraft::correct).allMatch(o -> o.weight() != null);
            if (!everyRightWeighed || positive.subtract(HUNDRED).abs().compareTo(WEIGHT_SUM_SLACK) > 0) {
                out.add(new RuleViolation("options", "in a MULTIPLE question with weights, give every right option a"
                        + " weight and make them add up to 100 (they add up to " + positive.stripTrailingZeros().toPlainString() + ")"));
            }
        }
        if (q.kind() == QuestionKind.SHORT_ANSWER && options.stream().filter(OptionDraft::correct)
                .noneMatch(o -> o.weight() == null || o.weight().compareTo(HUNDRED) == 0)) {
            out.add(new RuleViolation("options", "a SHORT_ANSWER question needs one accepted answer that earns the full"
                    + " mark (without a weight or with 100)"));
        }
    }

    private static void common(OptionDraft o, String at, List<RuleViolation> out) {
        QuestionRules.length(out, at + ".text", o.text(), MAX_OPTION_TEXT);
        QuestionRules.length(out, at + ".match", o.match(), MAX_OPTION_TEXT);
        QuestionRules.length(out, at + ".feedback", o.feedback(), MAX_FEEDBACK);
        if (o.weight() != null && o.weight().abs().compareTo(HUNDRED) > 0) {
            out.add(new RuleViolation(at + ".weight", "must be between -100 and 100"));
        }
    }

    /** Options with a text each, 2 (or 1) to 8 of them, none repeating another after normalisation. */
    private static void choices(QuestionDraft q, int min, List<RuleViolation> out) {
        count(q, min, out);
        for (int i = 0; i < q.options().size(); i++) {
            if (QuestionRules.blank(q.options().get(i).text())) {
                out.add(new RuleViolation("options[" + i + "].text", "required"));
            }
        }
        distinct(q.options(), OptionDraft::text, "text", out);
    }

    private static void count(QuestionDraft q, int min, List<RuleViolation> out) {
        int n = q.options().size();
        if (n < min || n > MAX_OPTIONS) {
            out.add(new RuleViolation("options", "a " + q.kind() + " question needs " + min + " to " + MAX_OPTIONS
                    + " options, it has " + n));
        }
    }

    private static void correctCount(QuestionDraft q, int min, int max, List<RuleViolation> out) {
        long correct = q.options().stream().filter(OptionDraft::correct).count();
        if (correct < min || correct > max) {
            String wanted = min == max ? "exactly " + min : "at least " + min;
            out.add(new RuleViolation("options", "a " + q.kind() + " question needs " + wanted
                    + " correct option" + (min == max && min == 1 ? "" : "s") + ", it has " + correct));
        }
    }

    private static void trueFalse(QuestionDraft q, List<RuleViolation> out) {
        List<String> texts = q.options().stream().map(OptionDraft::text).toList();
        if (!texts.equals(TRUE_FALSE)) {
            out.add(new RuleViolation("options", "a TRUE_FALSE question has the options \"Đúng\" and \"Sai\""));
        }
        correctCount(q, 1, 1, out);
    }

    /** Every item has a position, and the positions are exactly 1..n. */
    private static void ordering(QuestionDraft q, List<RuleViolation> out) {
        choices(q, MIN_OPTIONS, out);
        TreeSet<Integer> positions = new TreeSet<>();
        for (int i = 0; i < q.options().size(); i++) {
            Integer position = q.options().get(i).position();
            if (position == null) {
                out.add(new RuleViolation("options[" + i + "].position", "required"));
            } else if (position < 1 || position > q.options().size() || !positions.add(position)) {
                out.add(new RuleViolation("options[" + i + "].position", "positions must be 1 to "
                        + q.options().size() + ", each used once"));
            }
        }
    }

    /** Every option has a match; at least two are pairs (blank text = extra answer); no item or match twice. */
    private static void matching(QuestionDraft q, List<RuleViolation> out) {
        count(q, MIN_OPTIONS, out);
        long pairs = q.options().stream().filter(o -> !QuestionRules.blank(o.text())).count();
        if (pairs < 2) {
            out.add(new RuleViolation("options", "a MATCHING question needs at least 2 pairs, it has " + pairs));
        }
        for (int i = 0; i < q.options().size(); i++) {
            if (QuestionRules.blank(q.options().get(i).match())) {
                out.add(new RuleViolation("options[" + i + "].match", "required"));
            }
        }
        distinct(q.options(), OptionDraft::text, "text", out);
        distinct(q.options(), OptionDraft::match, "match", out);
    }

    private static void numeric(QuestionDraft q, List<RuleViolation> out) {
        if (!q.options().isEmpty()) {
            out.add(new RuleViolation("options", "a NUMERIC question has no options"));
        }
        if (q.numericAnswer() == null) {
            out.add(new RuleViolation("numericAnswer", "required"));
        } else if (!QuestionRules.storable(q.numericAnswer())) {
            out.add(new RuleViolation("numericAnswer", "at most 18 digits before the point and 6 after"));
        }
        if (q.tolerance() != null && q.tolerance().signum() < 0) {
            out.add(new RuleViolation("tolerance", "must be 0 or more"));
        } else if (q.tolerance() != null && !QuestionRules.storable(q.tolerance())) {
            out.add(new RuleViolation("tolerance", "at most 18 digits before the point and 6 after"));
        }
    }

    /** Blank texts are not compared: they are reported as missing, or are MATCHING extras. */
    private static void distinct(List<OptionDraft> options, Function<OptionDraft, String> text, String name,
                                 List<RuleViolation> out) {
        Map<String, Integer> first = new HashMap<>();
        for (int i = 0; i < options.size(); i++) {
            String value = text.apply(options.get(i));
            if (QuestionRules.blank(value)) {
                continue;
            }
            Integer earlier = first.putIfAbsent(TextNormaliser.fold(value), i);
            if (earlier != null) {
                out.add(new RuleViolation("options[" + i + "]." + name, "repeats options[" + earlier + "]." + name
                        + " after normalisation"));
            }
        }
    }
}
