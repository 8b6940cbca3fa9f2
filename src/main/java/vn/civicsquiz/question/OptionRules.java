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
    /**
     * A weight as the column keeps it (three decimals): the rules judge what will be graded, so 99.9999 on a wrong
     * option is the 100 it will be stored as, and refused.
     */
    static BigDecimal stored(BigDecimal weight) {
        return weight == null ? null : weight.setScale(WEIGHT_DECIMALS, java.math.RoundingMode.HALF_UP);
    }

    static final int WEIGHT_DECIMALS = 3;

    /** Thirds written as 33.333 add up to 99.999. */
    private static final BigDecimal WEIGHT_SUM_SLACK = new BigDecimal("0.01");
    private static final List<String> TRUE_FALSE = List.of("Đúng", "Sai");

    private OptionRules() {
    }

    static void check(QuestionDraft q, List<RuleViolation> out) {
        List<OptionDraft> options = q.options();
        if (options.size() > MAX_OPTIONS) {
            // one problem, not one per option: a file with a question of 100 000 options gets a short report
            out.add(RuleViolation.of("options", "câu hỏi " + q.kind() + " có tối đa " + MAX_OPTIONS
                    + " phương án, câu này có " + options.size(), "a " + q.kind() + " question has at most "
                    + MAX_OPTIONS + " options, it has " + options.size()));
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
            BigDecimal w = stored(o.weight());
            String at = "options[" + i + "].weight";
            if (w == null || w.abs().compareTo(HUNDRED) > 0) {
                continue; // out of range is reported by common()
            }
            switch (q.kind()) {
                case SINGLE, NEGATIVE -> {
                    if (o.correct() && w.compareTo(HUNDRED) != 0) {
                        out.add(RuleViolation.of(at, "phương án đúng được trọn điểm: bỏ trọng số hoặc đặt 100",
                                "the right option earns the full mark: leave the weight out or make it 100"));
                    } else if (!o.correct() && w.compareTo(HUNDRED) >= 0) {
                        out.add(RuleViolation.of(at, "phương án sai được dưới 100 (đúng một phần: từ 0 đến 100)",
                                "a wrong option earns less than 100 (a partly right one between 0 and 100)"));
                    }
                }
                case MULTIPLE, SHORT_ANSWER -> {
                    if (o.correct() != (w.signum() > 0)) {
                        out.add(o.correct() ? RuleViolation.of(at, "phương án đúng có trọng số lớn hơn 0",
                                "a right option weighs more than 0")
                                : RuleViolation.of(at, "phương án sai có trọng số 0 hoặc âm (hoặc đánh dấu nó là đúng)",
                                "a wrong option weighs 0 or less (or mark it correct)"));
                    }
                }
                case TRUE_FALSE, ORDERING, MATCHING, NUMERIC -> out.add(RuleViolation.of(at,
                        "trọng số chỉ được chấm ở câu SINGLE, NEGATIVE, MULTIPLE và SHORT_ANSWER: hãy bỏ nó",
                        "weights are graded only in SINGLE, NEGATIVE, MULTIPLE and SHORT_ANSWER questions: remove it"));
            }
        }
        if (q.kind() == QuestionKind.MULTIPLE) {
            BigDecimal positive = options.stream().map(o -> stored(o.weight()))
                    .filter(w -> w != null && w.signum() > 0).reduce(BigDecimal.ZERO, BigDecimal::add);
            boolean everyRightWeighed = options.stream().filter(OptionDraft::correct).allMatch(o -> o.weight() != null);
            if (!everyRightWeighed || positive.subtract(HUNDRED).abs().compareTo(WEIGHT_SUM_SLACK) > 0) {
                String sum = positive.stripTrailingZeros().toPlainString();
                out.add(RuleViolation.of("options", "câu MULTIPLE có trọng số: mọi phương án đúng cần trọng số và"
                        + " tổng của chúng là 100 (hiện là " + sum.replace('.', ',') + ")", "in a MULTIPLE question with"
                        + " weights, give every right option a weight and make them add up to 100 (they add up to "
                        + sum + ")"));
            }
        }
        if (q.kind() == QuestionKind.SHORT_ANSWER && options.stream().filter(OptionDraft::correct)
                .noneMatch(o -> o.weight() == null || stored(o.weight()).compareTo(HUNDRED) == 0)) {
            out.add(RuleViolation.of("options", "câu SHORT_ANSWER cần một đáp án được trọn điểm (không có trọng số"
                    + " hoặc trọng số 100)", "a SHORT_ANSWER question needs one accepted answer that earns the full"
                    + " mark (without a weight or with 100)"));
        }
    }

    private static void common(OptionDraft o, String at, List<RuleViolation> out) {
        QuestionRules.length(out, at + ".text", o.text(), MAX_OPTION_TEXT);
        QuestionRules.length(out, at + ".match", o.match(), MAX_OPTION_TEXT);
        QuestionRules.length(out, at + ".feedback", o.feedback(), MAX_FEEDBACK);
        if (o.weight() != null && o.weight().abs().compareTo(HUNDRED) > 0) {
            out.add(RuleViolation.of(at + ".weight", "phải từ -100 đến 100", "must be between -100 and 100"));
        }
    }

    /** Options with a text each, 2 (or 1) to 8 of them, none repeating another after normalisation. */
    private static void choices(QuestionDraft q, int min, List<RuleViolation> out) {
        count(q, min, out);
        for (int i = 0; i < q.options().size(); i++) {
            if (QuestionRules.blank(q.options().get(i).text())) {
                out.add(RuleViolation.required("options[" + i + "].text"));
            }
        }
        distinct(q.options(), OptionDraft::text, "text", out);
    }

    private static void count(QuestionDraft q, int min, List<RuleViolation> out) {
        int n = q.options().size();
        if (n < min || n > MAX_OPTIONS) {
            out.add(RuleViolation.of("options", "câu hỏi " + q.kind() + " cần từ " + min + " đến " + MAX_OPTIONS
                    + " phương án, câu này có " + n, "a " + q.kind() + " question needs " + min + " to "
                    + MAX_OPTIONS + " options, it has " + n));
        }
    }

    private static void correctCount(QuestionDraft q, int min, int max, List<RuleViolation> out) {
        long correct = q.options().stream().filter(OptionDraft::correct).count();
        if (correct < min || correct > max) {
            String wanted = min == max ? "exactly " + min : "at least " + min;
            String wantedVi = (min == max ? "đúng " : "ít nhất ") + min;
            out.add(RuleViolation.of("options", "câu hỏi " + q.kind() + " cần " + wantedVi + " phương án đúng"
                    + " (correct: true), câu này có " + correct, "a " + q.kind() + " question needs " + wanted
                    + " correct option" + (min == max && min == 1 ? "" : "s") + ", it has " + correct));
        }
    }

    private static void trueFalse(QuestionDraft q, List<RuleViolation> out) {
        List<String> texts = q.options().stream().map(OptionDraft::text).toList();
        if (!texts.equals(TRUE_FALSE)) {
            out.add(RuleViolation.of("options", "câu TRUE_FALSE có đúng hai phương án \"Đúng\" và \"Sai\", theo thứ tự đó",
                    "a TRUE_FALSE question has the options \"Đúng\" and \"Sai\""));
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
                out.add(RuleViolation.required("options[" + i + "].position"));
            } else if (position < 1 || position > q.options().size() || !positions.add(position)) {
                out.add(RuleViolation.of("options[" + i + "].position", "vị trí phải từ 1 đến "
                        + q.options().size() + ", mỗi vị trí dùng một lần", "positions must be 1 to "
                        + q.options().size() + ", each used once"));
            }
        }
    }

    /** Every option has a match; at least two are pairs (blank text = extra answer); no item or match twice. */
    private static void matching(QuestionDraft q, List<RuleViolation> out) {
        count(q, MIN_OPTIONS, out);
        long pairs = q.options().stream().filter(o -> !QuestionRules.blank(o.text())).count();
        if (pairs < 2) {
            out.add(RuleViolation.of("options", "câu MATCHING cần ít nhất 2 cặp, câu này có " + pairs,
                    "a MATCHING question needs at least 2 pairs, it has " + pairs));
        }
        for (int i = 0; i < q.options().size(); i++) {
            if (QuestionRules.blank(q.options().get(i).match())) {
                out.add(RuleViolation.required("options[" + i + "].match"));
            }
        }
        distinct(q.options(), OptionDraft::text, "text", out);
        distinct(q.options(), OptionDraft::match, "match", out);
    }

    private static void numeric(QuestionDraft q, List<RuleViolation> out) {
        if (!q.options().isEmpty()) {
            out.add(RuleViolation.of("options", "câu NUMERIC không có phương án: hãy dùng numericAnswer",
                    "a NUMERIC question has no options"));
        }
        if (q.numericAnswer() == null) {
            out.add(RuleViolation.required("numericAnswer"));
        } else if (!QuestionRules.storable(q.numericAnswer())) {
            out.add(RuleViolation.of("numericAnswer", "tối đa 18 chữ số phần nguyên và 6 chữ số thập phân",
                    "at most 18 digits before the point and 6 after"));
        }
        if (q.tolerance() != null && q.tolerance().signum() < 0) {
            out.add(RuleViolation.of("tolerance", "phải từ 0 trở lên", "must be 0 or more"));
        } else if (q.tolerance() != null && !QuestionRules.storable(q.tolerance())) {
            out.add(RuleViolation.of("tolerance", "tối đa 18 chữ số phần nguyên và 6 chữ số thập phân",
                    "at most 18 digits before the point and 6 after"));
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
                out.add(RuleViolation.of("options[" + i + "]." + name, "trùng với options[" + earlier + "]." + name
                        + " (không kể hoa thường, dấu cách và cách bỏ dấu)", "repeats options[" + earlier + "]." + name
                        + " after normalisation"));
            }
        }
    }
}
