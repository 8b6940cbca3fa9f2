package vn.civicsquiz.teacher.format.moodlexml;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.civicsquiz.question.QuestionDraft;
import vn.civicsquiz.question.QuestionDraft.OptionDraft;
import vn.civicsquiz.question.QuestionKind;
import vn.civicsquiz.teacher.format.ExportResult;
import vn.civicsquiz.teacher.format.ImportResult;

class MoodleXmlWriterTest {

    private static QuestionDraft draft(QuestionKind kind, String stem, List<OptionDraft> options, BigDecimal value,
                                       BigDecimal tolerance) {
        return new QuestionDraft(kind, "three-pillars", null, stem, options, value, tolerance,
                "Giải thích: <b>không</b> phải thẻ & \"trích\"\ndòng hai", 0.5, List.of(), null, null);
    }

    private static final List<QuestionDraft> EVERY_KIND = List.of(
            draft(QuestionKind.SINGLE, "Trụ cột nào? a < b & c", List.of(OptionDraft.choice("Đối ngoại Đảng", true),
                    new OptionDraft("Ngoại giao kinh tế", false, null, null, new BigDecimal("50"), "Gần đúng"),
                    OptionDraft.choice("Ngoại giao pháo hạm", false)), null, null),
            draft(QuestionKind.MULTIPLE, "Chọn các trụ cột", List.of(
                    new OptionDraft("Đảng", true, null, null, new BigDecimal("50"), null),
                    new OptionDraft("Nhà nước", true, null, null, new BigDecimal("50"), null),
                    new OptionDraft("Pháo hạm", false, null, null, new BigDecimal("-100"), null)), null, null),
            draft(QuestionKind.TRUE_FALSE, "Có ba trụ cột.", List.of(
                    new OptionDraft("Đúng", true, null, null, null, "Đúng vậy"),
                    new OptionDraft("Sai", false, null, null, null, "Có ba")), null, null),
            draft(QuestionKind.SHORT_ANSWER, "Dĩ bất biến, …", List.of(OptionDraft.choice("ứng vạn biến", true),
                    new OptionDraft("vạn biến", true, null, null, new BigDecimal("50"), null)), null, null),
            draft(QuestionKind.NUMERIC, "Bao nhiêu chính đảng?", List.of(), new BigDecimal("247"), new BigDecimal("0.5")),
            draft(QuestionKind.MATCHING, "Ghép", List.of(new OptionDraft("Bùi Thanh Sơn", false, null, "Bộ trưởng", null, null),
                    new OptionDraft("Phạm Bình Minh", false, null, "Phó Thủ tướng", null, null),
                    new OptionDraft("", false, null, "Chủ tịch nước", null, null)), null, null),
            draft(QuestionKind.ORDERING, "Sắp xếp", List.of(new OptionDraft("Sau", true, 2, null, null, null),
                    new OptionDraft("Trước", true, 1, null, null, null)), null, null));

    @Test
    void everyKindComesBackAsItWasWritten() {
        ExportResult written = new MoodleXmlWriter().write(EVERY_KIND);
        ImportResult read = new MoodleXmlReader().read(written.content());

        assertThat(written.skipped()).isEmpty();
        assertThat(read.errors()).isEmpty();
        assertThat(read.skipped()).isEmpty();
        assertThat(read.questions()).hasSize(EVERY_KIND.size());
        for (int i = 0; i < EVERY_KIND.size(); i++) {
            QuestionDraft sent = EVERY_KIND.get(i);
            QuestionDraft back = read.questions().get(i).draft();
            assertThat(back.kind()).as(sent.kind().name()).isEqualTo(sent.kind());
            assertThat(back.stem()).isEqualTo(sent.stem());
            assertThat(back.explanation()).isEqualTo(sent.explanation());
            assertThat(read.questions().get(i).category()).containsExactly("three-pillars");
            if (sent.kind() == QuestionKind.ORDERING) {
                assertThat(back.options()).extracting(OptionDraft::text).containsExactly("Trước", "Sau");
                continue;
            }
            assertThat(back.options()).extracting(OptionDraft::text, OptionDraft::correct, OptionDraft::match,
                            OptionDraft::feedback)
                    .containsExactlyElementsOf(sent.options().stream().map(o -> org.assertj.core.api.Assertions.tuple(
                            o.text(), o.correct(), o.match(), o.feedback())).toList());
            for (int k = 0; k < sent.options().size(); k++) {
                BigDecimal w = sent.options().get(k).weight();
                if (w != null) {
                    assertThat(back.options().get(k).weight()).isEqualByComparingTo(w);
                }
            }
        }
        assertThat(read.questions().get(4).draft().tolerance()).isEqualByComparingTo("0.5");
    }

    @Test
    void anUnweightedMultipleIsWrittenWithMoodlesWeightsAndSaysSo() {
        QuestionDraft plain = draft(QuestionKind.MULTIPLE, "Chọn", List.of(OptionDraft.choice("A", true),
                OptionDraft.choice("B", true), OptionDraft.choice("C", true), OptionDraft.choice("D", false)), null, null);
        ExportResult written = new MoodleXmlWriter().write(List.of(plain));
        assertThat(written.content()).contains("fraction=\"33.33333\"", "fraction=\"-100\"");
        assertThat(written.converted()).singleElement().satisfies(n -> assertThat(n.reason()).contains("all or nothing"));
    }

    @Test
    void aQuestionWithoutCategoryAfterOneWithACategoryGoesBackToTheTop() {
        QuestionDraft filed = draft(QuestionKind.TRUE_FALSE, "Có ba trụ cột.", List.of(OptionDraft.choice("Đúng", true),
                OptionDraft.choice("Sai", false)), null, null);
        QuestionDraft unfiled = new QuestionDraft(QuestionKind.TRUE_FALSE, null, null, "Có chín nhiệm vụ.",
                filed.options(), null, null, null, 0.5, List.of(), null, null);
        ImportResult read = new MoodleXmlReader().read(new MoodleXmlWriter().write(List.of(filed, unfiled)).content());

        assertThat(read.questions().get(0).category()).containsExactly("three-pillars");
        assertThat(read.questions().get(1).category()).isEmpty();
        assertThat(read.questions().get(1).draft().topic()).isNull();
    }
}
