package vn.civicsquiz.teacher;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import vn.civicsquiz.learner.BasicAuth;

/** One rule for formatting, whatever the file: bold, italic, lists and line breaks kept, the rest reported. */
@QuarkusTest
class ImportedFormattingTest {

    private static JsonPath dryRun(String format, String contentType, String file) {
        return given().header("Authorization", BasicAuth.header("teacher", "teacher-test-password"))
                .contentType(contentType).body(file)
                .post("/api/v1/questions/import?format=" + format + "&topic=events&dryRun=true")
                .then().statusCode(200).extract().jsonPath();
    }

    @Test
    void giftHtmlAndTypedTagsArriveAsTheSameFormattingAndTheRestIsReportedWithItsLine() {
        JsonPath report = dryRun("gift", "text/x-gift; charset=UTF-8", """
                ::HTML::[html]<p>Trụ cột nào <strong>KHÔNG</strong> thuộc nền ngoại giao toàn diện?</p>{
                    =Ngoại giao pháo hạm
                    ~Đối ngoại Đảng
                }

                ::Gõ tay::Trụ cột nào <b>KHÔNG</b> thuộc nền ngoại giao toàn diện? <span>(chọn một)</span>{
                    =Ngoại giao pháo hạm
                    ~Ngoại giao Nhà nước
                }

                ::Ảnh::[html]Quan sát ảnh: <img src="@@PLUGINFILE@@/a.jpg">. Đây là hội nghị nào?{
                    =Hội nghị Đối ngoại toàn quốc
                    ~Hội nghị Ngoại giao lần thứ 30
                }
                """);

        assertThat(report.getList("imported.stem", String.class)).containsExactly(
                "Trụ cột nào <b>KHÔNG</b> thuộc nền ngoại giao toàn diện?",
                "Trụ cột nào <b>KHÔNG</b> thuộc nền ngoại giao toàn diện? <span>(chọn một)</span>");
        assertThat(report.getList("warnings.line", Integer.class)).containsExactly(6);
        assertThat(report.getString("warnings[0].message")).contains("nguyên văn").contains("<span> </span>");
        assertThat(report.getList("skipped.line", Integer.class)).containsExactly(11);
        assertThat(report.getString("skipped[0].message")).contains("hình ảnh");
    }
}
