package vn.civicsquiz.web;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.civicsquiz.question.QuestionKind;
import vn.civicsquiz.quiz.GradingKey;
import vn.civicsquiz.quiz.KeyAnswers;
import vn.civicsquiz.quiz.LearnerResponse;
import vn.civicsquiz.quiz.QuizTopics;
import vn.civicsquiz.quiz.TestBank;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A quiz of every topic, covering every question kind answered both right and wrong, is completed in the
 * browser and through the JSON API; both grade the same answers the same way.
 */
@QuarkusTest
class EveryTopicBrowserAndApiTest extends BrowserSupport {

    static final Pattern SCORE = Pattern.compile("(\\d+)/(\\d+)");

    @Inject
    TestBank bank;
    @Inject
    KeyAnswers keys;

    @BeforeEach
    void bank() {
        bank.ensureTopics();
    }

    /** Which answers are right alternates by topic, so every kind is answered both ways over all topics. */
    static boolean answerRight(int topicIndex, QuestionKind kind) {
        return (topicIndex + kind.ordinal()) % 2 == 0;
    }

    static LearnerResponse answerFor(int topicIndex, GradingKey key) {
        return answerRight(topicIndex, key.kind()) ? KeyAnswers.right(key) : KeyAnswers.wrong(key);
    }

    @Test
    void every_topic_and_kind_gives_the_same_result_in_the_browser_and_through_the_api() {
        scenario("every-topic", () -> {
            Page page = newPage();
            for (int t = 0; t < QuizTopics.ALL.size(); t++) {
                String topic = QuizTopics.ALL.get(t);
                Outcome browser = inBrowser(page, t, topic);
                Outcome api = throughApi(t, topic);
                assertThat(browser.score).as(topic + " in the browser").isEqualTo(browser.expected);
                assertThat(api.score).as(topic + " through the API").isEqualTo(api.expected);
                if (!topic.equals(QuizTopics.MIXED)) {
                    assertThat(browser.kinds).as(topic).containsExactlyInAnyOrder(QuestionKind.values());
                    assertThat(api.kinds).as(topic).containsExactlyInAnyOrder(QuestionKind.values());
                    assertThat(browser.correctByStem).as(topic).isEqualTo(api.correctByStem);
                    assertThat(browser.score).isEqualTo(api.score);
                }
            }
        });
    }

    record Outcome(int score, int expected, List<QuestionKind> kinds, Map<String, Boolean> correctByStem) {
    }

    private Outcome inBrowser(Page page, int t, String topic) {
        page.navigate("/");
        page.locator("#topic-" + topic).check();
        page.locator("#mode-test").check();
        page.locator("#size-10").check();
        page.locator("#start").click();
        page.waitForURL("**/quiz/*/q/1");
        long attempt = QuizDriver.where(page)[0];
        int size = Integer.parseInt(page.locator("progress.quiz-progress").getAttribute("max"));
        int expected = 0;
        List<QuestionKind> kinds = new java.util.ArrayList<>();
        for (int position = 1; position <= size; position++) {
            page.waitForURL("**/quiz/" + attempt + "/q/" + position);
            GradingKey key = keys.key(attempt, position);
            kinds.add(key.kind());
            expected += answerRight(t, key.kind()) ? 1 : 0;
            QuizDriver.answerByPointer(page, answerFor(t, key));
        }
        page.locator("#finish").click();
        page.waitForURL("**/quiz/" + attempt + "/result");
        Map<String, Boolean> byStem = new HashMap<>();
        for (Locator item : page.locator(".review-item").all()) {
            byStem.put(item.locator("h3.stem").innerText(), item.locator(".badge.ok").count() == 1);
        }
        Matcher m = SCORE.matcher(page.locator("#score").innerText());
        assertThat(m.find()).isTrue();
        PlaywrightAssertions.assertThat(page.locator(".review-item")).hasCount(size);
        return new Outcome(Integer.parseInt(m.group(1)), expected, kinds, byStem);
    }

    private Outcome throughApi(int t, String topic) {
        Response started = given().contentType(ContentType.JSON)
                .body(Map.of("topic", topic, "size", 10, "mode", "test")).post("/api/v1/attempts");
        started.then().statusCode(201);
        String token = started.header("X-Guest-Token");
        long attempt = started.jsonPath().getLong("id");
        int size = started.jsonPath().getList("questions").size();
        int expected = 0;
        List<QuestionKind> kinds = new java.util.ArrayList<>();
        for (int position = 1; position <= size; position++) {
            GradingKey key = keys.key(attempt, position);
            kinds.add(key.kind());
            expected += answerRight(t, key.kind()) ? 1 : 0;
            given().contentType(ContentType.JSON).header("X-Guest-Token", token)
                    .body(KeyAnswers.body(answerFor(t, key)))
                    .put("/api/v1/attempts/{id}/answers/{p}", attempt, position).then().statusCode(200);
        }
        JsonPath result = given().contentType(ContentType.JSON).header("X-Guest-Token", token)
                .post("/api/v1/attempts/{id}/finish", attempt).then().statusCode(200).extract().jsonPath();
        Map<String, Boolean> byStem = new HashMap<>();
        for (Map<String, Object> item : result.<Map<String, Object>>getList("items")) {
            byStem.put((String) item.get("stem"), (Boolean) item.get("correct"));
        }
        return new Outcome(result.getInt("score"), expected, kinds, byStem);
    }
}
