package vn.civicsquiz.web;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.BoundingBox;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.civicsquiz.quiz.TestBank;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** At 360 px: a one-line header with a menu, the start action in the first screen, no page wider than the phone. */
@QuarkusTest
class MobileLayoutTest extends BrowserSupport {

    private static final int WIDTH = 360;
    private static final int HEIGHT = 740;

    @Inject
    TestBank bank;

    @BeforeEach
    void bank() {
        bank.ensureTopics();
    }

    private Page phone() {
        return newContext(new Browser.NewContextOptions().setViewportSize(WIDTH, HEIGHT).setHasTouch(true)
                .setIsMobile(true)).newPage();
    }

    @Test
    void on_a_phone_the_header_is_one_line_and_the_menu_opens_with_a_tap() {
        scenario("mobile-menu", () -> {
            Page page = phone();
            page.navigate("/");
            BoundingBox header = page.locator(".site-header").boundingBox();
            BoundingBox brand = page.locator(".site-header .brand").boundingBox();
            BoundingBox menu = page.locator("#site-menu > summary").boundingBox();
            assertThat(Math.abs((brand.y + brand.height / 2) - (menu.y + menu.height / 2)))
                    .as("brand and menu button on one line").isLessThan(8.0);
            assertThat(header.height).as("header height").isLessThan(72);
            PlaywrightAssertions.assertThat(page.locator("#site-menu a[href='/login']")).isHidden();
            page.locator("#site-menu > summary").tap();
            PlaywrightAssertions.assertThat(page.locator("#site-menu a[href='/login']")).isVisible();
            page.locator("#site-menu a[href='/login']").tap();
            page.waitForURL("**/login");
        });
    }

    @Test
    void on_a_wide_screen_the_menu_is_always_open() {
        scenario("wide-menu", () -> {
            Page page = newPage();
            page.navigate("/");
            PlaywrightAssertions.assertThat(page.locator("#site-menu > summary")).isHidden();
            PlaywrightAssertions.assertThat(page.locator("#site-menu a[href='/login']")).isVisible();
        });
    }

    @Test
    void the_start_action_is_in_the_first_screen_and_starts_a_quiz_with_one_tap() {
        scenario("mobile-quick-start", () -> {
            Page page = phone();
            page.navigate("/");
            BoundingBox start = page.locator("#quick-start").boundingBox();
            assertThat(start.y + start.height).as("quick start bottom").isLessThanOrEqualTo(HEIGHT);
            page.locator("#quick-start").tap();
            page.waitForURL("**/quiz/*/q/1");
        });
    }

    @Test
    void the_test_timer_is_in_the_first_screen_and_stays_in_view_while_scrolling() {
        scenario("mobile-timer", () -> {
            Page page = phone();
            page.navigate("/");
            page.locator("#topic-mixed").check();
            page.locator("#mode-test").check();
            page.locator("#limit").selectOption("10");
            page.locator("#start").tap();
            page.waitForURL("**/quiz/*/q/1");
            BoundingBox timer = page.locator("#timer").boundingBox();
            assertThat(timer.y + timer.height).as("timer bottom on arrival").isLessThanOrEqualTo(HEIGHT / 2.0);
            page.evaluate("() => window.scrollTo(0, document.documentElement.scrollHeight)");
            page.waitForFunction("() => window.scrollY > 0 || document.documentElement.scrollHeight <= innerHeight");
            BoundingBox scrolled = page.locator("#timer").boundingBox();
            assertThat(scrolled.y).as("timer top after scrolling down").isBetween(-1.0, (double) HEIGHT / 4);
        });
    }

    @Test
    void no_page_a_learner_meets_scrolls_sideways_at_360_px() {
        scenario("mobile-width", () -> {
            Page page = phone();
            List<String> tooWide = new ArrayList<>();
            for (String path : List.of("/", "/login", "/signup", "/sources")) {
                page.navigate(path);
                measure(page, path, tooWide);
            }
            page.navigate("/signup");
            page.locator("#username").fill("hẹp" + UUID.randomUUID().toString().substring(0, 8));
            page.locator("#password").fill("màn hình hẹp 360");
            page.locator("form[action='/signup'] button").tap();
            page.waitForURL(root.toString());
            page.locator("#quick-start").tap();
            page.waitForURL("**/quiz/*/q/1");
            int size = Integer.parseInt(page.locator("progress.quiz-progress").getAttribute("max"));
            String first = page.url();
            for (int position = 1; position <= size; position++) {
                page.navigate(first.replaceFirst("/q/1$", "/q/" + position));
                measure(page, "question " + position, tooWide);
            }
            page.locator("#finish").tap();
            page.locator("#confirm-finish").waitFor();
            measure(page, "confirm finish", tooWide);
            page.locator("#confirm-finish").tap();
            page.waitForURL("**/result");
            measure(page, "result", tooWide);
            for (String path : List.of("/dashboard", "/dashboard/leaderboard", "/study", "/study/quiz",
                    "/study/settings", "/assignments", "/classes/join")) {
                page.navigate(path);
                measure(page, path, tooWide);
            }
            page.navigate("/sources");
            page.locator("main h2 a").first().tap();
            page.waitForURL("**/sources/*");
            measure(page, "article", tooWide);
            assertThat(tooWide).as("pages wider than " + WIDTH + " px").isEmpty();
        });
    }

    private static void measure(Page page, String where, List<String> tooWide) {
        Number width = (Number) page.evaluate("() => document.documentElement.scrollWidth");
        if (width.intValue() > WIDTH) {
            tooWide.add(where + ": " + width + " px");
        }
    }
}
