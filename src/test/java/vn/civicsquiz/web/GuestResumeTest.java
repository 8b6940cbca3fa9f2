package vn.civicsquiz.web;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.Cookie;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.civicsquiz.quiz.grading.GradingKey;
import vn.civicsquiz.quiz.KeyAnswers;
import vn.civicsquiz.quiz.TestBank;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** A guest closes the browser mid-quiz, comes back to it, finishes, then signs up and keeps the result. */
@QuarkusTest
class GuestResumeTest extends BrowserSupport {

    @Inject
    TestBank bank;
    @Inject
    KeyAnswers keys;

    @BeforeEach
    void bank() {
        bank.ensureTopics();
    }

    void answer(Page page, boolean right) {
        long[] at = QuizDriver.where(page);
        GradingKey key = keys.key(at[0], (int) at[1]);
        QuizDriver.answerByPointer(page, right ? KeyAnswers.right(key) : KeyAnswers.wrong(key));
    }

    @Test
    void a_guest_resumes_after_closing_the_browser_and_keeps_the_attempt_after_signing_up() {
        scenario("guest-resume", () -> {
            Page page = newPage();
            page.navigate("/");
            page.locator("#topic-events").check();
            page.locator("#start").click();
            page.waitForURL("**/quiz/*/q/1");
            long attempt = QuizDriver.where(page)[0];
            int size = Integer.parseInt(page.locator("progress.quiz-progress").getAttribute("max"));
            answer(page, true);
            QuizDriver.next(page, 2);
            answer(page, false);
            PlaywrightAssertions.assertThat(page.locator("#feedback")).containsText("Chưa chính xác.");

            Cookie guest = page.context().cookies().stream().filter(c -> c.name.equals("quiz-guest")).findFirst()
                    .orElseThrow();
            assertThat(guest.httpOnly).isTrue();
            assertThat(guest.expires).as("kept after the browser closes").isGreaterThan(0);
            assertThat((String) page.evaluate("() => document.cookie")).doesNotContain("quiz-guest");

            String saved = page.context().storageState();
            BrowserContext first = page.context();
            first.close();
            contexts.remove(first);

            Page again = newContext(new Browser.NewContextOptions().setStorageState(saved)
                    .setViewportSize(360, 780)).newPage();
            again.navigate("/");
            PlaywrightAssertions.assertThat(again.locator("#resume-title")).hasText("Tiếp tục bài đang làm");
            PlaywrightAssertions.assertThat(again.locator(".resume")).containsText("Đã trả lời 2/" + size + " câu.");
            again.locator("#resume").click();
            again.waitForURL("**/quiz/" + attempt + "/q/3");
            PlaywrightAssertions.assertThat(again.locator("progress.quiz-progress")).hasAttribute("value", "2");
            for (int position = 3; position <= size; position++) {
                answer(again, true);
                if (position < size) {
                    QuizDriver.next(again, position + 1);
                } else {
                    again.locator("#finish").click();
                }
            }
            again.waitForURL("**/quiz/" + attempt + "/result");
            PlaywrightAssertions.assertThat(again.locator("#score")).containsText((size - 1) + "/" + size + " câu đúng");

            String name = "khach" + UUID.randomUUID().toString().substring(0, 8);
            again.navigate("/signup");
            again.locator("#username").fill(name);
            again.locator("#password").fill("mat-khau-cua-khach");
            again.locator("form[action='/signup'] button").click();
            again.waitForURL(root.toString()); // signing up signs in
            PlaywrightAssertions.assertThat(again.locator("form[action='/logout'] button")).containsText(name);
            again.navigate("/dashboard");
            PlaywrightAssertions.assertThat(again.locator("#stat-attempts")).hasText("1");
            PlaywrightAssertions.assertThat(again.locator("#stat-answered")).hasText(String.valueOf(size));
            again.navigate("/quiz/" + attempt + "/result");
            PlaywrightAssertions.assertThat(again.locator("#score")).containsText((size - 1) + "/" + size + " câu đúng");
        });
    }
}
