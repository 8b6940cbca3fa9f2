package vn.civicsquiz.web;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.civicsquiz.quiz.grading.GradingKey;
import vn.civicsquiz.quiz.KeyAnswers;
import vn.civicsquiz.quiz.TestBank;

/** A timed test shows no right answers until it is submitted; then every question is reviewed. */
@QuarkusTest
class TestModeQuizTest extends BrowserSupport {

    @Inject
    TestBank bank;
    @Inject
    KeyAnswers keys;

    @BeforeEach
    void bank() {
        bank.ensureTopics();
    }

    @Test
    void a_test_mode_quiz_shows_feedback_only_at_the_end() {
        scenario("test-mode", () -> {
            Page page = newPage();
            page.navigate("/");
            page.locator("#topic-people").check();
            page.locator("#mode-test").check();
            page.locator("#limit").selectOption("10");
            page.locator("#start").click();
            page.waitForURL("**/quiz/*/q/1");
            PlaywrightAssertions.assertThat(page.locator(".quiz-topic")).containsText("Kiểm tra");
            PlaywrightAssertions.assertThat(page.locator(".timer")).containsText("Hết giờ lúc");
            PlaywrightAssertions.assertThat(page.locator(".timer-left")).containsText(":");
            long attempt = QuizDriver.where(page)[0];
            int size = Integer.parseInt(page.locator("progress.quiz-progress").getAttribute("max"));
            int right = (size + 1) / 2;

            for (int position = 1; position <= size; position++) {
                page.waitForURL("**/quiz/" + attempt + "/q/" + position);
                GradingKey key = keys.key(attempt, position);
                QuizDriver.answerByPointer(page, position % 2 == 0 ? KeyAnswers.wrong(key) : KeyAnswers.right(key));
                PlaywrightAssertions.assertThat(page.locator(".feedback")).hasCount(0);
                PlaywrightAssertions.assertThat(page.locator(".option.correct, .option.wrong")).hasCount(0);
            }
            page.goBack();
            PlaywrightAssertions.assertThat(page.locator("#feedback")).hasText("Đã lưu câu trả lời. Đáp án sẽ hiện khi"
                    + " bạn nộp bài. Bạn vẫn có thể đổi câu trả lời cho đến khi nộp bài.");
            PlaywrightAssertions.assertThat(page.locator("#submit-answer")).isEnabled();
            PlaywrightAssertions.assertThat(page.locator(".quiz-actions [role=status]"))
                    .hasText("Bạn đã trả lời tất cả các câu. Hãy nộp bài để xem kết quả.");
            page.locator("#finish").click();
            page.waitForURL("**/quiz/" + attempt + "/result");
            PlaywrightAssertions.assertThat(page.locator("#score")).containsText(right + "/" + size + " câu đúng");
            PlaywrightAssertions.assertThat(page.locator(".review-item")).hasCount(size);
            PlaywrightAssertions.assertThat(page.locator(".review-item .badge.ok")).hasCount(right);
            PlaywrightAssertions.assertThat(page.locator(".review-item h3.feedback-sub")).not().hasCount(0);
            page.navigate("/quiz/" + attempt + "/q/2");
            page.waitForURL("**/quiz/" + attempt + "/result");
        });
    }

    @Test
    void submitting_with_unanswered_questions_asks_first_and_lists_them() {
        scenario("test-mode-confirm", () -> {
            Page page = newPage();
            page.navigate("/");
            page.locator("#topic-people").check();
            page.locator("#mode-test").check();
            page.locator("#start").click();
            page.waitForURL("**/quiz/*/q/1");
            long attempt = QuizDriver.where(page)[0];
            int size = Integer.parseInt(page.locator("progress.quiz-progress").getAttribute("max"));
            GradingKey key = keys.key(attempt, 1);
            QuizDriver.answerByPointer(page, KeyAnswers.right(key));
            page.waitForURL("**/quiz/" + attempt + "/q/2");
            page.navigate("/quiz/" + attempt + "/q/1");
            PlaywrightAssertions.assertThat(page.locator("#feedback.notice.saved")).isVisible();

            page.locator("#finish").click();
            PlaywrightAssertions.assertThat(page.locator("#unanswered-count"))
                    .containsText("còn " + (size - 1) + " trên " + size + " câu chưa trả lời");
            PlaywrightAssertions.assertThat(page.locator(".unanswered-list li")).hasCount(size - 1);
            page.locator("#back-to-quiz").click();
            page.waitForURL("**/quiz/" + attempt + "/q/2");

            page.locator("#finish").click();
            page.locator("#confirm-finish").click();
            page.waitForURL("**/quiz/" + attempt + "/result");
            PlaywrightAssertions.assertThat(page.locator("#score")).containsText("1/" + size + " câu đúng");
        });
    }

    @Test
    void the_timer_stays_in_view_and_tells_screen_readers_when_one_minute_is_left() {
        scenario("test-mode-timer", () -> {
            Page page = newContext(new com.microsoft.playwright.Browser.NewContextOptions().setViewportSize(360, 640))
                    .newPage();
            page.clock().install();
            page.navigate("/");
            page.locator("#topic-people").check();
            page.locator("#mode-test").check();
            page.locator("#limit").selectOption("5");
            page.locator("#start").click();
            page.waitForURL("**/quiz/*/q/1");
            PlaywrightAssertions.assertThat(page.locator("#timer-alert")).hasText("");
            double before = page.locator("#timer").boundingBox().y;
            // a sticky element stops at the end of its article's content: make the article long whatever the
            // question's length, so the scroll below stays inside it
            page.evaluate("() => { const room = document.createElement('div'); room.style.height = '3000px';"
                    + " document.querySelector('article.quiz').append(room); }");
            page.evaluate("() => window.scrollTo(0, 1500)");
            page.waitForFunction("() => window.scrollY > 0");
            double scrolled = ((Number) page.evaluate("() => window.scrollY")).doubleValue();
            com.microsoft.playwright.options.BoundingBox timer = page.locator("#timer").boundingBox();
            // without sticking it would have moved up by the whole scroll; stuck, it stays within its margin of the top
            org.assertj.core.api.Assertions.assertThat(timer.y).as("the timer sticks to the top")
                    .isBetween(-1.0, 16.0).isGreaterThan(before - scrolled + 1);
            page.clock().fastForward(4 * 60_000 + 5_000);
            PlaywrightAssertions.assertThat(page.locator("#timer-alert")).hasText("Còn 1 phút để làm bài.");
            PlaywrightAssertions.assertThat(page.locator("#timer")).hasClass(java.util.regex.Pattern.compile("urgent"));
        });
    }
}
