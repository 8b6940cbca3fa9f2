package vn.civicsquiz.teacher.format.gift;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.civicsquiz.question.QuestionDraft;
import vn.civicsquiz.question.QuestionDraft.OptionDraft;
import vn.civicsquiz.question.QuestionKind;
import vn.civicsquiz.teacher.format.ExportResult;
import vn.civicsquiz.teacher.format.ImportResult;

class GiftWriterTest {

    private static final String HEADER = "// Civics quiz questions in Moodle GIFT format\n\n";

    private final GiftWriter writer = new GiftWriter();
    private final GiftReader reader = new GiftReader();

    private static QuestionDraft draft(QuestionKind kind, String topic, String stem, List<OptionDraft> options) {
        return new QuestionDraft(kind, topic, null, stem, options, null, null, null, 0.4,
                List.of("task-3"), "bao-chinh-phu", "Câu trích dẫn.");
    }

    private static OptionDraft choice(String text, boolean correct) {
        return OptionDraft.choice(text, correct);
    }

    @Test
    void generatedSingleChoiceWithControlCharactersAndTopic() {
        QuestionDraft q = new QuestionDraft(QuestionKind.SINGLE, "nine-tasks", "Nhiệm vụ: thứ 3",
                "Nhiệm vụ {thứ ba} là gì?", List.of(choice("Bảo vệ Tổ quốc #1", true),
                choice("a = b ~ c", false), choice("C:\\đường dẫn", false)), null, null,
                "Theo bài phát biểu\nngày 14/12/2021.", 0.4, List.of("task-3"), "bao-chinh-phu", "Câu trích dẫn.");

        ExportResult result = writer.write(List.of(q));

        assertThat(result.content()).isEqualTo(HEADER + """
                $CATEGORY: $course$/top/nine-tasks

                ::Nhiệm vụ\\: thứ 3::Nhiệm vụ \\{thứ ba\\} là gì? {
                \t=Bảo vệ Tổ quốc \\#1
                \t~a \\= b \\~ c
                \t~C\\:\\\\đường dẫn
                \t####Theo bài phát biểu\\nngày 14/12/2021.
                }

                """);
        assertThat(result.skipped()).isEmpty();
        assertThat(result.converted()).isEmpty();
    }

    @Test
    void trueFalseNumericAndTopicChanges() {
        QuestionDraft tf = new QuestionDraft(QuestionKind.TRUE_FALSE, "events", null, "Hội nghị diễn ra ở Huế.",
                List.of(new OptionDraft("Đúng", false, null, null, null, "Hội nghị diễn ra ở Hà Nội."),
                        new OptionDraft("Sai", true, null, null, null, null)), null, null, null, 0.5,
                List.of(), null, null);
        QuestionDraft numeric = new QuestionDraft(QuestionKind.NUMERIC, "figures", null,
                "Việt Nam có quan hệ ngoại giao với bao nhiêu quốc gia?", List.of(), new BigDecimal("189"),
                null, "Con số năm 2021.", 0.5, List.of(), null, null);
        QuestionDraft noTopic = new QuestionDraft(QuestionKind.TRUE_FALSE, null, null, "Câu không chủ đề.",
                List.of(choice("Đúng", true), choice("Sai", false)), null, null, null, 0.5, List.of(), null, null);

        String content = writer.write(List.of(tf, numeric, noTopic)).content();

        assertThat(content).isEqualTo(HEADER + """
                $CATEGORY: $course$/top/events

                Hội nghị diễn ra ở Huế. {FALSE#Hội nghị diễn ra ở Hà Nội.}

                $CATEGORY: $course$/top/figures

                Việt Nam có quan hệ ngoại giao với bao nhiêu quốc gia? {#189:0####Con số năm 2021.}

                $CATEGORY: $course$/top

                Câu không chủ đề. {TRUE}

                """);
        assertThat(reader.read(content).drafts()).extracting(QuestionDraft::topic)
                .containsExactly("events", "figures", null);
    }

    @Test
    void blankInTheStemTakesTheAnswerBlock() {
        QuestionDraft q = draft(QuestionKind.SHORT_ANSWER, null, "Thủ đô của Việt Nam là _____.",
                List.of(choice("Hà Nội", true)));

        assertThat(writer.write(List.of(q)).content())
                .isEqualTo(HEADER + "Thủ đô của Việt Nam là {\n\t=Hà Nội\n}.\n\n");
    }

    @Test
    void textsThatLookLikeMarkupCommentsOrWeightsAreProtected() {
        QuestionDraft q = draft(QuestionKind.SINGLE, null, "// không phải chú thích",
                List.of(choice("[html]<b>đậm</b>", true), choice("%50% dân số", false)));

        ExportResult result = writer.write(List.of(q));

        assertThat(result.content()).contains("[plain]// không phải chú thích {", "\t=[plain][html]<b>đậm</b>",
                "\t~[plain]%50% dân số");
        QuestionDraft back = reader.read(result.content()).drafts().get(0);
        assertThat(back.stem()).isEqualTo("// không phải chú thích");
        assertThat(back.options()).extracting(OptionDraft::text, OptionDraft::weight)
                .containsExactly(tuple("[html]<b>đậm</b>", null), tuple("%50% dân số", null));
    }

    @Test
    void multipleAnswersWithoutWeightsShareFullCreditEvenly() {
        QuestionDraft q = draft(QuestionKind.MULTIPLE, null, "Những chủ thể nào?", List.of(
                choice("Đảng", true), choice("Nhà nước", true), choice("Nhân dân", true), choice("Quân đội", false)));

        String content = writer.write(List.of(q)).content();

        assertThat(content).contains("\t~%33.33333%Đảng\n", "\t~%33.33333%Nhà nước\n", "\t~Quân đội\n");
        assertThat(reader.read(content).drafts().get(0).options()).extracting(OptionDraft::correct)
                .containsExactly(true, true, true, false);
    }

    @Test
    void orderingIsWrittenAsMatchingItemToPositionAndReported() {
        QuestionDraft q = draft(QuestionKind.ORDERING, "events", "Sắp xếp theo thời gian.", List.of(
                new OptionDraft("Hội nghị Ngoại giao lần thứ 30", false, 2, null, null, null),
                new OptionDraft("Hội nghị Đối ngoại toàn quốc", false, 3, null, null, null),
                new OptionDraft("Đại hội XIII", false, 1, null, null, null)));

        ExportResult result = writer.write(List.of(q));

        assertThat(result.content()).contains("\t=Hội nghị Ngoại giao lần thứ 30 -> 2\n",
                "\t=Hội nghị Đối ngoại toàn quốc -> 3\n", "\t=Đại hội XIII -> 1\n");
        assertThat(result.converted()).extracting(ExportResult.Note::position).containsExactly(1);
        assertThat(result.converted().get(0).reason()).contains("ORDERING").contains("matching");
        QuestionDraft back = reader.read(result.content()).drafts().get(0);
        assertThat(back.kind()).isEqualTo(QuestionKind.MATCHING);
        assertThat(back.options()).extracting(OptionDraft::match).containsExactly("2", "3", "1");
    }

    @Test
    void negativeIsWrittenAsMultipleChoiceAndReported() {
        QuestionDraft q = draft(QuestionKind.NEGATIVE, null, "Đâu KHÔNG phải là một trụ cột?",
                List.of(choice("Đối ngoại Đảng", false), choice("Ngoại giao pháo hạm", true)));

        ExportResult result = writer.write(List.of(q));

        assertThat(result.converted()).singleElement().extracting(ExportResult.Note::reason).asString()
                .contains("NEGATIVE");
        assertThat(reader.read(result.content()).drafts().get(0).kind()).isEqualTo(QuestionKind.SINGLE);
    }

    @Test
    void questionsGiftCannotExpressAreSkippedWithTheirPositionAndReason() {
        List<QuestionDraft> drafts = List.of(
                draft(QuestionKind.SINGLE, null, "Không có đáp án đúng?", List.of(choice("a", false), choice("b", false))),
                draft(QuestionKind.SHORT_ANSWER, null, "Mũi tên?", List.of(choice("a -> b", true))),
                draft(QuestionKind.TRUE_FALSE, null, "Hợp lệ.", List.of(choice("Đúng", true), choice("Sai", false))),
                new QuestionDraft(QuestionKind.NUMERIC, null, null, "Bao nhiêu?", List.of(), null, null, null,
                        0.5, List.of(), null, null),
                draft(QuestionKind.MATCHING, null, "Ghép.", List.of(new OptionDraft("a", false, null, null, null, null),
                        new OptionDraft("b", false, null, "c", null, null))));

        ExportResult result = writer.write(drafts);

        assertThat(result.skipped()).extracting(ExportResult.Note::position).containsExactly(1, 2, 4, 5);
        assertThat(result.skipped()).extracting(ExportResult.Note::reason).satisfiesExactly(
                r -> assertThat(r).contains("exactly one correct option, it has 0"),
                r -> assertThat(r).contains("'->'"),
                r -> assertThat(r).contains("needs an answer"),
                r -> assertThat(r).contains("option 1 has no match"));
        ImportResult back = reader.read(result.content());
        assertThat(back.drafts()).extracting(QuestionDraft::stem).containsExactly("Hợp lệ.");
    }

    @Test
    void whatGiftCannotHoldIsDroppedAndEverythingElseComesBack() {
        QuestionDraft q = new QuestionDraft(QuestionKind.SINGLE, "five-lessons", "Bài học", "Bài học thứ nhất?",
                List.of(new OptionDraft("Kiên định", true, null, null, null, "Đúng."),
                        new OptionDraft("Tùy hứng", false, null, null, new BigDecimal("-50"), null)),
                null, null, "Giải thích.", 0.8, List.of("lesson-1"), "nhan-dan", "Trích dẫn.");

        QuestionDraft back = reader.read(writer.write(List.of(q)).content()).drafts().get(0);

        assertThat(back).isEqualTo(new QuestionDraft(QuestionKind.SINGLE, "five-lessons", "Bài học",
                "Bài học thứ nhất?", q.options(), null, null, "Giải thích.", ImportResult.DEFAULT_DIFFICULTY,
                List.of(), null, null));
    }
}
