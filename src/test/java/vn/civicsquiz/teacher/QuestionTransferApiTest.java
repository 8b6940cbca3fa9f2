package vn.civicsquiz.teacher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static vn.civicsquiz.teacher.TeacherApi.RUN;
import static vn.civicsquiz.teacher.TeacherApi.teacher;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.civicsquiz.question.QuestionDraft;
import vn.civicsquiz.question.QuestionKind;
import vn.civicsquiz.teacher.format.ImportResult;
import vn.civicsquiz.teacher.format.gift.GiftReader;
import vn.civicsquiz.teacher.format.gift.MoodleGiftFiles;
import vn.civicsquiz.teacher.format.json.QuizJsonReader;
import vn.civicsquiz.teacher.format.json.QuizJsonWriter;

@QuarkusTest
class QuestionTransferApiTest {

    private static String gift(String run) {
        return """
                // Câu hỏi về ba trụ cột (%1$s)
                $CATEGORY: $course$/top/three-pillars

                ::Ba trụ cột::Trụ cột nào KHÔNG thuộc nền đối ngoại toàn diện? (%1$s) {
                \t~Đối ngoại Đảng
                \t~Ngoại giao Nhà nước
                \t~Đối ngoại nhân dân
                \t=Ngoại giao pháo hạm#Đúng: đây không phải một trụ cột.
                }

                ::Tự luận::Hãy trình bày ba trụ cột. (%1$s) {}

                $CATEGORY: $course$/top

                Hội nghị Đối ngoại toàn quốc diễn ra năm 2021. (%1$s){TRUE}

                Hội nghị Đối ngoại toàn quốc diễn ra năm 2021. (%1$s){TRUE}
                """.formatted(run);
    }

    private static JsonPath importGift(String file, String query) {
        return teacher().header("Accept-Language", "en").contentType("text/x-gift; charset=UTF-8").body(file)
                .post("/api/v1/questions/import?format=gift" + query).then().statusCode(200).extract().jsonPath();
    }

    @Test
    void dryRunChecksAndImportStoresDraftsOnceAndReimportSkipsThem() {
        String run = RUN + "-a";
        long before = total();

        JsonPath dry = importGift(gift(run), "&dryRun=true&topic=events");

        assertThat(dry.getBoolean("dryRun")).isTrue();
        assertThat(dry.getList("imported.line", Integer.class)).containsExactly(4, 15);
        assertThat(dry.getList("imported.id")).containsOnlyNulls();
        assertThat(dry.getList("imported.topic", String.class)).containsExactly("three-pillars", "events");
        assertThat(dry.getList("skipped.line", Integer.class)).containsExactly(11, 17);
        assertThat(dry.getString("skipped[1].message")).isEqualTo("repeats the question on line 15");
        assertThat(total()).isEqualTo(before);

        JsonPath stored = importGift(gift(run), "&topic=events");
        List<Long> ids = stored.getList("imported.id", Long.class);
        assertThat(ids).hasSize(2).doesNotContainNull();
        teacher().get("/api/v1/questions/" + ids.get(0)).then().statusCode(200)
                .body("origin", equalTo("imported")).body("status", equalTo("draft"))
                .body("options[3].feedback", equalTo("Đúng: đây không phải một trụ cột."));
        assertThat(total()).isEqualTo(before + 2);

        JsonPath again = importGift(gift(run), "&topic=events");
        assertThat(again.getList("imported")).isEmpty();
        assertThat(again.getList("skipped.message", String.class))
                .contains("already in the bank as question " + ids.get(0), "already in the bank as question " + ids.get(1));
        assertThat(total()).isEqualTo(before + 2);
    }

    @Test
    void aFileWithProblemsImportsNothingAndListsThemWithLines() {
        long before = total();
        String file = gift(RUN + "-b") + """

                Câu thiếu dấu đóng (%1$s) {
                =a
                ~b

                $CATEGORY: $course$/top/Lịch sử

                Câu có chủ đề lạ (%1$s) {=Đúng ~Sai}
                """.formatted(RUN + "-b");

        teacher().header("Accept-Language", "en").contentType("text/x-gift; charset=UTF-8").body(file)
                .post("/api/v1/questions/import?format=gift").then().statusCode(400)
                .contentType("application/problem+json")
                .body("detail", equalTo("The file has 4 problems; nothing was imported"))
                .body("errors.field", contains("file", "questions[1].topic", "questions[2].topic",
                        "questions[3].topic"))
                .body("errors.line", contains(19, 15, 17, 25))
                .body("errors[0].message", equalTo("the answer block opened here is not closed with '}'"))
                .body("errors[1].message", startsWith("required: one of nine-tasks"))
                .body("errors[3].message", endsWith(" — the category Lịch sử is not a topic, so it becomes a "
                        + "question set; give ?topic= for its questions"));
        teacher().contentType("text/x-gift; charset=UTF-8").body(file)
                .post("/api/v1/questions/import?format=gift").then().statusCode(400)
                .body("detail", equalTo("Tệp có 4 lỗi; chưa có câu hỏi nào được nhập"))
                .body("errors.line", contains(19, 15, 17, 25))
                .body("errors[0].message", equalTo("Khối đáp án mở ở đây chưa được đóng bằng '}'"));
        assertThat(total()).isEqualTo(before);
    }

    @Test
    void jsonExportOfATopicReadsBackAsTheQuestionsStored() {
        String stem = TeacherApi.unique("Có bao nhiêu bài học kinh nghiệm?");
        List<QuestionDraft> drafts = List.of(new QuestionDraft(QuestionKind.ORDERING, "five-lessons", "Thứ tự",
                TeacherApi.unique("Sắp xếp các bài học theo thứ tự trong bài phát biểu."), List.of(
                new QuestionDraft.OptionDraft("Kiên định mục tiêu độc lập dân tộc", false, 1, null, null, null),
                new QuestionDraft.OptionDraft("Lợi ích quốc gia - dân tộc là trên hết", false, 2, null, null, "Bài học 2"),
                new QuestionDraft.OptionDraft("Kết hợp sức mạnh dân tộc với sức mạnh thời đại", false, 3, null, null,
                        null)), null, null, "Theo bài phát biểu.", 0.25, List.of("lesson-1", "lesson-2"), null, null),
                new QuestionDraft(QuestionKind.NUMERIC, "five-lessons", null, stem, List.of(),
                        new java.math.BigDecimal("5"), new java.math.BigDecimal("0.5"), null, 0.5, List.of(), null, null));
        String file = new QuizJsonWriter().write(drafts).content();

        JsonPath report = teacher().body(file).post("/api/v1/questions/import?format=json").then().statusCode(200)
                .extract().jsonPath();
        assertThat(report.getList("imported.id")).hasSize(2).doesNotContainNull();

        String exported = teacher().get("/api/v1/questions/export?format=json&topic=five-lessons").then()
                .statusCode(200).contentType("application/json")
                .header("Content-Disposition", containsString("questions.json")).extract().asString();
        ImportResult back = new QuizJsonReader().read(exported);
        assertThat(back.errors()).isEmpty();
        assertThat(back.drafts()).containsAll(drafts);
    }

    @Test
    void giftExportConvertsOrderingAndCountsIt() {
        String stem = TeacherApi.unique("Sắp xếp các sự kiện theo thời gian.");
        TeacherApi.create(Map.of("kind", "ORDERING", "topic", "events", "stem", stem, "options", List.of(
                Map.of("text", "Đại hội XIII", "position", 1), Map.of("text", "Hội nghị Đối ngoại toàn quốc", "position", 2))));

        var response = teacher().get("/api/v1/questions/export?format=gift&topic=events").then().statusCode(200)
                .contentType(containsString("text/plain")).header("X-Converted-Count", notNullValue())
                .extract();
        String gift = response.asString();

        assertThat(Integer.parseInt(response.header("X-Converted-Count"))).isPositive();
        assertThat(gift).startsWith("// Civics quiz questions in Moodle GIFT format")
                .contains("$CATEGORY: $course$/top/events", "=Đại hội XIII -> 1", "=Hội nghị Đối ngoại toàn quốc -> 2");
        ImportResult back = new GiftReader().read(gift);
        assertThat(back.errors()).isEmpty();
        assertThat(back.drafts()).filteredOn(d -> d.stem().equals(stem)).singleElement()
                .extracting(QuestionDraft::kind).isEqualTo(QuestionKind.MATCHING);
    }

    @Test
    void aikenImportUsesTheDefaultTopic() {
        String file = """
                Trường phái ngoại giao Việt Nam được ví với cây gì? (%s)
                A. Cây tùng
                B. Cây tre
                ANSWER: B
                """.formatted(RUN + "-c");

        teacher().contentType("text/x-aiken").body(file).post("/api/v1/questions/import?format=aiken&topic=phrases")
                .then().statusCode(200).body("imported.topic", contains("phrases"))
                .body("imported.kind", contains("SINGLE")).body("imported.id", everyItem(notNullValue()));
    }

    /**
     * Moodle's own fixture through the API: 9 items, the essay skipped, the second identical "TSL" question
     * skipped as a repeat, 7 questions that pass the rules once given a topic.
     */
    @Test
    void moodlesFixtureChecksCleanlyOnADryRun() {
        JsonPath report = importGift(MoodleGiftFiles.read("questions.gift.txt"), "&dryRun=true&topic=events");

        assertThat(report.getList("imported.kind", String.class)).containsExactly("MATCHING", "SINGLE", "MULTIPLE",
                "NUMERIC", "SHORT_ANSWER", "TRUE_FALSE", "TRUE_FALSE");
        assertThat(report.getList("skipped.line", Integer.class)).containsExactly(2, 49);
        assertThat(report.getList("warnings.line", Integer.class)).containsExactly(31); // line 5's <b> is formatting
    }

    @Test
    void unknownFormatOrTopicIs400() {
        teacher().contentType("text/x-aiken").body("x").post("/api/v1/questions/import?format=docx").then()
                .statusCode(400).body("errors[0].field", equalTo("format"))
                .body("errors[0].message", equalTo("cần một trong: gift, json, aiken, moodlexml"));
        teacher().header("Accept-Language", "en").contentType("text/x-aiken").body("x")
                .post("/api/v1/questions/import?format=docx").then().statusCode(400)
                .body("errors[0].message", equalTo("expected one of gift, json, aiken, moodlexml"));
        teacher().contentType("text/x-aiken").body("x").post("/api/v1/questions/import").then().statusCode(400);
        teacher().get("/api/v1/questions/export?format=gift&topic=lich-su").then().statusCode(400)
                .body("errors[0].field", equalTo("topic"));
        teacher().get("/api/v1/questions/export?format=json&status=lost").then().statusCode(400)
                .body("errors[0].field", equalTo("status")).body("errors[0].line", nullValue());
    }

    private static long total() {
        return teacher().get("/api/v1/questions?size=1").then().statusCode(200).extract().jsonPath().getLong("total");
    }
}
