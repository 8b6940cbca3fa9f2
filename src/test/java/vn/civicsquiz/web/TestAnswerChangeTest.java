package vn.civicsquiz.web;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.Cookie;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.junit.jupiter.api.Test;
import vn.civicsquiz.question.QuestionKind;
import vn.civicsquiz.quiz.GuestFixture;
import vn.civicsquiz.quiz.KeyAnswers;
import vn.civicsquiz.quiz.KindAttempts;
import vn.civicsquiz.quiz.QuizMode;
import vn.civicsquiz.quiz.grading.GradingKey;
import vn.civicsquiz.quiz.grading.LearnerResponse;

import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * A test's answers can change until it is submitted, in the browser and through the API; the score and the
 * teachers' running totals count the answer as it stands. A practice answer, whose feedback was shown, stays.
 */
@QuarkusTest
class TestAnswerChangeTest extends BrowserSupport {

    @Inject
    GuestFixture guests;
    @Inject
    KindAttempts kinds;
    @Inject
    KeyAnswers keys;
    @Inject
    EntityManager em;

    static int position(KeyAnswers keys, long attempt, QuestionKind kind) {
        int position = 1;
        while (keys.key(attempt, position).kind() != kind) {
            position++;
        }
        return position;
    }

    @Test
    void in_a_test_an_answer_changes_until_submission_at_360_and_1280_px() {
        for (int width : new int[] {360, 1280}) {
            scenario("test-change-" + width, () -> {
                GuestFixture.Guest guest = guests.newGuest();
                long attempt = kinds.start(guest.ref(), QuizMode.test).id;
                int position = position(keys, attempt, QuestionKind.SINGLE);
                GradingKey key = keys.key(attempt, position);
                long wrong = ((LearnerResponse.Choice) KeyAnswers.wrong(key)).optionIds().get(0);
                long right = ((LearnerResponse.Choice) KeyAnswers.right(key)).optionIds().get(0);
                Page page = newContext(new Browser.NewContextOptions().setViewportSize(width, 800)).newPage();
                page.context().addCookies(List.of(new Cookie("quiz-guest", guest.token()).setUrl(root.toString())));
                page.navigate("/quiz/" + attempt + "/q/" + position);
                page.locator("#opt-" + wrong).check();
                page.locator("#submit-answer").click();
                page.waitForURL(url -> !url.endsWith("/q/" + position));

                page.navigate("/quiz/" + attempt + "/q/" + position);
                PlaywrightAssertions.assertThat(page.locator("#opt-" + wrong)).isChecked();
                PlaywrightAssertions.assertThat(page.locator("#opt-" + right)).isEnabled();
                PlaywrightAssertions.assertThat(page.locator("#feedback")).containsText("Bạn vẫn có thể đổi câu trả lời");
                page.locator("#opt-" + right).check();
                page.locator("#submit-answer").click();
                page.waitForURL(url -> !url.endsWith("/q/" + position));
                page.navigate("/quiz/" + attempt + "/q/" + position);
                PlaywrightAssertions.assertThat(page.locator("#opt-" + right)).isChecked();

                page.locator("#finish").click();
                PlaywrightAssertions.assertThat(page.locator(".unanswered-list li")).hasCount(7);
                PlaywrightAssertions.assertThat(page.locator("#unanswered-count"))
                        .containsText("còn 7 trên 8 câu chưa trả lời");
                page.locator("#confirm-finish").click();
                page.waitForURL("**/quiz/" + attempt + "/result");
                PlaywrightAssertions.assertThat(page.locator("#score")).containsText("1/8 câu đúng");
                page.navigate("/quiz/" + attempt + "/q/" + position);
                page.waitForURL("**/quiz/" + attempt + "/result");
            });
        }
    }

    @Test
    void through_the_api_a_test_answer_changes_until_submitted_and_a_practice_answer_stays() {
        GuestFixture.Guest guest = guests.newGuest();
        long attempt = kinds.start(guest.ref(), QuizMode.test).id;
        int position = position(keys, attempt, QuestionKind.MULTIPLE);
        GradingKey key = keys.key(attempt, position);
        long question = keys.questionId(attempt, position);
        long[] before = stats(question);
        put(guest, attempt, position, KeyAnswers.wrong(key)).body("replayed", equalTo(false));
        put(guest, attempt, position, KeyAnswers.wrong(key)).body("replayed", equalTo(true));
        assertThat(stats(question)).containsExactly(before[0] + 1, before[1]);
        put(guest, attempt, position, KeyAnswers.right(key)).body("replayed", equalTo(false));
        assertThat(stats(question)).as("answers, correct").containsExactly(before[0] + 1, before[1] + 1);
        given().header("X-Guest-Token", guest.token()).contentType(ContentType.JSON)
                .post("/api/v1/attempts/{id}/finish", attempt).then().statusCode(200).body("score", equalTo(1));
        given().header("X-Guest-Token", guest.token()).contentType(ContentType.JSON)
                .body(KeyAnswers.body(KeyAnswers.wrong(key)))
                .put("/api/v1/attempts/{id}/answers/{p}", attempt, position).then().statusCode(409);

        long practice = kinds.start(guest.ref(), QuizMode.practice).id;
        int p = position(keys, practice, QuestionKind.MULTIPLE);
        GradingKey pk = keys.key(practice, p);
        put(guest, practice, p, KeyAnswers.wrong(pk)).body("correct", equalTo(false));
        put(guest, practice, p, KeyAnswers.right(pk)).body("correct", equalTo(false)).body("replayed", equalTo(true));
    }

    io.restassured.response.ValidatableResponse put(GuestFixture.Guest guest, long attempt, int position,
                                                    LearnerResponse response) {
        return given().header("X-Guest-Token", guest.token()).contentType(ContentType.JSON)
                .body(KeyAnswers.body(response))
                .put("/api/v1/attempts/{id}/answers/{p}", attempt, position).then().statusCode(200);
    }

    @Inject
    vn.civicsquiz.teacher.stats.AnswerTallies tallies;

    /** The question's running totals, once the tallies of the answers just given are folded in. */
    @Transactional
    long[] stats(long question) {
        tallies.fold();
        List<?> rows = em.createNativeQuery("SELECT answers, correct FROM question_stats WHERE question_id = ?1")
                .setParameter(1, question).getResultList();
        if (rows.isEmpty()) {
            return new long[] {0, 0};
        }
        Object[] row = (Object[]) rows.get(0);
        return new long[] {((Number) row[0]).longValue(), ((Number) row[1]).longValue()};
    }
}
