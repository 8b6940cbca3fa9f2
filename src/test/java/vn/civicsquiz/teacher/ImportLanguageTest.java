package vn.civicsquiz.teacher;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static vn.civicsquiz.teacher.TeacherApi.RUN;
import static vn.civicsquiz.teacher.TeacherApi.teacher;

import io.restassured.response.ValidatableResponse;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * A teacher reads what her file got wrong in her language: Vietnamese unless the request prefers English, with the
 * same lines either way.
 */
@QuarkusTest
class ImportLanguageTest {

    private static ValidatableResponse dryRun(String format, String contentType, String file, String language) {
        var request = teacher().contentType(contentType + "; charset=UTF-8")
                .body(file.getBytes(StandardCharsets.UTF_8));
        if (language != null) {
            request = request.header("Accept-Language", language);
        }
        return request.post("/api/v1/questions/import?format=" + format + "&topic=events&dryRun=true").then();
    }

    /** The teacher's requests with the Content-Type as written: no charset added to it. */
    private static io.restassured.specification.RequestSpecification teacherAsSent() {
        return teacher().config(io.restassured.config.RestAssuredConfig.config().encoderConfig(
                io.restassured.config.EncoderConfig.encoderConfig().appendDefaultContentCharsetToContentTypeIfUndefined(false)));
    }

    private static ValidatableResponse gift(String file, String language) {
        return dryRun("gift", "text/x-gift", file, language);
    }

    @Test
    void aBrokenGiftFileIsExplainedInVietnameseByDefaultAndInEnglishOnRequest() {
        String file = """
                Câu đầu tiên (%1$s) {T}

                Câu thiếu dấu đóng (%1$s) {
                =a
                ~b
                """.formatted(RUN + "-lang-a");

        gift(file, null).statusCode(400).contentType("application/problem+json")
                .body("detail", equalTo("Tệp có 1 lỗi; chưa có câu hỏi nào được nhập"))
                .body("errors.line", contains(3))
                .body("errors[0].message", equalTo("Khối đáp án mở ở đây chưa được đóng bằng '}'"));
        gift(file, "en").statusCode(400)
                .body("detail", equalTo("The file has 1 problem; nothing was imported"))
                .body("errors.line", contains(3))
                .body("errors[0].message", equalTo("the answer block opened here is not closed with '}'"));
    }

    @Test
    void aSkippedEssayAndAWarningSayWhyInTheTeachersLanguage() {
        String file = """
                Câu đúng sai (%1$s) {T}

                ::Tự luận::Hãy trình bày ba trụ cột. (%1$s) {}

                Năm diễn ra hội nghị? (%1$s) {#2021:0#Đúng rồi}
                """.formatted(RUN + "-lang-b");

        gift(file, "vi-VN,vi;q=0.9").statusCode(200)
                .body("skipped.line", contains(3))
                .body("skipped[0].message", equalTo("Ứng dụng không hỗ trợ câu hỏi tự luận ({})"))
                .body("warnings.line", contains(5))
                .body("warnings[0].message", equalTo("Phản hồi cho đáp án số không được giữ lại"));
        gift(file, "en-US,en;q=0.8").statusCode(200)
                .body("skipped.line", contains(3))
                .body("skipped[0].message", equalTo("essay questions ({}) are not supported"))
                .body("warnings.line", contains(5))
                .body("warnings[0].message", equalTo("feedback on a numerical answer is not kept"));
    }

    @Test
    void aMoodleXmlProblemIsNamedInVietnameseByDefaultAndInEnglishOnRequest() {
        String xml = """
                <?xml version="1.0" encoding="UTF-8"?>
                <quiz>
                  <question type="truefalse">
                    <questiontext format="plain"><text>Câu hỏi (%1$s)</text></questiontext>
                    <answer fraction="100"><text>có</text></answer>
                    <answer fraction="0"><text>false</text></answer>
                  </question>
                </quiz>
                """.formatted(RUN + "-lang-c");

        dryRun("moodlexml", "application/xml", xml, null).statusCode(400)
                .body("errors.line", contains(3))
                .body("errors[0].message", equalTo("Đáp án của câu đúng/sai phải là 'true' hoặc 'false', không phải 'có'"));
        dryRun("moodlexml", "application/xml", xml, "en").statusCode(400)
                .body("errors.line", contains(3))
                .body("errors[0].message", equalTo("a true/false answer is 'true' or 'false', not 'có'"));
    }

    @Test
    void anUndecidableCharsetIsRefusedInTheTeachersLanguage() {
        // French in Windows-1252: not UTF-8, and Windows-1258 would turn it into letters Vietnamese never uses
        byte[] latin = "Le congrès à Hanoï, œuvre commune ‰ {T}".getBytes(java.nio.charset.Charset.forName("windows-1252"));
        teacherAsSent().contentType("text/x-gift").body(latin).post("/api/v1/questions/import?format=gift&dryRun=true")
                .then().statusCode(400)
                .body("detail", startsWith("Không nhận ra bảng mã của tệp"))
                .body("errors[0].field", equalTo("charset"))
                .body("errors[0].message", startsWith("ghi bảng mã trong Content-Type"));
        teacherAsSent().header("Accept-Language", "en").contentType("text/x-gift").body(latin)
                .post("/api/v1/questions/import?format=gift&dryRun=true").then().statusCode(400)
                .body("detail", startsWith("The file's characters cannot be recognised"))
                .body("errors[0].message", startsWith("name it in the Content-Type"));
        teacher().contentType("text/x-gift; charset=klingon").body("x".getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/questions/import?format=gift&dryRun=true").then().statusCode(415)
                .body("detail", equalTo("Không biết bảng mã 'klingon'"))
                .body("errors[0].message", containsString("windows-1258"));
    }

    @Test
    void aWrongQueryParameterNamesItsValuesInTheTeachersLanguage() {
        teacher().get("/api/v1/questions?kind=ESSAY").then().statusCode(400)
                .body("detail", equalTo("Tham số 'kind' không hợp lệ"))
                .body("errors[0].message", startsWith("cần một trong: SINGLE, MULTIPLE"));
        teacher().header("Accept-Language", "en").get("/api/v1/questions?kind=ESSAY").then().statusCode(400)
                .body("detail", equalTo("Invalid query parameter 'kind'"))
                .body("errors[0].message", startsWith("expected one of SINGLE, MULTIPLE"));
        teacher().get("/api/v1/questions?size=1000").then().statusCode(400)
                .body("errors[0].field", equalTo("size"))
                .body("errors[0].message", equalTo("cần một số nguyên từ 1 đến 100"));
        teacher().get("/api/v1/stats/questions?format=xlsx").then().statusCode(400)
                .body("errors[0].message", equalTo("cần một trong: csv, json"));
    }
}
