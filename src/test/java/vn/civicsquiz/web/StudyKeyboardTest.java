package vn.civicsquiz.web;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.civicsquiz.study.StudyFixture;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Studying in Chromium with the keyboard only: flashcards (Space/Enter, 1–4) and the quiz-style review. */
@QuarkusTest
class StudyKeyboardTest extends BrowserSupport {

    @Inject
    StudyFixture fixture;

    @Test
    void a_learner_reveals_and_rates_flashcards_with_the_keyboard_and_the_due_count_goes_down() {
        scenario("study-keyboard", () -> {
            StudyFixture.StudyLearner learner = fixture.signUp();
            List<Long> cards = fixture.onlyCards(learner.accountId(), "pillar-1", "pillar-2");
            Page page = signedIn(learner);

            page.navigate("/study");
            PlaywrightAssertions.assertThat(page.locator("#due-count")).hasText("Hôm nay cần ôn: 2 thẻ");
            PlaywrightAssertions.assertThat(page.locator("#card-front"))
                    .hasText("Trụ cột thứ nhất của nền ngoại giao toàn diện, hiện đại là gì?");
            page.keyboard().press("Space");
            page.waitForURL("**/study?card=" + cards.get(0) + "&reveal=true");
            PlaywrightAssertions.assertThat(page.locator("#card-back blockquote")).containsText("3 trụ cột");
            page.keyboard().press("3");
            page.waitForURL("**/study");
            PlaywrightAssertions.assertThat(page.locator("#due-count")).hasText("Hôm nay cần ôn: 1 thẻ");

            page.keyboard().press("Enter");
            page.waitForURL("**/study?card=" + cards.get(1) + "&reveal=true");
            page.keyboard().press("1");
            page.waitForURL("**/study");
            PlaywrightAssertions.assertThat(page.locator("#all-done")).isVisible();
            assertThat(fixture.ratings(cards.get(0))).containsExactly((short) 3);
            assertThat(fixture.ratings(cards.get(1))).containsExactly((short) 1);
        });
    }

    @Test
    void the_back_of_a_card_links_to_the_passage_it_comes_from() {
        scenario("study-source-link", () -> {
            StudyFixture.StudyLearner learner = fixture.signUp();
            fixture.onlyCards(learner.accountId(), "pillar-3");
            Page page = signedIn(learner);

            page.navigate("/study");
            page.keyboard().press("Space");
            page.waitForURL("**reveal=true");
            tabTo(page, "#source-link");
            page.keyboard().press("Enter");
            page.waitForURL("**/sources/**#fact-pillar-3");
            PlaywrightAssertions.assertThat(page.locator("#fact-pillar-3")).isVisible();
        });
    }

    @Test
    void a_learner_answers_the_quiz_style_review_with_the_keyboard() {
        scenario("study-quiz-keyboard", () -> {
            StudyFixture.StudyLearner learner = fixture.signUp();
            long card = fixture.onlyCards(learner.accountId(), "lesson-5").get(0);
            fixture.singleQuestionFor("lesson-5", "Bài học thứ năm là gì? " + UUID.randomUUID());
            Page page = signedIn(learner);

            page.navigate("/study/quiz");
            String asked = page.locator("input[name=question]").getAttribute("value");
            // the page numbers options by their place in a shuffled order: find the right one by its text
            String rightText = fixture.optionText(Long.parseLong(asked), true);
            String rightKey = page.locator("label.option", new Page.LocatorOptions().setHasText(rightText))
                    .locator("input[name=option]").getAttribute("data-key");
            page.keyboard().press(rightKey);
            page.keyboard().press("Enter");
            page.waitForURL("**/study/quiz/cards/" + card);
            PlaywrightAssertions.assertThat(page.locator("#feedback-title")).hasText("Chính xác!");
            PlaywrightAssertions.assertThat(page.locator("#counted-rating")).hasText("Nhớ");
            // Enter on the passage link follows the link; it is not taken for "next card"
            tabTo(page, "#source-link");
            page.keyboard().press("Enter");
            page.waitForURL("**/sources/**");
            page.navigate("/study/quiz");
            PlaywrightAssertions.assertThat(page.locator("#all-done")).isVisible();
            assertThat(fixture.ratings(card)).containsExactly((short) 3);
        });
    }

    private Page signedIn(StudyFixture.StudyLearner learner) {
        Page page = newPage();
        page.navigate("/login");
        page.locator("#j_username").fill(learner.username());
        page.locator("#j_password").fill(StudyFixture.PASSWORD);
        page.locator("#j_password").press("Enter");
        page.waitForURL(root.toString());
        return page;
    }
}
