package vn.civicsquiz.web;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.Cookie;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.civicsquiz.question.QuestionKind;
import vn.civicsquiz.quiz.grading.GradingKey;
import vn.civicsquiz.quiz.GuestFixture;
import vn.civicsquiz.quiz.ItemViews;
import vn.civicsquiz.quiz.KeyAnswers;
import vn.civicsquiz.quiz.KindAttempts;
import vn.civicsquiz.quiz.QuestionFacts;
import vn.civicsquiz.quiz.QuizMode;
import vn.civicsquiz.quiz.TestBank;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Quizzes without touching the mouse: Tab, arrow keys, Space, typing and Enter only. */
@QuarkusTest
class LearnerKeyboardJourneyTest extends BrowserSupport {

    @Inject
    TestBank bank;
    @Inject
    KeyAnswers keys;
    @Inject
    QuestionFacts facts;
    @Inject
    GuestFixture guests;
    @Inject
    KindAttempts kindAttempts;

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
            page.waitForURL(root.toString()); // signing up signs in
            PlaywrightAssertions.assertThat(page.locator("form[action='/logout'] button")).containsText(name);

            tabTo(page, "input[name=topic]");
            QuizDriver.arrowUntil(page, "three-pillars");
            tabTo(page, "#start");
            page.keyboard().press("Enter");
            page.waitForURL("**/quiz/*/q/1");
            int size = Integer.parseInt(page.locator("progress.quiz-progress").getAttribute("max"));
            boolean followedSource = false;
            List<Long> wrongQuestions = new ArrayList<>();
            for (int position = 1; position <= size; position++) {
                long attempt = QuizDriver.where(page)[0];
                PlaywrightAssertions.assertThat(page.locator("h1")).hasText("Câu " + position + "/" + size);
                // Other tests may add questions to this topic that name facts outside the catalogue; the one
                // answered wrong must name a catalogue fact, or the dashboard has nothing to show for it.
                long questionId = keys.questionId(attempt, position);
                boolean right = !wrongQuestions.isEmpty() || keys.catalogueFacts(questionId).isEmpty();
                if (!right) {
                    wrongQuestions.add(questionId);
                }
                answerAndCheckFeedback(page, attempt, position, right);
                if (!followedSource && page.locator("#feedback .source-link").count() > 0
                        && isCuratedFact(page, keys.questionId(attempt, position))) {
                    followSourceLinkAndComeBack(page, keys.questionId(attempt, position), right);
                    followedSource = true;
                }
                tabTo(page, position < size ? "#next-question" : "#finish");
                page.keyboard().press("Enter");
                page.waitForLoadState();
                if (position < size) {
                    page.waitForURL(java.util.regex.Pattern.compile("/q/" + (position + 1) + "$"));
                }
            }
            assertThat(followedSource).as("a question with a source passage was met").isTrue();
            assertThat(wrongQuestions).as("a question naming a catalogue fact was answered wrong").hasSize(1);

            page.waitForURL("**/result");
            PlaywrightAssertions.assertThat(page.locator("#score")).containsText((size - 1) + "/" + size + " câu đúng");
            tabTo(page, ".result-head a[href='/dashboard']");
            page.keyboard().press("Enter");
            page.waitForURL("**/dashboard");
            PlaywrightAssertions.assertThat(page.locator("#stat-answered")).hasText(String.valueOf(size));
            PlaywrightAssertions.assertThat(page.locator("#stat-accuracy"))
                    .hasText(Math.round(100f * (size - 1) / size) + "%");
            PlaywrightAssertions.assertThat(page.locator("#stat-streak")).hasText("1 ngày");
            PlaywrightAssertions.assertThat(page.locator("svg.history-chart circle")).hasCount(1);
            PlaywrightAssertions.assertThat(page.locator(".mastery-row:not(.fact-group)").filter(
                    new Locator.FilterOptions().setHasText("Ba trụ cột"))).containsText((size - 1) + "/");
            int weakFacts = Math.min(5, keys.catalogueFacts(wrongQuestions.get(0)).size());
            PlaywrightAssertions.assertThat(page.locator(".weak-facts li")).hasCount(weakFacts);
        });
    }

    @Test
    void every_kind_of_question_is_answered_with_the_keyboard_after_resuming_from_home() {
        scenario("keyboard-every-kind", () -> {
            GuestFixture.Guest guest = guests.newGuest();
            long attempt = kindAttempts.start(guest.ref(), QuizMode.practice).id;
            Page page = newPage();
            page.context().addCookies(List.of(new Cookie("quiz-guest", guest.token()).setUrl(root.toString())));
            page.navigate("/");
            tabTo(page, "#resume");
            page.keyboard().press("Enter");
            page.waitForURL("**/quiz/" + attempt + "/q/1");
            List<QuestionKind> answered = new ArrayList<>();
            for (int position = 1; position <= 8; position++) {
                answered.add(keys.key(attempt, position).kind());
                answerAndCheckFeedback(page, attempt, position, position != 5);
                tabTo(page, position < 8 ? "#next-question" : "#finish");
                page.keyboard().press("Enter");
                page.waitForLoadState();
                if (position < 8) {
                    page.waitForURL(java.util.regex.Pattern.compile("/q/" + (position + 1) + "$"));
                }
            }
            assertThat(answered).containsExactlyInAnyOrder(QuestionKind.values());
            page.waitForURL("**/quiz/" + attempt + "/result");
            PlaywrightAssertions.assertThat(page.locator("#score")).containsText("7/8 câu đúng");
        });
    }

    private void answerAndCheckFeedback(Page page, long attempt, int position, boolean right) {
        GradingKey key = keys.key(attempt, position);
        QuizDriver.answerByKeyboard(page, key, right ? KeyAnswers.right(key) : KeyAnswers.wrong(key));
        PlaywrightAssertions.assertThat(page.locator("#feedback[role=status]"))
                .containsText(right ? "Chính xác!" : "Chưa chính xác.");
        assertThat(focusedMatches(page, "#feedback")).as("focus moves to the feedback").isTrue();
    }

    /** The passage link points at the question's first fact; coming back, the answer is still there. */
    /** Test questions may name facts outside the fact base; only curated facts have a passage to land on. */
    private boolean isCuratedFact(Page page, long questionId) {
        String fact = facts.firstOf(List.of(questionId)).get(questionId);
        return fact != null && page.request().get("/api/v1/facts/" + fact).status() == 200;
    }

    private void followSourceLinkAndComeBack(Page page, long questionId, boolean right) {
        String fact = facts.firstOf(List.of(questionId)).get(questionId);
        String expected = ItemViews.sourceUrl(keys.sourceId(questionId), fact);
        tabTo(page, "#feedback .source-link");
        page.keyboard().press("Enter");
        page.waitForURL("**/sources/**");
        assertThat(page.url()).endsWith(expected);
        APIResponse passage = page.request().get(expected.replaceFirst("#.*", ""));
        assertThat(passage.status()).isEqualTo(200);
        if (fact != null) {
            PlaywrightAssertions.assertThat(page.locator("#fact-" + fact).first()).isVisible();
        }
        page.goBack();
        PlaywrightAssertions.assertThat(page.locator("#feedback[role=status]"))
                .containsText(right ? "Chính xác!" : "Chưa chính xác.");
        page.locator("#feedback").focus();
    }
}
