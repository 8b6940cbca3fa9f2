package vn.civicsquiz.web;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.civicsquiz.question.QuestionKind;
import vn.civicsquiz.quiz.KeyAnswers;
import vn.civicsquiz.quiz.TestBank;
import vn.civicsquiz.quiz.grading.GradingKey;
import vn.civicsquiz.quiz.grading.LearnerResponse;

import java.util.EnumSet;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** With JavaScript a practice quiz needs no page load per question: one key or tap answers, → goes on. */
@QuarkusTest
class OneTapAnswerTest extends BrowserSupport {

    private static final EnumSet<QuestionKind> ONE_TAP = EnumSet.of(QuestionKind.SINGLE, QuestionKind.NEGATIVE,
            QuestionKind.TRUE_FALSE);

    @Inject
    TestBank bank;
    @Inject
    KeyAnswers keys;

    @BeforeEach
    void bank() {
        bank.ensureTopics();
    }

    @Test
    void a_practice_quiz_is_answered_with_number_keys_and_arrows_without_loading_a_page() {
        scenario("one-tap-keys", () -> {
            Page page = newPage();
            page.navigate("/");
            page.locator("#topic-three-pillars").check();
            page.locator("#start").click();
            page.waitForURL("**/quiz/*/q/1");
            page.evaluate("() => { window.samePage = true; }");
            long attempt = QuizDriver.where(page)[0];
            int size = Integer.parseInt(page.locator("progress.quiz-progress").getAttribute("max"));
            int byKey = 0;
            for (int position = 1; position <= size; position++) {
                GradingKey key = keys.key(attempt, position);
                LearnerResponse right = KeyAnswers.right(key);
                if (ONE_TAP.contains(key.kind())) {
                    long id = ((LearnerResponse.Choice) right).optionIds().get(0);
                    String number = page.locator("#opt-" + id).getAttribute("data-key");
                    page.locator("body").focus();
                    page.keyboard().press(number);
                    byKey++;
                } else {
                    QuizDriver.answerByPointer(page, right);
                }
                PlaywrightAssertions.assertThat(page.locator("#feedback-title")).hasText("Chính xác!");
                assertThat(page.url()).endsWith("/quiz/" + attempt + "/q/" + position + "#feedback");
                if (position < size) {
                    page.locator("body").focus();
                    page.keyboard().press("ArrowRight");
                    page.waitForURL(java.util.regex.Pattern.compile("/q/" + (position + 1) + "$"));
                    PlaywrightAssertions.assertThat(page.locator("h1")).hasText("Câu " + (position + 1) + "/" + size);
                }
            }
            assertThat(byKey).as("questions answered by one key").isPositive();
            assertThat(page.evaluate("() => window.samePage === true")).as("no page was loaded").isEqualTo(true);
            page.locator("#finish").click();
            page.waitForURL("**/result");
            PlaywrightAssertions.assertThat(page.locator("#score")).containsText(size + "/" + size + " câu đúng");
        });
    }

    @Test
    void a_failed_answer_request_is_shown_as_pending_and_retried_until_it_is_saved() {
        scenario("one-tap-retry", () -> {
            Page page = newPage();
            page.navigate("/");
            page.locator("#topic-three-pillars").check();
            page.locator("#start").click();
            page.waitForURL("**/quiz/*/q/1");
            long attempt = QuizDriver.where(page)[0];
            int position = 1;
            while (!ONE_TAP.contains(keys.key(attempt, position).kind())) {
                position++;
            }
            page.navigate("/quiz/" + attempt + "/q/" + position);
            AtomicInteger refused = new AtomicInteger();
            page.route("**/quiz/" + attempt + "/q/" + position, route -> {
                if ("POST".equals(route.request().method()) && refused.getAndIncrement() == 0) {
                    route.abort();
                } else {
                    route.resume();
                }
            });
            GradingKey key = keys.key(attempt, position);
            long id = ((LearnerResponse.Choice) KeyAnswers.wrong(key)).optionIds().get(0);
            page.locator("#opt-" + id).click();
            PlaywrightAssertions.assertThat(page.locator("#answer-pending")).containsText("chưa được lưu");
            PlaywrightAssertions.assertThat(page.locator("#feedback-title")).hasText("Chưa chính xác.");
            assertThat(refused.get()).isEqualTo(2);
        });
    }
}
