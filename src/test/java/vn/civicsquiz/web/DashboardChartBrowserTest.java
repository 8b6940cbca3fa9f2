package vn.civicsquiz.web;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.Cookie;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.civicsquiz.quiz.AnswerService;
import vn.civicsquiz.quiz.AttemptService;
import vn.civicsquiz.quiz.GuestFixture;
import vn.civicsquiz.quiz.KeyAnswers;
import vn.civicsquiz.quiz.QuizMode;
import vn.civicsquiz.quiz.StartRequest;
import vn.civicsquiz.quiz.TestBank;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dashboard's score trend in a real Chromium: labelled axes (score in percent, date), each point saying its
 * quiz, date, score, topic and mode, a legend of the modes, a filter by topic and mode, and a text alternative
 * (the chart's name and description, and the table of the numbers).
 */
@QuarkusTest
class DashboardChartBrowserTest extends BrowserSupport {

    @Inject
    TestBank bank;
    @Inject
    GuestFixture guests;
    @Inject
    AttemptService attempts;
    @Inject
    AnswerService answers;
    @Inject
    KeyAnswers keys;
    @Inject
    EntityManager em;

    @BeforeEach
    void topics() {
        bank.ensureTopics();
    }

    /** One question of the topic, answered right or left unanswered (wrong), finished at the given instant. */
    long finished(GuestFixture.Guest guest, String topic, QuizMode mode, boolean right, String finishedUtc) {
        long attempt = attempts.start(guest.ref(), new StartRequest(topic, 1, mode, false, null)).id;
        if (right) {
            answers.answer(guest.ref(), attempt, 1, KeyAnswers.right(keys.key(attempt, 1)));
        }
        attempts.finish(guest.ref(), attempt);
        finishedAt(attempt, OffsetDateTime.parse(finishedUtc));
        return attempt;
    }

    @Transactional
    void finishedAt(long attempt, OffsetDateTime at) {
        em.createNativeQuery("UPDATE quiz_attempt SET finished_at = ?2 WHERE id = ?1")
                .setParameter(1, attempt).setParameter(2, at).executeUpdate();
    }

    @Test
    void the_trend_chart_has_labelled_axes_points_that_name_topic_and_mode_a_legend_a_filter_and_a_text_alternative() {
        scenario("dashboard-chart", () -> {
            GuestFixture.Guest guest = guests.newGuest();
            long first = finished(guest, "three-pillars", QuizMode.practice, true, "2026-11-30T16:30:00Z");
            long second = finished(guest, "figures", QuizMode.test, false, "2026-12-01T03:00:00Z");
            long third = finished(guest, "three-pillars", QuizMode.test, true, "2026-12-02T01:15:00Z");
            Page page = newPage();
            page.context().addCookies(List.of(new Cookie("quiz-guest", guest.token()).setUrl(root.toString())));
            page.navigate("/dashboard");

            Locator chart = page.getByRole(AriaRole.IMG,
                    new Page.GetByRoleOptions().setName("Biểu đồ phần trăm câu đúng của 3 bài gần nhất"));
            PlaywrightAssertions.assertThat(chart).isVisible();
            PlaywrightAssertions.assertThat(chart).hasAttribute("aria-describedby", "history-chart-desc");
            String description = page.locator("#history-chart-desc").textContent();
            assertThat(description).contains("từ 30/11/2026 đến 02/12/2026") // 23:30 in Hà Nội, not 16:30 UTC
                    .contains("Bài gần nhất 100 %").contains("thấp nhất 0 %").contains("hình vuông là bài kiểm tra");

            PlaywrightAssertions.assertThat(chart.locator("text.y-axis")).hasText("Điểm (%)");
            PlaywrightAssertions.assertThat(chart.locator("text.x-axis")).hasText("Ngày làm bài");
            assertThat(chart.locator("text.date-tick").allTextContents())
                    .containsExactly("30/11/2026", "01/12/2026", "02/12/2026");
            assertThat(chart.locator("text.tick:not(.date-tick)").allTextContents()).containsExactly("0%", "50%", "100%");

            PlaywrightAssertions.assertThat(chart.locator("circle.point")).hasCount(1);
            PlaywrightAssertions.assertThat(chart.locator("rect.point")).hasCount(2);
            assertThat(chart.locator("[data-attempt='" + first + "'] title").textContent())
                    .isEqualTo("Bài 1, 30/11/2026 23:30: 100% · Ba trụ cột · Luyện tập");
            assertThat(chart.locator("[data-attempt='" + second + "'] title").textContent())
                    .isEqualTo("Bài 2, 01/12/2026 10:00: 0% · Con số nổi bật · Kiểm tra");
            assertThat(chart.locator("[data-attempt='" + third + "'] title").textContent())
                    .isEqualTo("Bài 3, 02/12/2026 08:15: 100% · Ba trụ cột · Kiểm tra");
            assertThat(page.locator(".chart-legend li").allTextContents()).extracting(String::strip)
                    .containsExactly("Luyện tập", "Kiểm tra");

            page.locator("details summary").filter(new Locator.FilterOptions().setHasText("Xem số liệu")).click();
            Locator rows = page.locator("#history-table tbody tr");
            PlaywrightAssertions.assertThat(rows).hasCount(3);
            assertThat(rows.nth(1).locator("td").allTextContents())
                    .containsExactly("2", "01/12/2026 10:00", "Con số nổi bật", "Kiểm tra", "0/1 (0%)");

            page.locator("#history-topic").selectOption("three-pillars");
            page.locator("#history-mode").selectOption("test");
            page.locator("#history-filter-apply").click();
            page.waitForURL(Pattern.compile(".*topic=three-pillars&mode=test.*"));
            Locator filtered = page.locator("svg.history-chart");
            PlaywrightAssertions.assertThat(filtered.locator(".point")).hasCount(1);
            PlaywrightAssertions.assertThat(filtered.locator("[data-attempt='" + third + "']")).hasCount(1);
            PlaywrightAssertions.assertThat(page.locator("#history-topic")).hasValue("three-pillars");
            PlaywrightAssertions.assertThat(page.locator("#history-mode")).hasValue("test");

            page.locator("#history-topic").selectOption("people");
            page.locator("#history-filter-apply").click();
            page.waitForURL(Pattern.compile(".*topic=people.*"));
            PlaywrightAssertions.assertThat(page.locator("#history-filter-empty")).hasText("Không có bài nào khớp bộ lọc.");
            PlaywrightAssertions.assertThat(page.locator("svg.history-chart")).hasCount(0);

            page.locator("#history-filter-clear").click();
            PlaywrightAssertions.assertThat(page.locator("svg.history-chart .point")).hasCount(3);

            Response refused = page.navigate("/dashboard?mode=nhanh");
            assertThat(refused.status()).isEqualTo(400);
            assertThat(refused.headerValue("content-type")).contains("text/html");
            assertThat(page.navigate("/dashboard?topic=%3Cscript%3E").status()).isEqualTo(400);
        });
    }

    @Test
    void a_visitor_who_never_played_gets_the_empty_history_whatever_the_filter() {
        scenario("dashboard-chart-visitor", () -> {
            Page page = newPage();
            Response shown = page.navigate("/dashboard?topic=figures&mode=test");
            assertThat(shown.status()).isEqualTo(200);
            PlaywrightAssertions.assertThat(page.locator("#history")).containsText("Chưa có bài nào hoàn thành.");
            PlaywrightAssertions.assertThat(page.locator("svg.history-chart")).hasCount(0);
            PlaywrightAssertions.assertThat(page.locator("#history-topic")).hasCount(0);
        });
    }

    @Test
    void the_chart_speaks_english_on_request() {
        scenario("dashboard-chart-en", () -> {
            GuestFixture.Guest guest = guests.newGuest();
            finished(guest, "events", QuizMode.practice, true, "2026-12-01T03:00:00Z");
            Page page = newPage();
            page.context().addCookies(List.of(new Cookie("quiz-guest", guest.token()).setUrl(root.toString())));
            page.navigate("/dashboard?lang=en");
            Locator chart = page.getByRole(AriaRole.IMG,
                    new Page.GetByRoleOptions().setName("Percentage correct in your last 1 quizzes"));
            PlaywrightAssertions.assertThat(chart.locator("text.y-axis")).hasText("Score (%)");
            PlaywrightAssertions.assertThat(chart.locator("text.x-axis")).hasText("Date finished");
            assertThat(chart.locator(".point title").textContent()).isEqualTo("Quiz 1, 01/12/2026 10:00: 100% · Events · Practice");
        });
    }
}
