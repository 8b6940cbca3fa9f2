package vn.civicsquiz.teacher.format.gift;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import vn.civicsquiz.question.QuestionDraft;
import vn.civicsquiz.question.QuestionDraft.OptionDraft;
import vn.civicsquiz.question.QuestionKind;
import vn.civicsquiz.teacher.format.DraftArbitraries;
import vn.civicsquiz.teacher.format.ImportResult;
import vn.civicsquiz.teacher.format.VietnameseText;

/**
 * Drafts of the six kinds GIFT expresses, holding only what GIFT can carry: no difficulty (the import
 * default), facts, source or quote; trimmed texts; weights that agree with the correct flags. Built by hand,
 * not through {@link GiftProjection}, so the round trip is checked against an independent description.
 */
final class GiftNativeDrafts {

    private static final List<String> TOPICS = List.of("nine-tasks", "figures", "Chính sách đối ngoại",
            "Lịch sử/Hiện đại", "Ngoại giao: cây tre", "a\\b {c}");

    private GiftNativeDrafts() {
    }

    static Arbitrary<QuestionDraft> any() {
        return Arbitraries.oneOf(single(), multiple(), trueFalse(), matching(), numeric(), shortAnswer());
    }

    private static Arbitrary<String> text() {
        return VietnameseText.text();
    }

    private static Arbitrary<String> optionalText() {
        return text().injectNull(0.5);
    }

    private static Arbitrary<BigDecimal> weight(String... values) {
        return Arbitraries.of(values).map(BigDecimal::new);
    }

    private static Arbitrary<QuestionDraft> question(QuestionKind kind, Arbitrary<List<OptionDraft>> options) {
        return Combinators.combine(Arbitraries.of(TOPICS).injectNull(0.3), optionalText(), text(), options,
                optionalText()).as((topic, title, stem, o, explanation) -> new QuestionDraft(kind, topic, title, stem,
                o, null, null, explanation, ImportResult.DEFAULT_DIFFICULTY, List.of(), null, null));
    }

    static Arbitrary<QuestionDraft> single() {
        Arbitrary<OptionDraft> wrong = Combinators.combine(text(),
                weight("50", "25", "33.33333", "0", "-50", "-100", "100").injectNull(0.6), optionalText())
                .as((text, weight, feedback) -> new OptionDraft(text, false, null, null, weight, feedback));
        Arbitrary<OptionDraft> right = Combinators.combine(text(), optionalText())
                .as((text, feedback) -> new OptionDraft(text, true, null, null, null, feedback));
        return question(QuestionKind.SINGLE, Combinators.combine(wrong.list().ofMinSize(1).ofMaxSize(5), right,
                Arbitraries.integers().between(0, 5)).as((wrongs, r, at) -> {
                    List<OptionDraft> all = new ArrayList<>(wrongs);
                    all.add(Math.min(at, all.size()), r);
                    return all;
                }));
    }

    static Arbitrary<QuestionDraft> multiple() {
        Arbitrary<OptionDraft> right = Combinators.combine(text(), weight("50", "33.33333", "100", "25", "12.5"),
                optionalText()).as((text, weight, feedback) -> new OptionDraft(text, true, null, null, weight, feedback));
        Arbitrary<OptionDraft> wrong = Combinators.combine(text(), weight("0", "-50", "-100", "-33.3").injectNull(0.4),
                optionalText()).as((text, weight, feedback) -> new OptionDraft(text, false, null, null, weight, feedback));
        return question(QuestionKind.MULTIPLE, Arbitraries.oneOf(right, wrong).list().ofMinSize(2).ofMaxSize(6));
    }

    static Arbitrary<QuestionDraft> trueFalse() {
        return question(QuestionKind.TRUE_FALSE, Combinators.combine(Arbitraries.of(true, false), optionalText(),
                optionalText()).as((truth, yes, no) -> List.of(
                new OptionDraft(Gift.TRUE_LABEL, truth, null, null, null, yes),
                new OptionDraft(Gift.FALSE_LABEL, !truth, null, null, null, no))));
    }

    static Arbitrary<QuestionDraft> matching() {
        Arbitrary<String> item = Arbitraries.oneOf(VietnameseText.textWithoutArrow(), Arbitraries.just(""));
        Arbitrary<OptionDraft> pair = Combinators.combine(item, VietnameseText.text())
                .as((left, right) -> new OptionDraft(left, false, null, right, null, null));
        return question(QuestionKind.MATCHING, pair.list().ofMinSize(2).ofMaxSize(6));
    }

    static Arbitrary<QuestionDraft> shortAnswer() {
        Arbitrary<OptionDraft> answer = Combinators.combine(VietnameseText.textWithoutArrow(),
                weight("100", "50", "0", "-50", "12.5").injectNull(0.5),
                VietnameseText.textWithoutArrow().injectNull(0.5)).as((text, weight, feedback) ->
                new OptionDraft(text, weight == null || weight.signum() > 0, null, null, weight, feedback));
        return question(QuestionKind.SHORT_ANSWER, answer.list().ofMinSize(1).ofMaxSize(5));
    }

    static Arbitrary<QuestionDraft> numeric() {
        Arbitrary<BigDecimal> answer = DraftArbitraries.number().map(n -> n.scale() < 0 ? n.setScale(0) : n);
        Arbitrary<BigDecimal> tolerance = answer.map(BigDecimal::abs);
        return Combinators.combine(question(QuestionKind.NUMERIC, Arbitraries.just(List.of())), answer, tolerance)
                .as((q, a, t) -> new QuestionDraft(q.kind(), q.topic(), q.title(), q.stem(), List.of(), a, t,
                        q.explanation(), q.difficulty(), List.of(), null, null));
    }
}
