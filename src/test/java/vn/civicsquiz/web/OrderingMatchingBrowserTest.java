package vn.civicsquiz.web;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.CDPSession;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.BoundingBox;
import com.microsoft.playwright.options.Cookie;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.civicsquiz.question.QuestionKind;
import vn.civicsquiz.quiz.GuestFixture;
import vn.civicsquiz.quiz.KeyAnswers;
import vn.civicsquiz.quiz.KindAttempts;
import vn.civicsquiz.quiz.QuizMode;
import vn.civicsquiz.quiz.grading.GradingKey;
import vn.civicsquiz.quiz.grading.LearnerResponse;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Ordering and matching questions in a real Chromium. With JavaScript an ordering question is a list reordered by
 * dragging (mouse or touch) or by keyboard, and a matching choice already used is refused at once; without it the
 * selects post as they are, and the server refuses a choice used twice, keeping what the learner chose.
 */
@QuarkusTest
class OrderingMatchingBrowserTest extends BrowserSupport {

    @Inject
    GuestFixture guests;
    @Inject
    KindAttempts kinds;
    @Inject
    KeyAnswers keys;

    record Opened(long attempt, int position, GradingKey key) {
    }

    /** A new guest's attempt with one question of each kind, open at the question of this kind. */
    Opened open(Page page, QuizMode mode, QuestionKind kind) {
        GuestFixture.Guest guest = guests.newGuest();
        long attempt = kinds.start(guest.ref(), mode).id;
        int position = 1;
        while (keys.key(attempt, position).kind() != kind) {
            position++;
        }
        page.context().addCookies(List.of(new Cookie("quiz-guest", guest.token()).setUrl(root.toString())));
        page.navigate("/quiz/" + attempt + "/q/" + position);
        return new Opened(attempt, position, keys.key(attempt, position));
    }

    Page page(int width, boolean javaScript) {
        Browser.NewContextOptions options = new Browser.NewContextOptions().setViewportSize(width, 800)
                .setJavaScriptEnabled(javaScript);
        if (width < 400) {
            options.setHasTouch(true).setIsMobile(true);
        }
        return newContext(options).newPage();
    }

    static List<String> posted(Page page) {
        return page.locator("ul.order-list input[type=hidden][name=pos]").all().stream()
                .map(l -> l.getAttribute("value")).toList();
    }

    static List<String> expectedFields(List<Long> order) {
        List<String> fields = new ArrayList<>();
        for (int i = 0; i < order.size(); i++) {
            fields.add(order.get(i) + ":" + (i + 1));
        }
        return fields;
    }

    static void noSidewaysScroll(Page page, int width) {
        assertThat(((Number) page.evaluate("() => document.documentElement.scrollWidth")).intValue())
                .as("page width at " + width + " px").isLessThanOrEqualTo(width);
    }

    @Test
    void at_1280_px_an_ordering_list_moves_by_keyboard_with_announcements_and_by_mouse_drag() {
        scenario("ordering-1280", () -> {
            Page page = page(1280, true);
            Opened q = open(page, QuizMode.practice, QuestionKind.ORDERING);
            List<Long> right = ((LearnerResponse.Order) KeyAnswers.right(q.key())).optionIds();
            PlaywrightAssertions.assertThat(page.locator("ul.order-list li[data-id]")).hasCount(right.size());
            PlaywrightAssertions.assertThat(page.locator("select[name=pos]")).hasCount(0);
            assertThat(posted(page)).as("hidden fields follow the list as shown")
                    .containsExactlyElementsOf(expectedFields(QuizDriver.listed(page)));

            // keyboard: focus the last item, Alt+↑ moves it up one place and says where it is now
            List<Long> shown = QuizDriver.listed(page);
            long last = shown.get(shown.size() - 1);
            page.locator(QuizDriver.row(last)).focus();
            page.keyboard().press("Alt+ArrowUp");
            assertThat(QuizDriver.rowIndex(page, last)).isEqualTo(shown.size() - 2);
            assertThat(BrowserSupport.focusedMatches(page, QuizDriver.row(last))).as("focus stays on the item").isTrue();
            String text = page.locator(QuizDriver.row(last) + " .order-text").textContent();
            PlaywrightAssertions.assertThat(page.locator("#order-status[aria-live=polite]"))
                    .hasText(text + ": vị trí " + (shown.size() - 1) + "/" + shown.size());
            // the "xuống" button puts it back
            PlaywrightAssertions.assertThat(page.locator(QuizDriver.row(last) + " button.order-move").nth(1))
                    .containsText("xuống");
            page.locator(QuizDriver.row(last) + " button.order-move").nth(1).click();
            assertThat(QuizDriver.listed(page)).containsExactlyElementsOf(shown);
            PlaywrightAssertions.assertThat(page.locator("#order-status"))
                    .hasText(text + ": vị trí " + shown.size() + "/" + shown.size());
            assertThat(posted(page)).containsExactlyElementsOf(expectedFields(shown));

            // mouse: drag each item into its place, then the form posts that order
            for (int i = 0; i < right.size(); i++) {
                QuizDriver.dragTo(page, right.get(i), i);
            }
            assertThat(QuizDriver.listed(page)).containsExactlyElementsOf(right);
            assertThat(posted(page)).containsExactlyElementsOf(expectedFields(right));
            page.locator("#submit-answer").click();
            PlaywrightAssertions.assertThat(page.locator("#feedback-title")).hasText("Chính xác!");
        });
    }

    @Test
    void at_360_px_an_ordering_list_is_reordered_by_touch_and_fits_the_screen() {
        scenario("ordering-360-touch", () -> {
            Page page = page(360, true);
            Opened q = open(page, QuizMode.practice, QuestionKind.ORDERING);
            List<Long> right = ((LearnerResponse.Order) KeyAnswers.right(q.key())).optionIds();
            PlaywrightAssertions.assertThat(page.locator("ul.order-list li[data-id]")).hasCount(right.size());
            noSidewaysScroll(page, 360);
            CDPSession cdp = page.context().newCDPSession(page);
            for (int i = 0; i < right.size(); i++) {
                touchDrag(cdp, page, right.get(i), i);
                assertThat(QuizDriver.rowIndex(page, right.get(i))).as("touched item in place " + i).isEqualTo(i);
            }
            assertThat(posted(page)).containsExactlyElementsOf(expectedFields(right));
            page.locator("#submit-answer").click();
            PlaywrightAssertions.assertThat(page.locator("#feedback-title")).hasText("Chính xác!");
            noSidewaysScroll(page, 360);
        });
    }

    /** A finger on the item's handle, moved to the top of the row now at index {@code to}, then lifted. */
    static void touchDrag(CDPSession cdp, Page page, long id, int to) {
        page.locator(QuizDriver.row(id)).scrollIntoViewIfNeeded();
        BoundingBox handle = page.locator(QuizDriver.row(id) + " .order-handle").boundingBox();
        BoundingBox target = page.locator("ul.order-list li[data-id]").nth(to).boundingBox();
        double x = handle.x + handle.width / 2;
        double from = handle.y + handle.height / 2;
        touch(cdp, "touchStart", x, from);
        for (int step = 1; step <= 8; step++) {
            touch(cdp, "touchMove", x, from + (target.y + 2 - from) * step / 8);
        }
        touch(cdp, "touchEnd", x, target.y + 2);
    }

    static void touch(CDPSession cdp, String type, double x, double y) {
        JsonObject params = new JsonObject();
        params.addProperty("type", type);
        JsonArray points = new JsonArray();
        if (!type.equals("touchEnd")) {
            JsonObject point = new JsonObject();
            point.addProperty("x", x);
            point.addProperty("y", y);
            points.add(point);
        }
        params.add("touchPoints", points);
        cdp.send("Input.dispatchTouchEvent", params);
    }

    @Test
    void a_matching_choice_already_used_is_flagged_at_once_and_not_sent_at_360_and_1280_px() {
        for (int width : new int[] {360, 1280}) {
            scenario("matching-js-" + width, () -> {
                Page page = page(width, true);
                Opened q = open(page, QuizMode.practice, QuestionKind.MATCHING);
                Map<Long, Long> right = ((LearnerResponse.Pairs) KeyAnswers.right(q.key())).pairs();
                List<Long> left = new ArrayList<>(right.keySet());
                long first = left.get(0);
                long second = left.get(1);
                page.locator("#pair-" + first).selectOption(first + ":" + right.get(first));
                page.locator("#pair-" + second).selectOption(second + ":" + right.get(first));
                String firstLabel = page.locator("label[for=pair-" + first + "]").textContent();
                PlaywrightAssertions.assertThat(page.locator("#note-pair-" + second)).isVisible();
                PlaywrightAssertions.assertThat(page.locator("#note-pair-" + second))
                        .containsText("đã được chọn cho „" + firstLabel + "“");
                PlaywrightAssertions.assertThat(page.locator("#pair-" + second))
                        .hasAttribute("aria-describedby", "note-pair-" + second);
                PlaywrightAssertions.assertThat(page.locator("#pair-" + second)).hasAttribute("aria-invalid", "true");
                for (Long l : left.subList(2, left.size())) {
                    page.locator("#pair-" + l).selectOption(l + ":" + right.get(l));
                }
                page.locator("#submit-answer").click();
                assertThat((Boolean) page.evaluate("() => document.querySelector('form.question-form').checkValidity()"))
                        .as("the form refuses to send a choice used twice").isFalse();
                PlaywrightAssertions.assertThat(page.locator("#feedback")).hasCount(0);
                noSidewaysScroll(page, width);
                right.forEach((l, r) -> page.locator("#pair-" + l).selectOption(l + ":" + r));
                PlaywrightAssertions.assertThat(page.locator("#note-pair-" + second)).isHidden();
                page.locator("#submit-answer").click();
                PlaywrightAssertions.assertThat(page.locator("#feedback-title")).hasText("Chính xác!");
            });
        }
    }

    @Test
    void without_javascript_a_choice_used_twice_is_refused_by_the_server_and_the_choices_stay_selected() {
        for (int width : new int[] {360, 1280}) {
            scenario("matching-nojs-" + width, () -> {
                Page page = page(width, false);
                Opened q = open(page, QuizMode.practice, QuestionKind.MATCHING);
                Map<Long, Long> right = ((LearnerResponse.Pairs) KeyAnswers.right(q.key())).pairs();
                List<Long> left = new ArrayList<>(right.keySet());
                long used = right.get(left.get(0));
                for (Long l : left) {
                    page.locator("#pair-" + l).selectOption(l + ":" + used);
                }
                page.locator("#submit-answer").click();
                page.waitForLoadState();
                PlaywrightAssertions.assertThat(page.locator("#answer-error"))
                        .hasText("Mỗi nội dung chỉ được chọn cho một mục. Hãy chọn nội dung khác cho mục bị trùng.");
                for (Long l : left) {
                    assertThat(page.locator("#pair-" + l).inputValue()).as("kept choice of " + l)
                            .isEqualTo(l + ":" + used);
                }
                noSidewaysScroll(page, width);
                right.forEach((l, r) -> page.locator("#pair-" + l).selectOption(l + ":" + r));
                page.locator("#submit-answer").click();
                page.waitForLoadState();
                PlaywrightAssertions.assertThat(page.locator("#feedback-title")).hasText("Chính xác!");
            });
        }
    }

    @Test
    void without_javascript_two_items_in_one_place_are_refused_and_the_positions_chosen_stay() {
        scenario("ordering-nojs", () -> {
            Page page = page(360, false);
            Opened q = open(page, QuizMode.practice, QuestionKind.ORDERING);
            List<Long> right = ((LearnerResponse.Order) KeyAnswers.right(q.key())).optionIds();
            page.locator("#pos-" + right.get(0)).selectOption(right.get(0) + ":1");
            page.locator("#pos-" + right.get(1)).selectOption(right.get(1) + ":1");
            page.locator("#pos-" + right.get(2)).selectOption(right.get(2) + ":2");
            page.locator("#submit-answer").click();
            page.waitForLoadState();
            PlaywrightAssertions.assertThat(page.locator("#answer-error"))
                    .hasText("Hãy đặt mỗi mục vào một vị trí khác nhau.");
            assertThat(page.locator("#pos-" + right.get(0)).inputValue()).isEqualTo(right.get(0) + ":1");
            assertThat(page.locator("#pos-" + right.get(1)).inputValue()).isEqualTo(right.get(1) + ":1");
            assertThat(page.locator("#pos-" + right.get(2)).inputValue()).isEqualTo(right.get(2) + ":2");
            noSidewaysScroll(page, 360);
        });
    }
}
