package vn.civicsquiz.teacher.console;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.civicsquiz.web.BrowserSession;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
class QuestionConsolePageTest {

    @Test
    void a_guest_is_sent_to_sign_in_and_a_learner_is_refused() {
        long id = ConsoleFixture.draft("khách " + ConsoleFixture.run());
        Response guest = given().redirects().follow(false).get("/teach/questions/" + id);
        assertThat(guest.statusCode()).isEqualTo(303);
        BrowserSession learner = ConsoleFixture.learner();
        assertThat(learner.get("/teach/questions/" + id).statusCode()).isEqualTo(403);
        learner.get("/");
        Response publish = ConsoleFixture.post(learner, "/teach/questions/" + id + "/status",
                Map.of("status", List.of("published"), "version", List.of("0")));
        assertThat(publish.statusCode()).isEqualTo(403);
        assertThat(ConsoleFixture.status(id)).isEqualTo("draft");
    }

    @Test
    void the_page_shows_the_draft_as_a_learner_sees_it_escaped() {
        String run = ConsoleFixture.run();
        long id = ConsoleFixture.draft("<img src=x onerror=alert(1)> " + run);
        String page = ConsoleFixture.teacher().get("/teach/questions/" + id).then().statusCode(200).extract().asString();
        assertThat(page).contains("id=\"preview\"").contains("name=\"option\"").contains("Ngoại giao pháo hạm")
                .contains("&lt;img src=x onerror=alert(1)&gt;").doesNotContain("<img src=x");
        assertThat(ConsoleFixture.teacher().get("/teach/questions/" + id + "?lang=en").asString())
                .contains("What learners see");
    }

    @Test
    void an_unknown_question_or_bad_input_is_a_readable_4xx() {
        BrowserSession teacher = ConsoleFixture.teacher();
        Response missing = teacher.get("/teach/questions/99999999");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.contentType()).startsWith("text/html");
        long id = ConsoleFixture.draft("hỏng " + ConsoleFixture.run());
        teacher.get("/teach/questions/" + id);
        for (Map<String, List<String>> form : List.of(Map.of("status", List.of("gone"), "version", List.of("0")),
                Map.of("status", List.of("published")), Map.of("status", List.of("published"), "version", List.of("x")))) {
            Response bad = ConsoleFixture.post(teacher, "/teach/questions/" + id + "/status", form);
            assertThat(bad.statusCode()).as(form.toString()).isEqualTo(400);
            assertThat(bad.contentType()).startsWith("text/html");
        }
        assertThat(ConsoleFixture.status(id)).isEqualTo("draft");
    }

    @Test
    void publish_retire_and_duplicate_need_the_token_and_go_through_the_bank() {
        long id = ConsoleFixture.draft("trạng thái " + ConsoleFixture.run());
        BrowserSession teacher = ConsoleFixture.teacher();
        teacher.get("/teach/questions/" + id);
        assertThat(teacher.postRaw("/teach/questions/" + id + "/status", "status", "published", "version", "0")
                .statusCode()).isEqualTo(403);
        assertThat(ConsoleFixture.status(id)).isEqualTo("draft");

        Response published = ConsoleFixture.post(teacher, "/teach/questions/" + id + "/status",
                Map.of("status", List.of("published"), "version", List.of("0")));
        assertThat(published.statusCode()).isEqualTo(303);
        assertThat(ConsoleFixture.status(id)).isEqualTo("published");

        Response copied = ConsoleFixture.post(teacher, "/teach/questions/" + id + "/duplicate", Map.of());
        assertThat(copied.statusCode()).isEqualTo(303);
        long copy = Long.parseLong(copied.header("Location").replaceAll(".*/teach/questions/(\\d+).*", "$1"));
        assertThat(copy).isNotEqualTo(id);
        assertThat(ConsoleFixture.status(copy)).isEqualTo("draft");

        int version = ConsoleFixture.question(id).jsonPath().getInt("version");
        ConsoleFixture.post(teacher, "/teach/questions/" + id + "/status",
                Map.of("status", List.of("retired"), "version", List.of(String.valueOf(version))));
        assertThat(ConsoleFixture.status(id)).isEqualTo("retired");
        Response again = ConsoleFixture.post(teacher, "/teach/questions/" + id + "/status",
                Map.of("status", List.of("published"), "version", List.of(String.valueOf(version + 1))));
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(again.asString()).contains("id=\"refused\"");
        assertThat(ConsoleFixture.status(id)).isEqualTo("retired");
    }

    @Test
    void an_edit_saves_and_a_stale_edit_says_so_keeping_what_was_typed() {
        String run = ConsoleFixture.run();
        long id = ConsoleFixture.draft("sửa " + run);
        BrowserSession teacher = ConsoleFixture.teacher();
        teacher.get("/teach/questions/" + id);
        Map<String, List<String>> form = edit(run, "Ba trụ cột: Đảng, Nhà nước, nhân dân " + run, 0);
        Response saved = ConsoleFixture.post(teacher, "/teach/questions/" + id, form);
        assertThat(saved.statusCode()).isEqualTo(303);
        var stored = ConsoleFixture.question(id).jsonPath();
        assertThat(stored.getString("explanation")).isEqualTo("Ba trụ cột: Đảng, Nhà nước, nhân dân " + run);
        assertThat(stored.getList("tags", String.class)).contains("ôn " + run);
        assertThat(stored.getString("options[1].feedback")).isEqualTo("Gần đúng " + run);

        Map<String, List<String>> late = edit(run, "Bản cũ của tôi " + run, 0); // version 0 was read before the save
        Response stale = ConsoleFixture.post(teacher, "/teach/questions/" + id, late);
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(stale.asString()).contains("id=\"stale\"").contains("Bản cũ của tôi " + run);
        assertThat(ConsoleFixture.question(id).jsonPath().getString("explanation"))
                .isEqualTo("Ba trụ cột: Đảng, Nhà nước, nhân dân " + run);
    }

    @Test
    void an_edit_breaking_a_rule_is_refused_with_the_form_kept() {
        String run = ConsoleFixture.run();
        long id = ConsoleFixture.draft("luật " + run);
        BrowserSession teacher = ConsoleFixture.teacher();
        teacher.get("/teach/questions/" + id);
        Map<String, List<String>> form = new HashMap<>(edit(run, "Giải thích " + run, 0));
        form.remove("correct"); // no right option
        Response refused = ConsoleFixture.post(teacher, "/teach/questions/" + id, form);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.asString()).contains("id=\"refused\"").contains("Giải thích " + run);
        assertThat(ConsoleFixture.question(id).jsonPath().getInt("version")).isZero();
    }

    private static Map<String, List<String>> edit(String run, String explanation, int version) {
        Map<String, List<String>> form = new HashMap<>();
        form.put("version", List.of(String.valueOf(version)));
        form.put("stem", List.of("Trụ cột nào KHÔNG thuộc đối ngoại (sửa " + run + ")?"));
        form.put("text", List.of("Đối ngoại Đảng", "Ngoại giao Nhà nước", "Đối ngoại nhân dân", "Ngoại giao pháo hạm"));
        form.put("correct", List.of("3"));
        form.put("weight", List.of("", "", "", ""));
        form.put("feedback", List.of("", "Gần đúng " + run, "", ""));
        form.put("explanation", List.of(explanation));
        form.put("topic", List.of("three-pillars"));
        form.put("set", List.of(""));
        form.put("tags", List.of("ôn " + run));
        return form;
    }
}
