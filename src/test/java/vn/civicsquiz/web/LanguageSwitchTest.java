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

/** The interface switches to English and back; question content stays Vietnamese. */
@QuarkusTest
class LanguageSwitchTest extends BrowserSupport {

    @Inject
    TestBank bank;
    @Inject
    KeyAnswers keys;

    @BeforeEach
    void bank() {
        bank.ensureTopics();
    }

    @Test
    void the_english_switch_translates_the_interface_but_not_the_questions() {
        scenario("language-switch", () -> {
            Page page = newPage();
            page.navigate("/");
            PlaywrightAssertions.assertThat(page.locator("html")).hasAttribute("lang", "vi");
            PlaywrightAssertions.assertThat(page.locator("#start-title")).hasText("Bắt đầu ôn tập");
            page.locator("a[hreflang=en]").click();
            PlaywrightAssertions.assertThat(page.locator("html")).hasAttribute("lang", "en");
            PlaywrightAssertions.assertThat(page.locator("#start-title")).hasText("Start a quiz");
            PlaywrightAssertions.assertThat(page.locator("label[for=topic-three-pillars]")).containsText("Three pillars");
            PlaywrightAssertions.assertThat(page.locator("label[for=topic-three-pillars] .topic-count"))
                    .hasText(java.util.regex.Pattern.compile("^\\d+ questions$"));

            page.locator("#topic-three-pillars").check();
            page.locator("#start").click();
            page.waitForURL("**/quiz/*/q/1");
            PlaywrightAssertions.assertThat(page.locator("html")).hasAttribute("lang", "en");
            String size = page.locator("progress.quiz-progress").getAttribute("max");
            PlaywrightAssertions.assertThat(page.locator("h1")).hasText("Question 1 of " + size);
            PlaywrightAssertions.assertThat(page.locator("legend.stem")).hasAttribute("lang", "vi");
            long[] at = QuizDriver.where(page);
            GradingKey key = keys.key(at[0], 1);
            QuizDriver.answerByPointer(page, KeyAnswers.right(key));
            PlaywrightAssertions.assertThat(page.locator("#feedback-title")).hasText("Correct!");
            // teachers' questions in the topic may have no source sentence, but every feedback names the right answer
            PlaywrightAssertions.assertThat(page.locator("#feedback")).containsText("Correct answer");

            page.locator("a[hreflang=vi]").click();
            PlaywrightAssertions.assertThat(page.locator("html")).hasAttribute("lang", "vi");
            PlaywrightAssertions.assertThat(page.locator("h1")).hasText("Câu 1/" + size);
            PlaywrightAssertions.assertThat(page.locator("#feedback-title")).hasText("Chính xác!");
        });
    }
}
