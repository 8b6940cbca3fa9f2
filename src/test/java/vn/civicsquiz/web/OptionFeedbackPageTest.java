package vn.civicsquiz.web;

import static io.restassured.RestAssured.given;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.Cookie;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.civicsquiz.learner.BasicAuth;
import vn.civicsquiz.quiz.GuestFixture;
import vn.civicsquiz.quiz.KeyAnswers;
import vn.civicsquiz.quiz.grading.GradingKey;
import vn.civicsquiz.quiz.grading.LearnerResponse;
import vn.civicsquiz.teacher.QuizOfQuestions;

/** In Chromium: after answering, the learner reads the feedback the teacher's GIFT file wrote for that answer. */
@QuarkusTest
class OptionFeedbackPageTest extends BrowserSupport {

    @Inject
    GuestFixture guests;
    @Inject
    QuizOfQuestions quizzes;
    @Inject
    KeyAnswers keys;

    @Test
    void theFeedbackOfTheChosenOptionIsShownUnderTheAnswer() {
        scenario("option-feedback", () -> {
            String run = Long.toString(System.nanoTime(), 36);
            String gift = """
                    ::Năm::Hội nghị Đối ngoại toàn quốc lần đầu diễn ra năm nào? (%s) {
                    \t=2021#Đúng: ngày 14 tháng 12 năm 2021.
                    \t~2016#Sai – đó là năm Đại hội XII.
                    }
                    """.formatted(run);
            long question = given().header("Authorization", BasicAuth.header("teacher", "teacher-test-password"))
                    .contentType("text/x-gift; charset=UTF-8").body(gift)
                    .post("/api/v1/questions/import?format=gift&topic=events&publish=true").then().statusCode(200)
                    .extract().jsonPath().getLong("imported[0].id");
            GuestFixture.Guest guest = guests.newGuest();
            long attempt = quizzes.start(guest.ref(), List.of(question));
            GradingKey key = keys.key(attempt, 1);
            long wrong = key.options().stream().filter(o -> o.text().equals("2016")).findFirst().orElseThrow().id();

            Page page = newPage();
            page.context().addCookies(List.of(new Cookie("quiz-guest", guest.token()).setUrl(root.toString())));
            page.navigate("/quiz/" + attempt + "/q/1");
            QuizDriver.answerByPointer(page, new LearnerResponse.Choice(List.of(wrong)));

            PlaywrightAssertions.assertThat(page.locator("#feedback[role=status]")).containsText("Chưa chính xác.");
            PlaywrightAssertions.assertThat(page.locator("#feedback .option-feedback li"))
                    .hasText("2016: Sai – đó là năm Đại hội XII.");
            PlaywrightAssertions.assertThat(page.locator("#feedback")).containsText("Nhận xét về lựa chọn của bạn");
        });
    }
}
