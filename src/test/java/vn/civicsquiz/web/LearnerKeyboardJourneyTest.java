package vn.civicsquiz.web;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.civicsquiz.quiz.GradingKey;
import vn.civicsquiz.quiz.KeyAnswers;
import vn.civicsquiz.quiz.QuestionFacts;
import vn.civicsquiz.quiz.TestBank;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** A learner signs up and takes a whole practice quiz without touching the mouse. */
@QuarkusTest
class LearnerKeyboardJourneyTest extends BrowserSupport {

    @Inject
    TestBank bank;
    @Inject
    KeyAnswers keys;
    @Inject
    QuestionFacts facts;

    @BeforeEach
    void bank() {
        bank.ensureTopics();
    }

    @Test
    void a_learner_signs_up_and_takes_a_practice_quiz_using_only_the_keyboard() {
        scenario("keyboard-journey", () -> {
            Page page = newPage();
            String name = "hocvien" + UUID.randomUUID().toString().substring(0, 8);
            page.navigate("/signup");
            tabTo(page, "#username");
            page.keyboard().type(name);
            tabTo(page, "#displayName");
            page.keyboard().type("Nguyễn Thị Học");
            tabTo(page, "#password");
            page.keyboard().type("mat-khau-an-toan");
            page.keyboard().press("Enter");
            page.waitForURL("**/login?**");
            tabTo(page, "#j_password");
            page.keyboard().type("mat-khau-an-toan");
            page.keyboard().press("Enter");
            page.waitForURL(root.toString());
            PlaywrightAssertions.assertThat(page.locator("form[action='/logout'] button")).containsText(name);

            tabTo(page, "input[name=topic]");
            QuizDriver.arrowUntil(page, "three-pillars");
            tabTo(page, "#start");
            page.keyboard().press("Enter");
            page.waitForURL("**/quiz/*/q/1");

            for (int position = 1; position <= 8; position++) {
                long attempt = QuizDriver.where(page)[0];
                PlaywrightAssertions.assertThat(page.locator("h1")).hasText("Câu " + position + "/8");
                GradingKey key = keys.key(attempt, position);
                boolean right = position != 3;
                QuizDriver.answerByKeyboard(page, key, right ? KeyAnswers.right(key) : KeyAnswers.wrong(key));

                PlaywrightAssertions.assertThat(page.locator("#feedback[role=status]"))
                        .containsText(right ? "Chính xác!" : "Chưa chính xác.");
                assertThat(focusedMatches(page, "#feedback")).as("focus moves to the feedback").isTrue();
                PlaywrightAssertions.assertThat(page.locator("#feedback blockquote")).not().isEmpty();
                if (position == 1) {
                    followSourceLinkAndComeBack(page, keys.questionId(attempt, 1));
                }
                tabTo(page, position < 8 ? "#next-question" : "#finish");
                page.keyboard().press("Enter");
                page.waitForLoadState();
            }

            page.waitForURL("**/result");
            PlaywrightAssertions.assertThat(page.locator("#score")).containsText("7/8 câu đúng");
            tabTo(page, ".result-head a[href='/dashboard']");
            page.keyboard().press("Enter");
            page.waitForURL("**/dashboard");
            PlaywrightAssertions.assertThat(page.locator("#stat-answered")).hasText("8");
            PlaywrightAssertions.assertThat(page.locator("#stat-accuracy")).hasText("88%");
            PlaywrightAssertions.assertThat(page.locator("#stat-streak")).hasText("1 ngày");
            PlaywrightAssertions.assertThat(page.locator("svg.history-chart circle")).hasCount(1);
            PlaywrightAssertions.assertThat(page.locator(".mastery-row").filter(
                    new com.microsoft.playwright.Locator.FilterOptions().setHasText("Ba trụ cột")))
                    .containsText("7/8");
            PlaywrightAssertions.assertThat(page.locator(".weak-facts li")).hasCount(1);
        });
    }

    /** The passage link points at the question's first fact; coming back, the answer is still there. */
    private void followSourceLinkAndComeBack(Page page, long questionId) {
        String fact = facts.firstOf(List.of(questionId)).get(questionId);
        String expected = "/sources/" + TestBank.SOURCE + "#fact-" + fact;
        tabTo(page, ".source-link");
        page.keyboard().press("Enter");
        page.waitForURL("**/sources/**");
        assertThat(page.url()).endsWith(expected);
        APIResponse passage = page.request().get(expected.substring(0, expected.indexOf('#')));
        if (passage.status() == 200) {
            PlaywrightAssertions.assertThat(page.locator("#fact-" + fact)).isVisible();
        } else {
            assertThat(passage.status()).as("the reading page is not built in this branch").isEqualTo(404);
        }
        page.goBack();
        PlaywrightAssertions.assertThat(page.locator("#feedback[role=status]")).containsText("Chính xác!");
        page.locator("#feedback").focus();
    }
}
