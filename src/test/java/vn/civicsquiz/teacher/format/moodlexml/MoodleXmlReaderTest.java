package vn.civicsquiz.teacher.format.moodlexml;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.civicsquiz.question.QuestionDraft;
import vn.civicsquiz.question.QuestionDraft.OptionDraft;
import vn.civicsquiz.question.QuestionKind;
import vn.civicsquiz.teacher.format.ImportResult;

class MoodleXmlReaderTest {

    private static String resource(String name) throws IOException {
        try (InputStream in = MoodleXmlReaderTest.class.getResourceAsStream("/moodle-xml/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static ImportResult read(String xml) {
        return new MoodleXmlReader().read(xml);
    }

    @Test
    void moodlesOwnExportIsReadWithItsNestedCategoriesAndTheEssaySkipped() throws IOException {
        ImportResult result = read(resource("nested_categories_with_questions.xml"));

        assertThat(result.errors()).isEmpty();
        assertThat(result.questions()).extracting(q -> q.draft().title())
                .containsExactly("Iota Question", "Kappa Question", "Lambda Question", "Mu Question");
        assertThat(result.questions()).extracting(ImportResult.ImportedQuestion::category).containsExactly(
                List.of("Iota"), List.of("Iota", "Kappa"), List.of("Iota", "Kappa", "Lambda"), List.of("Iota", "Mu"));
        QuestionDraft first = result.questions().get(0).draft();
        assertThat(first.kind()).isEqualTo(QuestionKind.TRUE_FALSE);
        assertThat(first.stem()).isEqualTo("Testing Iota Question");
        assertThat(first.options()).extracting(OptionDraft::text, OptionDraft::correct)
                .containsExactly(org.assertj.core.api.Assertions.tuple("Đúng", true),
                        org.assertj.core.api.Assertions.tuple("Sai", false));
        assertThat(result.skipped()).singleElement().satisfies(s -> {
            assertThat(s.reason().english()).contains("essay");
            assertThat(s.line()).isEqualTo(55);
        });
    }

    @Test
    void everyKindMoodleExportsIsReadWithWeightsFeedbackAndCategories() throws IOException {
        ImportResult result = read(resource("cau-hoi-doi-ngoai.xml"));

        assertThat(result.errors()).isEmpty();
        assertThat(result.questions()).extracting(q -> q.draft().kind()).containsExactly(QuestionKind.SINGLE,
                QuestionKind.MULTIPLE, QuestionKind.TRUE_FALSE, QuestionKind.NUMERIC, QuestionKind.SHORT_ANSWER,
                QuestionKind.MATCHING, QuestionKind.ORDERING);
        assertThat(result.questions().get(0).category()).containsExactly("Giáo dục công dân 12", "Đối ngoại");
        assertThat(result.questions().get(2).category()).containsExactly("Giáo dục công dân 12", "Đối ngoại", "Con số");

        QuestionDraft single = result.questions().get(0).draft();
        assertThat(single.stem()).isEqualTo("Hội nghị Đối ngoại toàn quốc lần đầu tiên diễn ra <b>khi nào</b>?");
        assertThat(single.explanation()).isEqualTo("Ngày 14/12/2021, tại Hà Nội.");
        assertThat(single.options()).extracting(OptionDraft::text).containsExactly("Ngày 14/12/2021", "Năm 2021", "Năm 2016");
        assertThat(single.options().get(1).weight()).isEqualByComparingTo("50");
        assertThat(single.options().get(1).feedback()).isEqualTo("Đúng năm, nhưng hãy nhớ cả ngày.");

        QuestionDraft multiple = result.questions().get(1).draft();
        assertThat(multiple.options()).extracting(OptionDraft::correct).containsExactly(true, true, true, false);
        assertThat(multiple.options().get(3).weight()).isEqualByComparingTo("-100");

        QuestionDraft numeric = result.questions().get(3).draft();
        assertThat(numeric.numericAnswer()).isEqualByComparingTo("247");
        assertThat(numeric.tolerance()).isEqualByComparingTo("0");
        assertThat(result.warnings()).anySatisfy(w -> assertThat(w.message().english()).contains("full-credit"));

        QuestionDraft typed = result.questions().get(4).draft();
        assertThat(typed.options()).extracting(OptionDraft::text).containsExactly("ứng vạn biến", "vạn biến");
        assertThat(typed.options().get(1).weight()).isEqualByComparingTo("50");

        QuestionDraft matching = result.questions().get(5).draft();
        assertThat(matching.options()).extracting(OptionDraft::text, OptionDraft::match).containsExactly(
                org.assertj.core.api.Assertions.tuple("Bùi Thanh Sơn", "Bộ trưởng Bộ Ngoại giao"),
                org.assertj.core.api.Assertions.tuple("Phạm Bình Minh", "Phó Thủ tướng Thường trực"),
                org.assertj.core.api.Assertions.tuple("", "Chủ tịch Quốc hội"));

        QuestionDraft ordering = result.questions().get(6).draft();
        assertThat(ordering.options()).extracting(OptionDraft::position).containsExactly(1, 2, 3);

        assertThat(result.skipped()).extracting(s -> s.reason().english()).satisfiesExactly(
                essay -> assertThat(essay).contains("essay"),
                image -> assertThat(image).contains("hoi-nghi.png", "images"));
    }

    @Test
    void brokenAndHostileFilesAreReportedWithTheirLineAndNothingIsFetched() {
        assertThat(read("<quiz><question type=\"truefalse\">").errors()).singleElement()
                .satisfies(p -> assertThat(p.message().english()).startsWith("not well-formed XML"));
        assertThat(read("<questions/>").errors()).singleElement()
                .satisfies(p -> assertThat(p.message().english()).contains("<quiz>"));
        String entities = """
                <?xml version="1.0"?>
                <!DOCTYPE quiz [<!ENTITY secret SYSTEM "file:///etc/passwd"> <!ENTITY a "aaaaaaaaaa">
                  <!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>
                <quiz><question type="shortanswer"><questiontext><text>&secret;&b;</text></questiontext>
                <answer fraction="100"><text>x</text></answer></question></quiz>
                """;
        ImportResult hostile = read(entities);
        assertThat(hostile.questions()).isEmpty();
        assertThat(hostile.errors()).singleElement().satisfies(p -> assertThat(p.message().english()).contains("DOCTYPE"));
        String huge = "<quiz><question type=\"multichoice\"><questiontext><text>?</text></questiontext>"
                + "<answer fraction=\"1e-100000000\"><text>a</text></answer></question></quiz>";
        assertThat(read(huge).errors()).singleElement()
                .satisfies(p -> assertThat(p.message().english()).contains("not a number Moodle writes"));
        assertThat(read("<quiz>" + "<a>".repeat(40) + "</a>".repeat(40) + "</quiz>").errors()).singleElement()
                .satisfies(p -> assertThat(p.message().english()).contains("nested"));
    }

    @Test
    void aSingleChoiceWithTwoFullAnswersIsSkippedAndOneWithoutAnyIsAnError() {
        String two = "<quiz><question type=\"multichoice\"><questiontext><text>?</text></questiontext><single>true</single>"
                + "<answer fraction=\"100\"><text>a</text></answer><answer fraction=\"100\"><text>b</text></answer>"
                + "</question></quiz>";
        assertThat(read(two).skipped()).singleElement().satisfies(s -> assertThat(s.reason().english()).contains("100 %"));
        String none = two.replace("fraction=\"100\"", "fraction=\"50\"");
        assertThat(read(none).errors()).singleElement().satisfies(p -> assertThat(p.message().english()).contains("100 %"));
    }

    @Test
    void aCategoryNamingATopicFilesItsQuestionsThere() {
        String xml = "<quiz><question type=\"category\"><category><text>$course$/top/three-pillars</text></category>"
                + "</question><question type=\"truefalse\"><questiontext><text>Có ba trụ cột?</text></questiontext>"
                + "<answer fraction=\"100\"><text>true</text></answer><answer fraction=\"0\"><text>false</text></answer>"
                + "</question></quiz>";
        assertThat(read(xml).questions()).singleElement()
                .satisfies(q -> assertThat(q.draft().topic()).isEqualTo("three-pillars"));
    }

    @Test
    void aQuestionThatPlaysASoundIsSkippedWithTheReason() {
        String xml = "<quiz><question type=\"truefalse\"><questiontext format=\"html\"><text><![CDATA[<p>Nghe đoạn"
                + " sau: <audio controls src=\"@@PLUGINFILE@@/quoc-ca.mp3\"></audio></p><p>Đây là Quốc ca?</p>]]></text>"
                + "</questiontext><answer fraction=\"100\"><text>true</text></answer><answer fraction=\"0\"><text>false"
                + "</text></answer></question></quiz>";
        assertThat(read(xml).questions()).isEmpty();
        assertThat(read(xml).skipped()).singleElement().satisfies(s -> {
            assertThat(s.reason().english()).contains("sound");
            assertThat(s.reason().vietnamese()).contains("âm thanh");
        });
    }
}
