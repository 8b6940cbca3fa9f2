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
import vn.civicsquiz.quiz.grading.GradingKey;
import vn.civicsquiz.quiz.GuestFixture;
import vn.civicsquiz.quiz.KeyAnswers;
import vn.civicsquiz.quiz.KindAttempts;
import vn.civicsquiz.quiz.QuizMode;
import vn.civicsquiz.quiz.grading.LearnerResponse;
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
 * A quiz of every topic is completed in the browser and through the JSON API, and so are quizzes holding one
 * question of each kind, answered both right and wrong; both channels grade the same answers the same way.
 */
@QuarkusTest
class EveryTopicBrowserAndApiTest extends BrowserSupport {

    static final Pattern SCORE = Pattern.compile("(\\d+)/(\\d+)");

    @Inject
    TestBank bank;
    @Inject
    KeyAnswers keys;
    @Inject
    GuestFixture guests;
    @Inject
    KindAttempts kindAttempts;

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
            String apiToken = null;
            for (int t = 0; t < QuizTopics.ALL.size(); t++) {
                String topic = QuizTopics.ALL.get(t);
                Outcome browser = inBrowser(page, t, startInBrowser(page, topic));
                Response started = given().contentType(ContentType.JSON)
                        .body(Map.of("topic", topic, "size", 10, "mode", "test")).post("/api/v1/attempts");
                started.then().statusCode(201);
                apiToken = started.header("X-Guest-Token");
                Outcome api = throughApi(t, apiToken, started.jsonPath().getLong("id"));
                assertThat(browser.score).as(topic + " in the browser").isEqualTo(browser.expected);
                assertThat(api.score).as(topic + " through the API").isEqualTo(api.expected);
                for (String stem : browser.correctByStem.keySet()) {
                    if (api.correctByStem.containsKey(stem)) {
                        assertThat(browser.correctByStem.get(stem)).as(stem).isEqualTo(api.correctByStem.get(stem));
                    }
                }
            }
            // one question of each kind, answered right and wrong, in both channels
            String browserToken = page.context().cookies().stream().filter(c -> c.name.equals("quiz-guest"))
                    .findFirst().orElseThrow().value;
            for (int t = 0; t < 2; t++) {
                long inBrowser = kindAttempts.start(guests.refOf(browserToken), QuizMode.test).id;
                page.navigate("/quiz/" + inBrowser + "/q/1");
                Outcome browser = inBrowser(page, t, inBrowser);
                Outcome api = throughApi(t, apiToken, kindAttempts.start(guests.refOf(apiToken), QuizMode.test).id);
                assertThat(browser.kinds).containsExactlyInAnyOrder(QuestionKind.values());
                assertThat(api.kinds).containsExactlyInAnyOrder(QuestionKind.values());
                assertThat(browser.correctByStem).hasSize(8).isEqualTo(api.correctByStem);
                assertThat(browser.score).isEqualTo(api.score).isEqualTo(browser.expected).isEqualTo(4);
            }
        });
    }

    private long startInBrowser(Page page, String topic) {
        page.navigate("/");
        page.locator("#topic-" + topic).check();
        page.locator("#mode-test").check();
        page.locator("#size-10").check();
        page.locator("#start").click();
        page.waitForURL("**/quiz/*/q/1");
        return QuizDriver.where(page)[0];
    }

    record Outcome(int score, int expected, List<QuestionKind> kinds, Map<String, Boolean> correctByStem) {
    }

    private Outcome inBrowser(Page page, int t, long attempt) {
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

    private Outcome throughApi(int t, String token, long attempt) {
        int size = given().header("X-Guest-Token", token).get("/api/v1/attempts/{id}", attempt).then()
                .statusCode(200).extract().jsonPath().getList("questions").size();
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
