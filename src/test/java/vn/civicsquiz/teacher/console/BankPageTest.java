package vn.civicsquiz.teacher.console;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.civicsquiz.web.BrowserSession;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
class BankPageTest {

    @Test
    void a_guest_is_sent_to_sign_in_and_a_learner_is_refused() {
        Response guest = given().redirects().follow(false).get("/teach/questions");
        assertThat(guest.statusCode()).isEqualTo(303);
        assertThat(guest.header("Location")).contains("/login");

        BrowserSession learner = ConsoleFixture.learner();
        Response refused = learner.get("/teach/questions");
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.contentType()).startsWith("text/html");
    }

    @Test
    void the_search_ignores_diacritics_and_the_filters_narrow_the_list() {
        String run = ConsoleFixture.run();
        long id = ConsoleFixture.draft("Đảng bộ " + run);
        BrowserSession teacher = ConsoleFixture.teacher();

        String found = teacher.get("/teach/questions?q=dang bo " + run).then().statusCode(200).extract().asString();
        assertThat(found).contains("id=\"question-" + id + "\"").contains("Đảng bộ " + run);
        assertThat(teacher.get("/teach/questions?q=dang bo " + run + "&status=published").asString())
                .doesNotContain("question-" + id).contains("id=\"none-found\"");
        assertThat(teacher.get("/teach/questions?q=" + run + "&mine=1&status=draft&topic=three-pillars").asString())
                .contains("question-" + id);
        assertThat(teacher.get("/teach/questions?lang=en&q=" + run).asString()).contains("Question bank");
    }

    @Test
    void a_bad_filter_or_page_is_a_readable_400() {
        BrowserSession teacher = ConsoleFixture.teacher();
        for (String query : List.of("status=nonsense", "page=-1", "page=x", "set=abc", "origin=robot")) {
            Response bad = teacher.get("/teach/questions?" + query);
            assertThat(bad.statusCode()).as(query).isEqualTo(400);
            assertThat(bad.contentType()).as(query).startsWith("text/html");
        }
    }

    @Test
    void question_text_is_escaped() {
        String run = ConsoleFixture.run();
        ConsoleFixture.draft("<script>alert(1)</script> " + run);
        String page = ConsoleFixture.teacher().get("/teach/questions?q=" + run).asString();
        assertThat(page).contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script>alert(1)");
    }

    @Test
    void a_bulk_publish_changes_every_chosen_question() {
        String run = ConsoleFixture.run();
        long first = ConsoleFixture.draft("một " + run);
        long second = ConsoleFixture.draft("hai " + run);
        BrowserSession teacher = ConsoleFixture.teacher();

        Response done = ConsoleFixture.post(teacher, "/teach/questions/bulk?q=" + run,
                Map.of("action", List.of("publish"), "id", List.of(String.valueOf(first), String.valueOf(second))));
        assertThat(done.statusCode()).isEqualTo(303);
        assertThat(done.header("Location")).contains("/teach/questions?q=" + run).contains("done=publish")
                .contains("count=2");
        assertThat(ConsoleFixture.status(first)).isEqualTo("published");
        assertThat(ConsoleFixture.status(second)).isEqualTo("published");
        assertThat(teacher.follow(done.header("Location")).asString()).contains("id=\"bulk-done\"");
    }

    @Test
    void a_refused_bulk_change_changes_nothing_and_says_which_question_and_why() {
        String run = ConsoleFixture.run();
        long draft = ConsoleFixture.draft("nháp " + run);
        long retired = ConsoleFixture.draft("cũ " + run);
        ConsoleFixture.retire(retired);
        BrowserSession teacher = ConsoleFixture.teacher();

        Response refused = ConsoleFixture.post(teacher, "/teach/questions/bulk?q=" + run,
                Map.of("action", List.of("publish"), "id", List.of(String.valueOf(draft), String.valueOf(retired))));
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(refused.asString()).contains("id=\"bulk-refused\"").contains("câu hỏi " + retired)
                .contains("id=\"question-" + draft + "\"");
        assertThat(ConsoleFixture.status(draft)).isEqualTo("draft");
        assertThat(ConsoleFixture.status(retired)).isEqualTo("retired");
    }

    @Test
    void bad_bulk_input_is_a_400_and_changes_nothing() {
        String run = ConsoleFixture.run();
        long draft = ConsoleFixture.draft("sai " + run);
        BrowserSession teacher = ConsoleFixture.teacher();
        List<Map<String, List<String>>> bad = List.of(
                Map.of("action", List.of("publish")),
                Map.of("action", List.of("explode"), "id", List.of(String.valueOf(draft))),
                Map.of("action", List.of("publish"), "id", List.of("abc")),
                Map.of("action", List.of("move"), "id", List.of(String.valueOf(draft))),
                Map.of("action", List.of("tag"), "id", List.of(String.valueOf(draft))));
        for (Map<String, List<String>> form : bad) {
            Response answer = ConsoleFixture.post(teacher, "/teach/questions/bulk", form);
            assertThat(answer.statusCode()).as(form.toString()).isEqualTo(400);
            assertThat(answer.contentType()).as(form.toString()).startsWith("text/html");
        }
        assertThat(ConsoleFixture.status(draft)).isEqualTo("draft");
    }

    @Test
    void a_bulk_change_needs_the_csrf_token_and_a_teacher() {
        String run = ConsoleFixture.run();
        long draft = ConsoleFixture.draft("csrf " + run);
        BrowserSession teacher = ConsoleFixture.teacher();
        Response forged = teacher.postRaw("/teach/questions/bulk", "action", "publish", "id", String.valueOf(draft));
        assertThat(forged.statusCode()).isEqualTo(403);

        BrowserSession learner = ConsoleFixture.learner();
        learner.get("/");
        Response byLearner = ConsoleFixture.post(learner, "/teach/questions/bulk",
                Map.of("action", List.of("publish"), "id", List.of(String.valueOf(draft))));
        assertThat(byLearner.statusCode()).isEqualTo(403);
        assertThat(ConsoleFixture.status(draft)).isEqualTo("draft");
    }

    @Test
    void tagging_and_moving_go_through_the_bulk_service() {
        String run = ConsoleFixture.run();
        long draft = ConsoleFixture.draft("nhãn " + run);
        BrowserSession teacher = ConsoleFixture.teacher();
        Response tagged = ConsoleFixture.post(teacher, "/teach/questions/bulk",
                Map.of("action", List.of("tag"), "id", List.of(String.valueOf(draft)), "addTag", List.of("tuần " + run)));
        assertThat(tagged.statusCode()).isEqualTo(303);
        assertThat(ConsoleFixture.question(draft).jsonPath().getList("tags", String.class)).contains("tuần " + run);
        assertThat(teacher.get("/teach/questions?tag=" + "tuần " + run).asString()).contains("question-" + draft);
    }
}
