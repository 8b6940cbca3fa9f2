package vn.civicsquiz.teacher;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static vn.civicsquiz.teacher.TeacherApi.RUN;
import static vn.civicsquiz.teacher.TeacherApi.teacher;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.EncoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.civicsquiz.learner.BasicAuth;

/** Question files in the charsets Vietnamese teachers' editors write, sent as raw bytes over HTTP. */
@QuarkusTest
class ImportCharsetTest {

    private static final String STEM = "Hội nghị Đối ngoại toàn quốc diễn ra vào năm nào? “Lần thứ nhất”";
    private static final String WRONG_FEEDBACK = "Sai – đó là năm Đại hội XII.";

    private static String gift(String run) {
        return """
                // Câu hỏi về Hội nghị Đối ngoại toàn quốc
                ::Hội nghị::%s (%s) {
                \t=2021#Đúng: ngày 14 tháng 12 năm 2021.
                \t~2016#%s
                }
                """.formatted(STEM, run, WRONG_FEEDBACK);
    }

    /** The bytes exactly as given, with exactly this Content-Type (no charset added by the client). */
    private static ValidatableResponse post(byte[] file, String contentType) {
        return given().config(RestAssuredConfig.config().encoderConfig(EncoderConfig.encoderConfig()
                        .appendDefaultContentCharsetToContentTypeIfUndefined(false)))
                .header("Authorization", BasicAuth.header("teacher", "teacher-test-password"))
                .contentType(contentType).body(file)
                .post("/api/v1/questions/import?format=gift&topic=events").then();
    }

    /** Imports the file, checks the charset reported and that the stored texts are exactly the Vietnamese sent. */
    private static void importsFaithfully(String run, byte[] file, String contentType, String charset) {
        JsonPath report = post(file, contentType).statusCode(200).extract().jsonPath();
        assertThat(report.getString("charset")).isEqualTo(charset);
        List<Long> ids = report.getList("imported.id", Long.class);
        assertThat(ids).hasSize(1);
        JsonPath stored = teacher().get("/api/v1/questions/" + ids.get(0)).then().statusCode(200).extract().jsonPath();
        assertThat(stored.getString("stem")).isEqualTo(STEM + " (" + run + ")");
        assertThat(stored.getString("title")).isEqualTo("Hội nghị");
        assertThat(stored.getString("options[0].feedback")).isEqualTo("Đúng: ngày 14 tháng 12 năm 2021.");
        assertThat(stored.getString("options[1].feedback")).isEqualTo(WRONG_FEEDBACK);
    }

    @Test
    void utf8WithAndWithoutByteOrderMarkIsRecognised() {
        String plain = RUN + "-utf8";
        importsFaithfully(plain, gift(plain).getBytes(StandardCharsets.UTF_8), "text/x-gift", "UTF-8");
        String bom = RUN + "-utf8bom";
        importsFaithfully(bom, concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                gift(bom).getBytes(StandardCharsets.UTF_8)), "application/octet-stream", "UTF-8");
    }

    @Test
    void utf16WithByteOrderMarkIsRecognisedInBothByteOrders() {
        String little = RUN + "-utf16le";
        importsFaithfully(little, concat(new byte[] {(byte) 0xFF, (byte) 0xFE},
                gift(little).getBytes(StandardCharsets.UTF_16LE)), "text/x-gift", "UTF-16");
        String big = RUN + "-utf16be";
        importsFaithfully(big, concat(new byte[] {(byte) 0xFE, (byte) 0xFF},
                gift(big).getBytes(StandardCharsets.UTF_16BE)), "text/x-gift", "UTF-16");
    }

    @Test
    void windows1258IsRecognisedAndItsCombiningToneMarksComposed() {
        String run = RUN + "-cp1258";
        byte[] file = Windows1258.encode(gift(run));
        assertThat(new String(file, Charset.forName("windows-1258"))).as("tone marks are combining characters")
                .contains("\u0323").doesNotContain("ộ");
        importsFaithfully(run, file, "text/x-gift", "windows-1258");
    }

    @Test
    void aCharsetNamedInTheContentTypeIsHonoured() {
        String cp1258 = RUN + "-named1258";
        importsFaithfully(cp1258, Windows1258.encode(gift(cp1258)), "text/x-gift; charset=windows-1258",
                "windows-1258");
        String utf16 = RUN + "-named16le";
        importsFaithfully(utf16, gift(utf16).getBytes(StandardCharsets.UTF_16LE), "text/x-gift; charset=UTF-16LE",
                "UTF-16LE");
    }

    @Test
    void bytesThatDoNotDecodeInTheNamedCharsetAreRefusedAndNothingIsImported() {
        long before = total();
        post(Windows1258.encode(gift(RUN + "-liar")), "text/x-gift; charset=UTF-8").statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("charset"));
        assertThat(total()).isEqualTo(before);
    }

    @Test
    void undecidableBytesAreRefusedWithAClearProblem() {
        long before = total();
        // French in Windows-1252: not UTF-8, and Windows-1258 would turn it into letters Vietnamese never uses
        byte[] french = ("::Q::Le congrès à Hanoï, œuvre commune ‰ (" + RUN + ") {=oui ~non}\n")
                .getBytes(Charset.forName("windows-1252"));
        post(french, "text/x-gift").statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("charset"));
        // UTF-16 without a byte order mark reads as UTF-8 full of NUL characters
        post(gift(RUN + "-nobom").getBytes(StandardCharsets.UTF_16LE), "text/x-gift").statusCode(400)
                .body("errors[0].field", equalTo("charset"));
        assertThat(total()).isEqualTo(before);
    }

    @Test
    void anUnknownCharsetIs415() {
        post(gift(RUN + "-klingon").getBytes(StandardCharsets.UTF_8), "text/x-gift; charset=klingon-8")
                .statusCode(415).contentType("application/problem+json").body("errors[0].field", equalTo("charset"));
    }

    @Test
    void aReplacementCharacterLeftByAnEarlierConversionIsNeverStored() {
        long before = total();
        String damaged = gift(RUN + "-fffd").replace("Lần thứ nhất", "L\uFFFDn thứ nhất");
        post(damaged.getBytes(StandardCharsets.UTF_8), "text/x-gift").statusCode(400)
                .body("errors[0].field", equalTo("file")).body("errors[0].line", equalTo(2));
        assertThat(total()).isEqualTo(before);
    }

    private static byte[] concat(byte[] first, byte[] second) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(first);
        out.writeBytes(second);
        return out.toByteArray();
    }

    private static long total() {
        return teacher().get("/api/v1/questions?size=1").then().statusCode(200).extract().jsonPath().getLong("total");
    }
}
