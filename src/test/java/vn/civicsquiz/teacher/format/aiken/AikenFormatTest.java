package vn.civicsquiz.teacher.format.aiken;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import vn.civicsquiz.question.QuestionDraft;
import vn.civicsquiz.question.QuestionDraft.OptionDraft;
import vn.civicsquiz.question.QuestionKind;
import vn.civicsquiz.teacher.format.ExportResult;
import vn.civicsquiz.teacher.format.ImportResult;
import vn.civicsquiz.teacher.format.ImportResult.Problem;
import vn.civicsquiz.teacher.format.VietnameseText;

class AikenFormatTest {

    private final AikenReader reader = new AikenReader();
    private final AikenWriter writer = new AikenWriter();

    @Test
    void readsQuestionsWithDotOrParenthesisLetters() {
        ImportResult result = reader.read("""
                Hội nghị Đối ngoại toàn quốc lần thứ nhất diễn ra năm nào?
                A. 2020
                B. 2021
                C) 2022
                ANSWER: B

                Trường phái ngoại giao Việt Nam được ví với
                hình ảnh cây gì?
                A) Cây tùng
                B) Cây tre
                ANSWER: B
                """);

        assertThat(result.errors()).isEmpty();
        assertThat(result.questions()).extracting(ImportResult.ImportedQuestion::line).containsExactly(1, 7);
        QuestionDraft second = result.drafts().get(1);
        assertThat(second.kind()).isEqualTo(QuestionKind.SINGLE);
        assertThat(second.stem()).isEqualTo("Trường phái ngoại giao Việt Nam được ví với\nhình ảnh cây gì?");
        assertThat(second.options()).extracting(OptionDraft::text, OptionDraft::correct)
                .containsExactly(tuple("Cây tùng", false), tuple("Cây tre", true));
    }

    @Test
    void brokenQuestionsAreReportedAndTheNextOneIsStillRead() {
        ImportResult result = reader.read("""
                Câu thiếu đáp án?
                A. Có
                B. Không

                Câu đáp án sai?
                A. Có
                B. Không
                ANSWER: D

                A. Lựa chọn trước câu hỏi
                ANSWER: A

                Câu tốt?
                A. Có
                B. Không
                ANSWER: A
                """);

        assertThat(result.drafts()).extracting(QuestionDraft::stem).containsExactly("Câu tốt?");
        assertThat(result.errors()).extracting(Problem::line, p -> p.message().english()).containsExactly(
                tuple(1, "the question has no ANSWER: line"),
                tuple(8, "ANSWER: 'D' is not one of the options A, B"),
                tuple(10, "option A comes before any question text"));
    }

    @Test
    void writesSingleChoiceAndSkipsWhatAikenCannotHold() {
        QuestionDraft single = new QuestionDraft(QuestionKind.SINGLE, "events", "Năm", "Hội nghị diễn ra năm nào?",
                List.of(OptionDraft.choice("2020", false), OptionDraft.choice("2021", true)), null, null,
                "Giải thích bị bỏ.", 0.3, List.of("event-conference"), null, null);
        QuestionDraft matching = new QuestionDraft(QuestionKind.MATCHING, null, null, "Ghép.", List.of(), null, null,
                null, 0.5, List.of(), null, null);
        QuestionDraft trueFalse = new QuestionDraft(QuestionKind.TRUE_FALSE, null, null, "Hội nghị ở Huế.",
                List.of(OptionDraft.choice("Đúng", false), OptionDraft.choice("Sai", true)), null, null, null, 0.5,
                List.of(), null, null);

        ExportResult result = writer.write(List.of(single, matching, trueFalse));

        assertThat(result.content()).isEqualTo("""
                Hội nghị diễn ra năm nào?
                A. 2020
                B. 2021
                ANSWER: B

                Hội nghị ở Huế.
                A. Đúng
                B. Sai
                ANSWER: B

                """);
        assertThat(result.skipped()).extracting(ExportResult.Note::position).containsExactly(2);
        assertThat(result.converted()).extracting(ExportResult.Note::position).containsExactly(3);
    }

    /** Aiken holds a single-choice question's text lines, options and answer; those come back unchanged. */
    @Property(tries = 300)
    void singleChoiceQuestionsComeBackUnchanged(@ForAll("aikenDrafts") List<QuestionDraft> drafts) {
        ExportResult exported = writer.write(drafts);
        ImportResult back = reader.read(exported.content());

        assertThat(exported.skipped()).isEmpty();
        assertThat(back.errors()).isEmpty();
        assertThat(back.drafts()).isEqualTo(drafts);
    }

    @Property(tries = 500)
    void anyTextIsReportedNotThrown(@ForAll("aikenLikeText") String text) {
        ImportResult result = reader.read(text);

        int lines = text.split("\r\n|\r|\n", -1).length;
        assertThat(result.errors()).allSatisfy(e -> assertThat(e.line()).isBetween(1, lines));
        assertThat(result.drafts()).allSatisfy(q -> assertThat(q.options()).hasSizeGreaterThanOrEqualTo(2)
                .filteredOn(OptionDraft::correct).hasSize(1));
    }

    @Provide
    Arbitrary<String> aikenLikeText() {
        return Arbitraries.oneOf(Arbitraries.of("A. ", "B) ", "Z. ", "ANSWER: ", "A", "B", "\n", "\n\n", "\r",
                        " ", "\uFEFF", "A.", "ANSWER:"), Arbitraries.of(VietnameseText.WORDS))
                .list().ofMaxSize(40).map(tokens -> String.join("", tokens));
    }

    @Provide
    Arbitrary<List<QuestionDraft>> aikenDrafts() {
        Arbitrary<String> line = VietnameseText.text().map(t -> t.replaceAll("\\s+", " "))
                .filter(t -> !Aiken.structural(t));
        Arbitrary<String> stem = line.list().ofMinSize(1).ofMaxSize(3).map(l -> String.join("\n", l));
        Arbitrary<List<String>> options = line.list().ofMinSize(2).ofMaxSize(6);
        return Combinators.combine(stem, options, Arbitraries.integers().between(0, 5)).as((s, texts, right) -> {
            int answer = right % texts.size();
            List<OptionDraft> choices = java.util.stream.IntStream.range(0, texts.size())
                    .mapToObj(i -> OptionDraft.choice(texts.get(i), i == answer)).toList();
            return new QuestionDraft(QuestionKind.SINGLE, null, null, s, choices, null, null, null,
                    ImportResult.DEFAULT_DIFFICULTY, List.of(), null, null);
        }).list().ofMaxSize(5);
    }
}
