package vn.civicsquiz.generate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import vn.civicsquiz.content.fact.Fact;
import vn.civicsquiz.question.QuestionDraft;
import vn.civicsquiz.question.QuestionDraft.OptionDraft;
import vn.civicsquiz.question.QuestionKind;

/** Assembles drafts in one consistent shape: topic from the first fact, explanation that quotes its source. */
final class Drafts {

    static final String TRUE = "Đúng";
    static final String FALSE = "Sai";

    private Drafts() {
    }

    /** One correct option first, then the wrong ones; the bank later moves the correct one to a balanced position. */
    static QuestionDraft single(QuestionKind kind, String stem, String correct, List<String> wrong, String answer,
                                double difficulty, List<Fact> facts) {
        List<OptionDraft> options = new ArrayList<>();
        options.add(OptionDraft.choice(correct, true));
        wrong.forEach(w -> options.add(OptionDraft.choice(w, false)));
        return draft(kind, stem, options, null, null, answer, difficulty, facts);
    }

    static QuestionDraft trueFalse(String statement, boolean isTrue, String answer, double difficulty, List<Fact> facts) {
        List<OptionDraft> options = List.of(OptionDraft.choice(TRUE, isTrue), OptionDraft.choice(FALSE, !isTrue));
        return draft(QuestionKind.TRUE_FALSE, statement, options, null, null, answer, difficulty, facts);
    }

    static QuestionDraft numeric(String stem, BigDecimal value, BigDecimal tolerance, String answer, double difficulty,
                                 List<Fact> facts) {
        return draft(QuestionKind.NUMERIC, stem, List.of(), plain(value), plain(tolerance), answer, difficulty, facts);
    }

    static QuestionDraft draft(QuestionKind kind, String stem, List<OptionDraft> options, BigDecimal numericAnswer,
                               BigDecimal tolerance, String answer, double difficulty, List<Fact> facts) {
        Fact source = facts.get(0);
        List<String> factIds = facts.stream().map(Fact::id).distinct().toList();
        return new QuestionDraft(kind, source.set().slug(), null, stem, options, numericAnswer, tolerance,
                explanation(answer, source), clamp(difficulty), factIds, source.source(), source.quote());
    }

    /** The answer in a sentence, then the source sentence word for word. */
    static String explanation(String answer, Fact source) {
        return explanation(answer, source.quote());
    }

    private static String explanation(String answer, String quote) {
        String sentence = answer.strip();
        if (!sentence.endsWith(".") && !sentence.endsWith("?") && !sentence.endsWith("!")) {
            sentence += ".";
        }
        return sentence + " Bài viết ghi: “" + quote.strip() + "”";
    }

    /**
     * The same draft resting on another clause, one that holds what the question tests (the
     * chair's name rather than the meeting's theme).
     */
    static QuestionDraft quoting(QuestionDraft draft, String sourceId, String quote, String answer) {
        return new QuestionDraft(draft.kind(), draft.topic(), draft.title(), draft.stem(), draft.options(),
                draft.numericAnswer(), draft.tolerance(), explanation(answer, quote), draft.difficulty(),
                draft.factIds(), sourceId, quote);
    }

    /** The same draft asked in another topic (a statement about one family, tested by a fact of another). */
    static QuestionDraft inTopic(QuestionDraft draft, String topic) {
        return new QuestionDraft(draft.kind(), topic, draft.title(), draft.stem(), draft.options(),
                draft.numericAnswer(), draft.tolerance(), draft.explanation(), draft.difficulty(), draft.factIds(),
                draft.sourceId(), draft.quote());
    }

    /** 5E+1 → 50: the value as a person would write it. */
    private static BigDecimal plain(BigDecimal value) {
        return new BigDecimal(value.stripTrailingZeros().toPlainString());
    }

    static String quoted(String text) {
        return "«" + text.strip() + "»";
    }

    /** Within [0.05, 0.95] and rounded to hundredths: an estimate, not a measurement. */
    private static double clamp(double difficulty) {
        return Math.round(Math.max(0.05, Math.min(0.95, difficulty)) * 100) / 100.0;
    }
}
