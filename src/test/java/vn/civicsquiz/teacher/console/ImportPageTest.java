package vn.civicsquiz.teacher.console;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.civicsquiz.web.BrowserSession;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
class ImportPageTest {

    static String gift(String run) {
        return """
                $CATEGORY: $course$/top/three-pillars

                ::Một::Trụ cột nào KHÔNG thuộc nền đối ngoại (%1$s)? {
                \t~Đối ngoại Đảng
                \t~Ngoại giao Nhà nước
                \t~Đối ngoại nhân dân
                \t=Ngoại giao pháo hạm#Đúng: đây không phải một trụ cột.
                }

                Hội nghị Đối ngoại toàn quốc diễn ra năm 2021 (%1$s).{TRUE}
                """.formatted(run);
    }

    static RequestSpecification upload(BrowserSession session, boolean withToken) {
        RequestSpecification request = given().redirects().follow(false).cookies(session.cookies());
        return withToken ? request.multiPart("csrf", session.csrfToken()) : request;
    }

    static int count(String run) {
        return given().header("Authorization", ConsoleFixture.AUTH).queryParam("q", run).get("/api/v1/questions")
                .then().statusCode(200).extract().jsonPath().getInt("total");
    }

    @Test
    void a_guest_is_sent_to_sign_in_and_a_learner_is_refused() {
        assertThat(given().redirects().follow(false).get("/teach/import").statusCode()).isEqualTo(303);
        BrowserSession learner = ConsoleFixture.learner();
        assertThat(learner.get("/teach/import").statusCode()).isEqualTo(403);
        learner.get("/");
        String run = ConsoleFixture.run();
        Response refused = upload(learner, true).multiPart("format", "gift").multiPart("step", "import")
                .multiPart("text", gift(run)).post("/teach/import");
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(count(run)).isZero();
    }

    @Test
    void a_dry_run_reports_each_question_with_its_line_and_stores_nothing() {
        String run = ConsoleFixture.run();
        BrowserSession teacher = ConsoleFixture.teacher();
        teacher.get("/teach/import");
        Response checked = upload(teacher, true).multiPart("format", "gift").multiPart("step", "check")
                .multiPart("file", "cau-hoi.gift", gift(run).getBytes(StandardCharsets.UTF_8), "text/plain")
                .post("/teach/import");
        assertThat(checked.statusCode()).isEqualTo(200);
        assertThat(checked.asString()).contains("id=\"import-report\"").contains("dòng 3").contains("dòng 10")
                .contains("id=\"confirm-form\"").contains("(" + run + ")");
        assertThat(count(run)).isZero();

        Response imported = upload(teacher, true).multiPart("format", "gift").multiPart("step", "import")
                .multiPart("publish", "1").multiPart("text", gift(run)).post("/teach/import");
        assertThat(imported.statusCode()).isEqualTo(200);
        assertThat(imported.asString()).contains("Đã nhập 2 câu");
        assertThat(count(run)).isEqualTo(2);
        assertThat(given().header("Authorization", ConsoleFixture.AUTH).queryParam("q", run)
                .queryParam("status", "published").get("/api/v1/questions").jsonPath().getInt("total")).isEqualTo(2);
    }

    @Test
    void a_broken_file_is_refused_with_its_lines_and_nothing_is_stored() {
        String run = ConsoleFixture.run();
        BrowserSession teacher = ConsoleFixture.teacher();
        teacher.get("/teach/import");
        String broken = gift(run) + "\nCâu hỏng (" + run + ") {\n~một\n";
        Response refused = upload(teacher, true).multiPart("format", "gift").multiPart("step", "import")
                .multiPart("text", broken).post("/teach/import");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.asString()).contains("id=\"import-problems\"").contains("dòng ");
        assertThat(count(run)).isZero();
    }

    @Test
    void bad_input_is_a_readable_400_and_the_token_is_required() {
        String run = ConsoleFixture.run();
        BrowserSession teacher = ConsoleFixture.teacher();
        teacher.get("/teach/import");
        for (Map<String, String> form : java.util.List.of(Map.of("format", "docx", "text", gift(run)),
                Map.of("format", "gift", "topic", "astrology", "text", gift(run)),
                Map.of("format", "gift"))) {
            RequestSpecification request = upload(teacher, true).multiPart("step", "import");
            form.forEach(request::multiPart);
            Response bad = request.post("/teach/import");
            assertThat(bad.statusCode()).as(form.keySet().toString()).isEqualTo(400);
            assertThat(bad.contentType()).startsWith("text/html");
        }
        Response forged = upload(teacher, false).multiPart("format", "gift").multiPart("step", "import")
                .multiPart("text", gift(run)).post("/teach/import");
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(count(run)).isZero();
    }
}
