package vn.civicsquiz.teacher.format;

import java.math.BigDecimal;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import vn.civicsquiz.question.QuestionDraft;
import vn.civicsquiz.question.QuestionDraft.OptionDraft;
import vn.civicsquiz.question.QuestionKind;

/** Question drafts of every shape: anything the record allows, for formats that must keep it all. */
public final class DraftArbitraries {

    static final List<String> TOPICS = List.of("nine-tasks", "five-lessons", "three-pillars", "figures", "people",
            "events", "phrases", "Chính sách đối ngoại", "Lịch sử/Hiện đại", "Ngoại giao: cây tre", "a\\b {c}");

    private DraftArbitraries() {
    }

    private record Head(QuestionKind kind, String topic, String title, String stem) {
    }

    private record Body(List<OptionDraft> options, BigDecimal answer, BigDecimal tolerance, String explanation) {
    }

    private record Meta(double difficulty, List<String> facts, String source, String quote) {
    }

    /** Any draft with a kind and a stem: blank and padded texts, nulls, odd numbers, facts and sources. */
    public static Arbitrary<QuestionDraft> anyDraft() {
        Arbitrary<Head> head = Combinators.combine(Arbitraries.of(QuestionKind.class), messyText(), messyText(),
                messyText().filter(s -> s != null)).as(Head::new);
        Arbitrary<Body> body = Combinators.combine(anyOption().list().ofMaxSize(7), number().injectNull(0.2),
                number().injectNull(0.2), messyText()).as(Body::new);
        Arbitrary<Meta> meta = Combinators.combine(Arbitraries.doubles().between(0, 1),
                Arbitraries.of("task-1", "task-3", "lesson-2", "fig-diplomatic-relations-2021").list().ofMaxSize(3),
                messyText(), messyText()).as(Meta::new);
        return Combinators.combine(head, body, meta).as((h, b, m) -> new QuestionDraft(h.kind(), h.topic(), h.title(),
                h.stem(), b.options(), b.answer(), b.tolerance(), b.explanation(), m.difficulty(), m.facts(),
                m.source(), m.quote()));
    }

    static Arbitrary<OptionDraft> anyOption() {
        Arbitrary<Integer> position = Arbitraries.integers().between(-1, 9).injectNull(0.4);
        Arbitrary<BigDecimal> weight = Arbitraries.of("100", "50", "33.33333", "0", "-50", "-100", "150", "-0.5",
                "1E+1", "12.50").map(BigDecimal::new).injectNull(0.4);
        return Combinators.combine(messyText(), Arbitraries.of(true, false), position, messyText(), weight, messyText())
                .as(OptionDraft::new);
    }

    /** Null, blank, padded or carriage-return text around Vietnamese content (always NFC). */
    public static Arbitrary<String> messyText() {
        return Arbitraries.oneOf(
                VietnameseText.text(),
                VietnameseText.text(),
                Arbitraries.of("", "   ", "\n", "Đúng", "Sai"),
                VietnameseText.text().map(t -> "  " + t + " \r\n"),
                VietnameseText.text().map(t -> t.replace("\n", "\r\n")),
                Arbitraries.of(TOPICS)).injectNull(0.15);
    }

    public static Arbitrary<BigDecimal> number() {
        return Arbitraries.oneOf(
                Arbitraries.bigDecimals().between(BigDecimal.valueOf(-100000), BigDecimal.valueOf(100000)).ofScale(0),
                Arbitraries.bigDecimals().between(BigDecimal.valueOf(-1000), BigDecimal.valueOf(1000)).ofScale(2),
                Arbitraries.bigDecimals().between(BigDecimal.ZERO, BigDecimal.TEN).ofScale(5),
                Arbitraries.of("1E+3", "-2.5E+2", "0.000", "1822").map(BigDecimal::new));
    }
}
