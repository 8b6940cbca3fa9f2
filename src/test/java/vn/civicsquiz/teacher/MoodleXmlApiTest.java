package vn.civicsquiz.teacher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static vn.civicsquiz.teacher.TeacherApi.RUN;
import static vn.civicsquiz.teacher.TeacherApi.teacher;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * (Imported as drafts: published questions with weights would join other tests' quizzes of the topic.)
 * A teacher moves questions between Moodle and the app in Moodle XML: every kind Moodle exports comes in with its
 * categories as question sets, what cannot come in is listed with the reason, and an export goes back in whole.
 */
@QuarkusTest
class MoodleXmlApiTest {

    private static String file(String run) throws IOException {
        try (InputStream in = MoodleXmlApiTest.class.getResourceAsStream("/moodle-xml/cau-hoi-doi-ngoai.xml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .replace("Giáo dục công dân 12", "Giáo dục công dân 12 " + run)
                    .replace("</p>]]></text>\n    </questiontext>", " (" + run + ")</p>]]></text>\n    </questiontext>");
        }
    }

    @Test
    void aMoodleXmlFileComesInWithItsCategoriesAndGoesBackOut() throws IOException {
        String run = RUN + "-mx";
        byte[] xml = file(run).getBytes(StandardCharsets.UTF_8);

        JsonPath dry = teacher().header("Accept-Language", "en").contentType("application/xml; charset=UTF-8")
                .body(xml)
                .post("/api/v1/questions/import?format=moodlexml&dryRun=true&topic=events").then().statusCode(200)
                .extract().jsonPath();
        assertThat(dry.getList("imported.kind", String.class)).containsExactly("SINGLE", "MULTIPLE", "TRUE_FALSE",
                "NUMERIC", "SHORT_ANSWER", "MATCHING", "ORDERING");
        assertThat(dry.getList("skipped.line", Integer.class)).containsExactly(277, 295);
        assertThat(dry.getList("skipped.message", String.class)).satisfiesExactly(
                essay -> assertThat(essay).contains("essay"), image -> assertThat(image).contains("hoi-nghi.png"));

        JsonPath report = teacher().header("Accept-Language", "en").contentType("application/xml; charset=UTF-8")
                .body(xml)
                .post("/api/v1/questions/import?format=moodlexml&topic=events").then().statusCode(200)
                .extract().jsonPath();
        List<Long> ids = report.getList("imported.id", Long.class);
        assertThat(ids).hasSize(7).doesNotContainNull();
        assertThat(report.getList("imported.set", String.class)).containsExactly(
                "Giáo dục công dân 12 " + run + " / Đối ngoại", "Giáo dục công dân 12 " + run + " / Đối ngoại",
                "Giáo dục công dân 12 " + run + " / Đối ngoại / Con số",
                "Giáo dục công dân 12 " + run + " / Đối ngoại / Con số",
                "Giáo dục công dân 12 " + run + " / Đối ngoại / Con số",
                "Giáo dục công dân 12 " + run + " / Đối ngoại / Con số",
                "Giáo dục công dân 12 " + run + " / Đối ngoại / Con số");
        teacher().get("/api/v1/questions/" + ids.get(0)).then().statusCode(200)
                .body("options[1].weight", equalTo(50)).body("status", equalTo("draft"));

        long set = teacher().get("/api/v1/questions/" + ids.get(0)).then().extract().jsonPath().getLong("set");
        String exported = teacher().get("/api/v1/questions/export?format=moodlexml&set=" + set).then()
                .statusCode(200).contentType(containsString("application/xml")).extract().asString();
        assertThat(exported).startsWith("<?xml").contains("<question type=\"multichoice\">",
                "<question type=\"ordering\">", "(" + run + ")");
        // the export reads back as the same questions: all of them are already in the bank
        JsonPath again = teacher().header("Accept-Language", "en").contentType("application/xml; charset=UTF-8")
                .body(exported.getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/questions/import?format=moodlexml&dryRun=true&topic=events").then().statusCode(200)
                .extract().jsonPath();
        assertThat(again.getList("imported")).isEmpty();
        assertThat(again.getList("skipped.message", String.class)).hasSize(7)
                .allSatisfy(m -> assertThat(m).containsIgnoringCase("already"));
    }

    @Test
    void aFileThatIsNotMoodleXmlIsRefusedWithItsLine() {
        teacher().header("Accept-Language", "en").contentType("application/xml; charset=UTF-8")
                .body("<quiz>\n<question type=\"truefalse\">\n</quiz>".getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/questions/import?format=moodlexml&topic=events").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].line", equalTo(3));
    }

    @Test
    void aFileMayNotBringMoreQuestionSetsThanACourseUses() {
        StringBuilder xml = new StringBuilder("<quiz>");
        for (int i = 0; i < 60; i++) {
            xml.append("<question type=\"category\"><category><text>$course$/top/Khoá ").append(RUN).append("/c")
                    .append(i).append("/con</text></category></question><question type=\"truefalse\"><questiontext>")
                    .append("<text>Câu ").append(i).append(" ").append(RUN).append("?</text></questiontext>")
                    .append("<answer fraction=\"100\"><text>true</text></answer><answer fraction=\"0\"><text>false")
                    .append("</text></answer></question>");
        }
        xml.append("</quiz>");
        teacher().header("Accept-Language", "en").contentType("application/xml; charset=UTF-8")
                .body(xml.toString().getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/questions/import?format=moodlexml&topic=events").then().statusCode(400)
                .body("errors[0].message", containsString("more than 100 question sets"));
    }
}
