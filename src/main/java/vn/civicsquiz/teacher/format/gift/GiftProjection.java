package vn.civicsquiz.teacher.format.gift;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import vn.civicsquiz.question.QuestionDraft;
import vn.civicsquiz.question.QuestionDraft.OptionDraft;
import vn.civicsquiz.question.QuestionKind;
import vn.civicsquiz.teacher.format.ImportResult;

/**
 * What a draft looks like after a trip through GIFT, i.e. what {@link GiftWriter} writes and
 * {@link GiftReader} reads back. GIFT has no place for difficulty, facts, source and quote; texts are trimmed
 * NFC; NEGATIVE becomes SINGLE, ORDERING becomes MATCHING (item -> position); MULTIPLE gets explicit
 * weights. Drafts GIFT cannot express are refused with a reason.
 */
final class GiftProjection {

    record Outcome(QuestionDraft draft, String skipReason, String conversion) {
    }

    private record Answers(QuestionKind kind, List<OptionDraft> options, BigDecimal numericAnswer,
                           BigDecimal tolerance) {
    }

    private static final class Refused extends RuntimeException {
        Refused(String reason) {
            super(reason, null, false, false);
        }
    }

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private GiftProjection() {
    }

    static Outcome of(QuestionDraft q) {
        try {
            if (q.kind() == null) {
                throw new Refused("the question has no kind");
            }
            String stem = GiftProjectionText.text(q.stem());
            if (stem == null) {
                throw new Refused("the question has no text");
            }
            Answers answers = answers(q);
            QuestionDraft draft = new QuestionDraft(answers.kind(), GiftProjectionText.topic(q.topic()),
                    GiftProjectionText.text(q.title()), stem, answers.options(), answers.numericAnswer(),
                    answers.tolerance(), GiftProjectionText.text(q.explanation()), ImportResult.DEFAULT_DIFFICULTY,
                    List.of(), null, null);
            return new Outcome(draft, null, conversion(q.kind()));
        } catch (Refused refused) {
            return new Outcome(null, refused.getMessage(), null);
        }
    }

    private static String conversion(QuestionKind kind) {
        return switch (kind) {
            case NEGATIVE -> "NEGATIVE written as multiple choice; it reads back as SINGLE";
            case ORDERING -> "ORDERING written as matching (item -> position); it reads back as MATCHING";
            default -> null;
        };
    }

    private static Answers answers(QuestionDraft q) {
        List<OptionDraft> options = q.options();
        return switch (q.kind()) {
            case SINGLE, NEGATIVE -> new Answers(QuestionKind.SINGLE, single(options), null, null);
            case MULTIPLE -> new Answers(QuestionKind.MULTIPLE, multiple(options), null, null);
            case TRUE_FALSE -> new Answers(QuestionKind.TRUE_FALSE, trueFalse(options), null, null);
            case MATCHING -> new Answers(QuestionKind.MATCHING, matching(options, false), null, null);
            case ORDERING -> new Answers(QuestionKind.MATCHING, matching(options, true), null, null);
            case SHORT_ANSWER -> new Answers(QuestionKind.SHORT_ANSWER, shortAnswer(options), null, null);
            case NUMERIC -> numeric(q);
        };
    }

    private static List<OptionDraft> single(List<OptionDraft> options) {
        atLeast(options, 2);
        long correct = options.stream().filter(OptionDraft::correct).count();
        if (correct != 1) {
            throw new Refused("a single-choice question needs exactly one correct option, it has " + correct);
        }
        List<OptionDraft> out = new ArrayList<>();
        for (int i = 0; i < options.size(); i++) {
            OptionDraft o = options.get(i);
            String text = required(o.text(), i);
            BigDecimal weight = o.correct() ? null : weight(o.weight());
            out.add(new OptionDraft(text, o.correct(), null, null, weight, GiftProjectionText.text(o.feedback())));
        }
        return out;
    }

    /** Correct options need a positive weight in GIFT; when the weights do not say so, they are shared evenly. */
    private static List<OptionDraft> multiple(List<OptionDraft> options) {
        atLeast(options, 2);
        boolean consistent = options.stream().allMatch(o -> o.correct()
                ? o.weight() != null && o.weight().signum() > 0
                : o.weight() == null || o.weight().signum() <= 0);
        long correct = options.stream().filter(OptionDraft::correct).count();
        BigDecimal share = correct == 0 ? null : GiftProjectionText.scale(
                HUNDRED.divide(BigDecimal.valueOf(correct), 5, RoundingMode.HALF_EVEN).stripTrailingZeros());
        List<OptionDraft> out = new ArrayList<>();
        for (int i = 0; i < options.size(); i++) {
            OptionDraft o = options.get(i);
            String text = required(o.text(), i);
            BigDecimal weight = consistent ? o.weight() : o.correct() ? share
                    : o.weight() != null && o.weight().signum() <= 0 ? o.weight() : null;
            out.add(new OptionDraft(text, o.correct(), null, null, weight(weight),
                    GiftProjectionText.text(o.feedback())));
        }
        return out;
    }

    private static List<OptionDraft> trueFalse(List<OptionDraft> options) {
        if (options.size() != 2) {
            throw new Refused("a true/false question needs two options, it has " + options.size());
        }
        int trueIndex = Gift.TRUE_LABEL.equals(GiftProjectionText.text(options.get(1).text()))
                && !Gift.TRUE_LABEL.equals(GiftProjectionText.text(options.get(0).text())) ? 1 : 0;
        OptionDraft yes = options.get(trueIndex);
        OptionDraft no = options.get(1 - trueIndex);
        if (yes.correct() == no.correct()) {
            throw new Refused("a true/false question needs exactly one correct option");
        }
        return List.of(
                new OptionDraft(Gift.TRUE_LABEL, yes.correct(), null, null, null, GiftProjectionText.text(yes.feedback())),
                new OptionDraft(Gift.FALSE_LABEL, no.correct(), null, null, null, GiftProjectionText.text(no.feedback())));
    }

    private static List<OptionDraft> matching(List<OptionDraft> options, boolean byPosition) {
        atLeast(options, 2);
        List<OptionDraft> out = new ArrayList<>();
        for (int i = 0; i < options.size(); i++) {
            OptionDraft o = options.get(i);
            String item = byPosition ? required(o.text(), i) : GiftProjectionText.orEmpty(o.text());
            if (item.contains("->")) {
                throw new Refused("option " + (i + 1) + " contains '->', which GIFT matching cannot escape");
            }
            String match = byPosition ? (o.position() == null ? null : o.position().toString())
                    : GiftProjectionText.text(o.match());
            if (match == null) {
                throw new Refused("option " + (i + 1) + (byPosition ? " has no position" : " has no match"));
            }
            out.add(new OptionDraft(item, false, null, match, null, null));
        }
        return out;
    }

    private static List<OptionDraft> shortAnswer(List<OptionDraft> options) {
        atLeast(options, 1);
        List<OptionDraft> out = new ArrayList<>();
        for (int i = 0; i < options.size(); i++) {
            OptionDraft o = options.get(i);
            String text = required(o.text(), i);
            String feedback = GiftProjectionText.text(o.feedback());
            if (text.contains("->") || (feedback != null && feedback.contains("->"))) {
                throw new Refused("option " + (i + 1) + " contains '->'; GIFT would read the question as matching");
            }
            BigDecimal weight = GiftProjectionText.scale(o.weight());
            if (o.correct() && weight != null && weight.signum() <= 0) {
                weight = null;
            } else if (!o.correct() && (weight == null || weight.signum() > 0)) {
                weight = BigDecimal.ZERO;
            }
            out.add(new OptionDraft(text, o.correct(), null, null, weight(weight), feedback));
        }
        return out;
    }

    private static Answers numeric(QuestionDraft q) {
        if (q.numericAnswer() == null) {
            throw new Refused("a numeric question needs an answer");
        }
        sane(q.numericAnswer(), "the answer");
        sane(q.tolerance(), "the tolerance");
        BigDecimal tolerance = q.tolerance() == null ? BigDecimal.ZERO : GiftProjectionText.scale(q.tolerance());
        if (tolerance.signum() < 0) {
            throw new Refused("the tolerance is negative");
        }
        return new Answers(QuestionKind.NUMERIC, List.of(), GiftProjectionText.scale(q.numericAnswer()), tolerance);
    }

    private static BigDecimal weight(BigDecimal given) {
        BigDecimal weight = GiftProjectionText.scale(sane(given, "a weight"));
        if (weight != null && weight.abs().compareTo(HUNDRED) > 0) {
            throw new Refused("weight " + weight.toPlainString() + "% is outside -100%..100%");
        }
        return weight;
    }

    /** GIFT writes numbers in full; 1E+999999999 would be a billion digits. */
    private static BigDecimal sane(BigDecimal n, String what) {
        if (n != null && (Math.abs(n.scale()) > 50 || n.precision() - n.scale() > 50)) {
            throw new Refused(what + " has more than 50 digits");
        }
        return n;
    }

    private static void atLeast(List<OptionDraft> options, int n) {
        if (options.size() < n) {
            throw new Refused("the question needs at least " + n + " option" + (n > 1 ? "s" : ""));
        }
    }

    private static String required(String text, int index) {
        String t = GiftProjectionText.text(text);
        if (t == null) {
            throw new Refused("option " + (index + 1) + " has no text");
        }
        return t;
    }
}
