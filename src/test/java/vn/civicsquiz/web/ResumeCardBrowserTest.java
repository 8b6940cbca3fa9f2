package vn.civicsquiz.web;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.Cookie;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.civicsquiz.quiz.AttemptService;
import vn.civicsquiz.quiz.GuestFixture;
import vn.civicsquiz.quiz.QuizAttempt;
import vn.civicsquiz.quiz.QuizMode;
import vn.civicsquiz.quiz.QuizSettings;
import vn.civicsquiz.quiz.StartRequest;
import vn.civicsquiz.quiz.TestBank;

import java.time.format.DateTimeFormatter;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The home page's card of an unfinished quiz says how long a timed test has left, and when it ends. */
@QuarkusTest
class ResumeCardBrowserTest extends BrowserSupport {

    @Inject
    TestBank bank;
    @Inject
    GuestFixture guests;
    @Inject
    AttemptService attempts;
    @Inject
    QuizSettings settings;

    @BeforeEach
    void bank() {
        bank.ensureTopics();
    }

    Page home(GuestFixture.Guest guest, int width) {
        Page page = newContext(new Browser.NewContextOptions().setViewportSize(width, 800)).newPage();
        page.context().addCookies(List.of(new Cookie("quiz-guest", guest.token()).setUrl(root.toString())));
        page.navigate("/");
        return page;
    }

    @Test
    void a_timed_test_shows_its_minutes_left_and_end_time_at_360_and_1280_px() {
        for (int width : new int[] {360, 1280}) {
            scenario("resume-timed-" + width, () -> {
                GuestFixture.Guest guest = guests.newGuest();
                QuizAttempt attempt = attempts.start(guest.ref(),
                        new StartRequest("people", 4, QuizMode.test, false, 10 * 60));
                String end = attempt.deadline().atZoneSameInstant(settings.studyZone())
                        .format(DateTimeFormatter.ofPattern("HH:mm"));
                Page page = home(guest, width);
                PlaywrightAssertions.assertThat(page.locator("#resume")).isVisible();
                PlaywrightAssertions.assertThat(page.locator("#resume-time-left"))
                        .hasText(java.util.regex.Pattern.compile("Hết giờ lúc " + end + " — còn (9:[0-5]\\d|10:00)"));
                String before = page.locator("#resume-time-left .countdown").textContent();
                page.waitForFunction("b => document.querySelector('#resume-time-left .countdown').textContent !== b",
                        before);
                assertThat(((Number) page.evaluate("() => document.documentElement.scrollWidth")).intValue())
                        .isLessThanOrEqualTo(width);
                page.navigate("/?lang=en");
                PlaywrightAssertions.assertThat(page.locator("#resume-time-left"))
                        .hasText(java.util.regex.Pattern.compile("Time is up at " + end + " — left: 9:[0-5]\\d"));
            });
        }
    }

    @Test
    void without_scripts_the_card_says_the_whole_minutes_left() {
        scenario("resume-no-js", () -> {
            GuestFixture.Guest guest = guests.newGuest();
            attempts.start(guest.ref(), new StartRequest("people", 4, QuizMode.test, false, 10 * 60));
            Page page = newContext(new Browser.NewContextOptions().setViewportSize(360, 800)
                    .setJavaScriptEnabled(false)).newPage();
            page.context().addCookies(List.of(new Cookie("quiz-guest", guest.token()).setUrl(root.toString())));
            page.navigate("/");
            PlaywrightAssertions.assertThat(page.locator("#resume-time-left .countdown")).hasText("10 phút");
        });
    }

    @Test
    void an_untimed_quiz_shows_no_time_left() {
        scenario("resume-untimed", () -> {
            GuestFixture.Guest guest = guests.newGuest();
            attempts.start(guest.ref(), new StartRequest("people", 4, QuizMode.practice, false, null));
            Page page = home(guest, 360);
            PlaywrightAssertions.assertThat(page.locator("#resume")).isVisible();
            PlaywrightAssertions.assertThat(page.locator("#resume-time-left")).hasCount(0);
        });
    }
}
