package vn.civicsquiz.teacher.format.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.civicsquiz.question.QuestionDraft;
import vn.civicsquiz.question.QuestionDraft.OptionDraft;
import vn.civicsquiz.question.QuestionKind;
import vn.civicsquiz.teacher.format.ImportResult;
import vn.civicsquiz.teacher.format.ImportResult.Problem;

class QuizJsonTest {

    private final QuizJsonWriter writer = new QuizJsonWriter();
    private final QuizJsonReader reader = new QuizJsonReader();

    private static final QuestionDraft ORDERING = new QuestionDraft(QuestionKind.ORDERING, "events", null,
            "Sắp xếp các sự kiện theo thời gian.", List.of(
            new OptionDraft("Đại hội XIII", false, 1, null, null, null),
            new OptionDraft("Hội nghị Đối ngoại toàn quốc", false, 2, null, null, "14/12/2021")),
            null, null, "Đại hội XIII họp đầu năm 2021.", 0.35, List.of("event-congress-13", "event-conference"),
            "bao-chinh-phu", "Hội nghị Đối ngoại toàn quốc diễn ra ngày 14/12/2021.");

    @Test
    void documentHasFormatVersionAndEveryFieldOfTheDraft() {
        String json = writer.write(List.of(ORDERING)).content();

        assertThat(json).isEqualTo("""
                {
                  "format" : "civics-quiz",
                  "version" : 1,
                  "questions" : [ {
                    "kind" : "ORDERING",
                    "topic" : "events",
                    "stem" : "Sắp xếp các sự kiện theo thời gian.",
                    "options" : [ {
                      "text" : "Đại hội XIII",
                      "correct" : false,
                      "position" : 1
                    }, {
                      "text" : "Hội nghị Đối ngoại toàn quốc",
                      "correct" : false,
                      "position" : 2,
                      "feedback" : "14/12/2021"
                    } ],
                    "explanation" : "Đại hội XIII họp đầu năm 2021.",
                    "difficulty" : 0.35,
                    "factIds" : [ "event-congress-13", "event-conference" ],
                    "sourceId" : "bao-chinh-phu",
                    "quote" : "Hội nghị Đối ngoại toàn quốc diễn ra ngày 14/12/2021."
                  } ]
                }
                """);
        assertThat(reader.read(json).drafts()).containsExactly(ORDERING);
    }

    @Test
    void numbersKeepTheirExactDecimalForm() {
        QuestionDraft numeric = new QuestionDraft(QuestionKind.NUMERIC, "figures", null, "Bao nhiêu?", List.of(),
                new BigDecimal("189.50"), new BigDecimal("1E+1"), null, 0.5, List.of(), null, null);

        QuestionDraft back = reader.read(writer.write(List.of(numeric)).content()).drafts().get(0);

        assertThat(back.numericAnswer()).isEqualTo(new BigDecimal("189.50"));
        assertThat(back.tolerance()).isEqualTo(new BigDecimal("1E+1"));
    }

    @Test
    void handWrittenDocumentWithDefaultsAndDecomposedText() {
        String stem = Normalizer.normalize("Hội nghị diễn ra ở Hà Nội.", Normalizer.Form.NFD);
        ImportResult result = reader.read("""
                {"version": 1, "format": "civics-quiz", "questions": [
                  {"kind": "TRUE_FALSE", "stem": "%s",
                   "options": [{"text": "Đúng", "correct": true}, {"text": "Sai"}]}
                ]}""".formatted(stem));

        assertThat(result.errors()).isEmpty();
        QuestionDraft q = result.drafts().get(0);
        assertThat(q.stem()).isEqualTo("Hội nghị diễn ra ở Hà Nội.");
        assertThat(q.difficulty()).isEqualTo(ImportResult.DEFAULT_DIFFICULTY);
        assertThat(q.options()).extracting(OptionDraft::text, OptionDraft::correct)
                .containsExactly(tuple("Đúng", true), tuple("Sai", false));
        assertThat(result.questions().get(0).line()).isEqualTo(2);
    }

    @Test
    void badQuestionsAreReportedWithLineAndFieldWhileGoodOnesAreRead() {
        ImportResult result = reader.read("""
                {"format": "civics-quiz", "version": 1, "questions": [
                  {"kind": "SINGLE", "stem": "Câu tốt?", "options": [{"text": "a", "correct": true}]},
                  {"kind": "ESSAY", "stem": "Tự luận"},
                  {"kind": "SINGLE", "stem": "Trọng số?",
                   "options": [{"text": "a", "weight": "năm mươi"}]},
                  {"kind": "SINGLE", "stem": "Thừa", "colour": "đỏ"},
                  {"topic": "events"},
                  null,
                  {"kind": "MATCHING", "stem": "Ghép", "options": [null], "factIds": ["a", null]},
                  {"kind": "NUMERIC", "stem": "Số", "numericAnswer": 1e999999999}
                ]}""");

        assertThat(result.drafts()).extracting(QuestionDraft::stem).containsExactly("Câu tốt?");
        assertThat(result.errors()).extracting(Problem::line, p -> p.message().english()).containsExactly(
                tuple(3, "questions[1].kind: unknown kind 'ESSAY'; expected one of SINGLE, MULTIPLE, "
                        + "TRUE_FALSE, ORDERING, MATCHING, NEGATIVE, NUMERIC, SHORT_ANSWER"),
                tuple(4, "questions[2].options[0].weight: expected a number"),
                tuple(6, "questions[3]: unknown field 'colour'"),
                tuple(7, "questions[4].kind: required"),
                tuple(7, "questions[4].stem: required"),
                tuple(8, "questions[5]: expected an object"),
                tuple(9, "questions[6].options[0]: expected an object"),
                tuple(9, "questions[6].factIds: null entries are not allowed"),
                tuple(10, "questions[7].numericAnswer: more than 50 digits"));
    }

    @Test
    void brokenJsonIsOneErrorAtItsLine() {
        ImportResult result = reader.read("{\"format\": \"civics-quiz\",\n \"version\": 1,\n \"questions\": [\n {\"kind\": }]}");

        assertThat(result.questions()).isEmpty();
        assertThat(result.errors()).singleElement().satisfies(e -> {
            assertThat(e.line()).isEqualTo(4);
            assertThat(e.message().english()).startsWith("not valid JSON");
        });
    }

    @Test
    void otherDocumentsAreRefused() {
        assertThat(reader.read("[1, 2]").errors()).extracting(p -> p.message().english()).singleElement().asString()
                .startsWith("expected a JSON object");
        assertThat(reader.read("{\"format\": \"civics-quiz\", \"version\": 2, \"questions\": []}").errors())
                .extracting(p -> p.message().english()).singleElement().asString().startsWith("not a civics-quiz version 1");
        assertThat(reader.read("{\"format\": \"moodle\", \"version\": 1, \"questions\": []}").errors()).hasSize(1);
        assertThat(reader.read("{\"format\": \"civics-quiz\", \"version\": 1, \"questions\": [], \"x\": 1}").errors())
                .extracting(p -> p.message().english()).containsExactly("unknown field 'x'");
        assertThat(reader.read("{\"format\": \"civics-quiz\", \"version\": 1, \"questions\": []} {}").errors())
                .extracting(p -> p.message().english()).containsExactly("unexpected content after the document");
        assertThat(reader.read("").errors()).hasSize(1);
    }

    @Test
    void emptyDocumentReadsAsNoQuestions() {
        ImportResult result = reader.read(writer.write(List.of()).content());

        assertThat(result.questions()).isEmpty();
        assertThat(result.errors()).isEmpty();
    }
}
