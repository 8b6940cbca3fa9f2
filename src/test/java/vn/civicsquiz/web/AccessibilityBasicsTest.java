package vn.civicsquiz.web;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.civicsquiz.quiz.grading.GradingKey;
import vn.civicsquiz.quiz.KeyAnswers;
import vn.civicsquiz.quiz.TestBank;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * WCAG basics on every learner page at 360 px: a language, one h1, a label for every control, a visible focus
 * ring, no inline styles, nothing the Content-Security-Policy blocks, and no sideways scrolling.
 */
@QuarkusTest
class AccessibilityBasicsTest extends BrowserSupport {

    @Inject
    TestBank bank;
    @Inject
    KeyAnswers keys;

    final List<String> blocked = new ArrayList<>();

    @BeforeEach
    void bank() {
        bank.ensureTopics();
    }

    @Test
    void every_learner_page_meets_the_basics_on_a_small_phone() {
        scenario("accessibility", () -> {
            Page page = newContext(new Browser.NewContextOptions().setViewportSize(360, 740)).newPage();
            page.onConsoleMessage(m -> {
                if (m.text().contains("Content Security Policy")) {
                    blocked.add(m.text());
                }
            });
            page.navigate("/");
            check(page);
            page.locator("#topic-mixed").check();
            page.locator("#start").click();
            page.waitForURL("**/quiz/*/q/1");
            long attempt = QuizDriver.where(page)[0];
            int size = Integer.parseInt(page.locator("progress.quiz-progress").getAttribute("max"));
            for (int position = 1; position <= size; position++) {
                page.navigate("/quiz/" + attempt + "/q/" + position);
                check(page);
                GradingKey key = keys.key(attempt, position);
                QuizDriver.answerByPointer(page, position % 3 == 0 ? KeyAnswers.wrong(key) : KeyAnswers.right(key));
                check(page);
            }
            page.locator("#finish").click();
            page.waitForURL("**/result");
            check(page);
            page.navigate("/dashboard");
            check(page);
            page.navigate("/leaderboard");
            check(page);
            page.navigate("/leaderboard?period=week");
            check(page);
            page.navigate("/?lang=en");
            check(page);
            assertThat(blocked).isEmpty();
        });
    }

    private void check(Page page) {
        String where = page.url();
        assertThat(page.locator("html").getAttribute("lang")).as(where).isIn("vi", "en");
        assertThat(page.locator("h1").count()).as("one h1 on " + where).isEqualTo(1);
        assertThat(page.locator("[style]").count()).as("inline styles on " + where).isZero();
        Object unlabelled = page.evaluate("""
                () => [...document.querySelectorAll('input:not([type=hidden]), select, textarea')]
                  .filter(el => el.labels.length === 0 && !el.getAttribute('aria-label'))
                  .map(el => el.outerHTML)""");
        assertThat((List<?>) unlabelled).as("controls without a label on " + where).isEmpty();
        Object overflow = page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth");
        assertThat(((Number) overflow).intValue()).as("sideways scrolling on " + where).isLessThanOrEqualTo(0);
        page.locator("body").focus();
        page.keyboard().press("Tab");
        page.keyboard().press("Tab");
        Object outline = page.evaluate("() => getComputedStyle(document.activeElement).outlineStyle");
        assertThat(outline).as("visible focus on " + where).isNotEqualTo("none");
    }
}
