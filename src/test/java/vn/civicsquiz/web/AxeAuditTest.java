package vn.civicsquiz.web;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.ReducedMotion;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.civicsquiz.quiz.KeyAnswers;
import vn.civicsquiz.quiz.TestBank;
import vn.civicsquiz.quiz.grading.GradingKey;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * axe-core (WCAG 2.1 A/AA rules and best practices) on every state a learner and a teacher's host screen pass
 * through, at a phone's and a laptop's width, in Vietnamese and English: not one violation of any impact. Motion is
 * reduced so that each state is audited as it settles, not halfway through an entrance animation.
 */
@QuarkusTest
class AxeAuditTest extends BrowserSupport {

    @Inject
    TestBank bank;
    @Inject
    KeyAnswers keys;

    final List<String> violations = new ArrayList<>();
    int audited;

    @BeforeEach
    void bank() {
        bank.ensureTopics();
    }

    @ParameterizedTest
    @ValueSource(ints = {360, 1280})
    void no_page_state_has_an_accessibility_violation(int width) {
        scenario("axe-" + width, () -> {
            Page page = newContext(new Browser.NewContextOptions().setViewportSize(width, 800)
                    .setReducedMotion(ReducedMotion.REDUCE)).newPage();
            for (String path : List.of("/", "/?lang=en", "/login", "/signup", "/leaderboard", "/play", "/sources",
                    "/?lang=vi")) {
                audit(page, path);
            }
            page.navigate("/sources");
            audit(page, page.locator("main a[href^='/sources/']").first().getAttribute("href"));
            practiceQuiz(page);
            testQuiz(page);

            String username = "axe" + width + UUID.randomUUID().toString().substring(0, 6);
            page.navigate("/signup");
            page.locator("#username").fill(username);
            page.locator("#displayName").fill("Kiểm Tra " + width);
            page.locator("#password").fill("mật-khẩu-đủ-dài-" + width);
            page.locator("form[action='/signup'] button").click();
            page.waitForURL(url -> !url.contains("/signup"));
            for (String path : List.of("/dashboard", "/study", "/assignments", "/classes/join", "/account/password",
                    "/leaderboard?period=week", "/dashboard?lang=en")) {
                audit(page, path);
            }
            page.navigate("/?lang=vi");

            Page host = newContext(new Browser.NewContextOptions().setViewportSize(width, 800)
                    .setReducedMotion(ReducedMotion.REDUCE)).newPage();
            host.navigate("/login");
            audit(host, null);
            host.locator("#j_username").fill("teacher");
            host.locator("#j_password").fill("teacher-test-password");
            host.locator("form[action='/j_security_check'] button").click();
            host.waitForURL(root.toString());
            audit(host, "/host");
            host.locator("#topic").selectOption("three-pillars");
            host.locator("#size").fill("2");
            host.locator("#seconds").fill("60");
            host.locator("form[action='/host'] button").click();
            host.waitForURL("**/host/*");
            audit(host, null);

            assertThat(audited).isGreaterThan(25);
            assertThat(violations).as("axe-core violations at " + width + " px").isEmpty();
        });
    }

    private void practiceQuiz(Page page) {
        page.navigate("/");
        page.locator("#topic-mixed").check();
        page.locator("#start").click();
        page.waitForURL("**/quiz/*/q/1");
        long attempt = QuizDriver.where(page)[0];
        int size = Integer.parseInt(page.locator("progress.quiz-progress").getAttribute("max"));
        for (int position = 1; position <= size; position++) {
            page.navigate("/quiz/" + attempt + "/q/" + position);
            audit(page, null);
            GradingKey key = keys.key(attempt, position);
            QuizDriver.answerByPointer(page, position % 2 == 0 ? KeyAnswers.wrong(key) : KeyAnswers.right(key));
            audit(page, null);
        }
        page.locator("#finish").click();
        page.waitForURL("**/result");
        audit(page, null);
        audit(page, "/quiz/" + attempt + "/q/1/report");
    }

    private void testQuiz(Page page) {
        page.navigate("/");
        page.locator("#topic-mixed").check();
        page.locator("#mode-test").check();
        page.locator("#start").click();
        page.waitForURL("**/quiz/*/q/1");
        audit(page, null);
    }

    private void audit(Page page, String path) {
        if (path != null) {
            page.navigate(path);
        }
        AxeResults results = new AxeBuilder(page).analyze();
        audited++;
        for (Rule rule : results.getViolations()) {
            violations.add(page.url() + " — " + rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp()
                    + " — " + rule.getNodes().stream().limit(3).map(n -> n.getTarget() + " " + n.getFailureSummary())
                    .collect(Collectors.joining(", ")));
        }
    }
}
