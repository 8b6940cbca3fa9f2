package vn.civicsquiz.web;

import com.microsoft.playwright.Page;
import vn.civicsquiz.quiz.grading.GradingKey;
import vn.civicsquiz.quiz.grading.LearnerResponse;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/** Fills the question form of the current page with a given answer, by keyboard only or by pointer. */
final class QuizDriver {

    private static final Pattern QUESTION_URL = Pattern.compile("/quiz/(\\d+)/q/(\\d+)");

    private QuizDriver() {
    }

    /** The attempt id and position of the question page shown. */
    static long[] where(Page page) {
        Matcher m = QUESTION_URL.matcher(page.url());
        assertThat(m.find()).as("a question page: " + page.url()).isTrue();
        return new long[] {Long.parseLong(m.group(1)), Long.parseLong(m.group(2))};
    }

    /** Answers with the keyboard only: Tab, arrow keys, Space and typing; then submits with Enter. */
    static void answerByKeyboard(Page page, GradingKey key, LearnerResponse response) {
        page.locator("body").focus();
        if (response instanceof LearnerResponse.Choice choice) {
            if (key.kind() == vn.civicsquiz.question.QuestionKind.MULTIPLE) {
                for (Long id : choice.optionIds()) {
                    BrowserSupport.tabTo(page, "#opt-" + id);
                    page.keyboard().press("Space");
                }
            } else {
                BrowserSupport.tabTo(page, "input[name=option]");
                arrowUntil(page, String.valueOf(choice.optionIds().get(0)));
                page.keyboard().press("Space");
            }
        } else if (response instanceof LearnerResponse.Order order && reorderable(page)) {
            for (int i = 0; i < order.optionIds().size(); i++) {
                long id = order.optionIds().get(i);
                BrowserSupport.tabTo(page, row(id));
                while (rowIndex(page, id) > i) {
                    page.keyboard().press("Alt+ArrowUp");
                }
            }
        } else if (response instanceof LearnerResponse.Order order) {
            for (int i = 0; i < order.optionIds().size(); i++) {
                long id = order.optionIds().get(i);
                BrowserSupport.tabTo(page, "#pos-" + id);
                arrowUntil(page, id + ":" + (i + 1));
            }
        } else if (response instanceof LearnerResponse.Pairs pairs) {
            for (Map.Entry<Long, Long> pair : pairs.pairs().entrySet()) {
                BrowserSupport.tabTo(page, "#pair-" + pair.getKey());
                arrowUntil(page, pair.getKey() + ":" + pair.getValue());
            }
        } else if (response instanceof LearnerResponse.Numeric numeric) {
            BrowserSupport.tabTo(page, "#answer-value");
            page.keyboard().type(vietnamese(numeric.value()));
        } else if (response instanceof LearnerResponse.Text text) {
            BrowserSupport.tabTo(page, "#answer-text");
            page.keyboard().type(text.text());
        }
        BrowserSupport.tabTo(page, "#submit-answer");
        page.keyboard().press("Enter");
        page.waitForLoadState();
    }

    /** Answers with clicks and selections, as most people would. */
    static void answerByPointer(Page page, LearnerResponse response) {
        if (response instanceof LearnerResponse.Choice choice
                && page.locator("form.question-form[data-practice] input[type=radio][name=option]").count() > 0) {
            page.locator("#opt-" + choice.optionIds().get(0)).click(); // one tap answers a practice question
            page.locator("#feedback").waitFor();
            return;
        }
        if (response instanceof LearnerResponse.Choice choice) {
            choice.optionIds().forEach(id -> page.locator("#opt-" + id).check());
        } else if (response instanceof LearnerResponse.Order order && reorderable(page)) {
            for (int i = 0; i < order.optionIds().size(); i++) {
                dragTo(page, order.optionIds().get(i), i);
            }
        } else if (response instanceof LearnerResponse.Order order) {
            for (int i = 0; i < order.optionIds().size(); i++) {
                long id = order.optionIds().get(i);
                page.locator("#pos-" + id).selectOption(id + ":" + (i + 1));
            }
        } else if (response instanceof LearnerResponse.Pairs pairs) {
            pairs.pairs().forEach((left, right) -> page.locator("#pair-" + left).selectOption(left + ":" + right));
        } else if (response instanceof LearnerResponse.Numeric numeric) {
            page.locator("#answer-value").fill(vietnamese(numeric.value()));
        } else if (response instanceof LearnerResponse.Text text) {
            page.locator("#answer-text").fill(text.text());
        }
        page.locator("#submit-answer").click();
        page.waitForLoadState();
    }

    /** Whether the ordering question is the list reordered in place (JavaScript on) rather than one select per item. */
    static boolean reorderable(Page page) {
        return page.locator("ul.order-list").count() > 0;
    }

    static String row(long id) {
        return "ul.order-list li[data-id='" + id + "']";
    }

    /** Where the item is in the reorderable list, from 0. */
    static int rowIndex(Page page, long id) {
        return ((Number) page.evaluate("id => [...document.querySelectorAll('ul.order-list li[data-id]')]"
                + ".findIndex(r => r.dataset.id === id)", String.valueOf(id))).intValue();
    }

    /** The item ids of the reorderable list, top to bottom. */
    static List<Long> listed(Page page) {
        return page.locator("ul.order-list li[data-id]").all().stream()
                .map(l -> Long.parseLong(l.getAttribute("data-id"))).toList();
    }

    /** Drags the item by its handle with the mouse until it is at index {@code to} (from 0). */
    static void dragTo(Page page, long id, int to) {
        var handle = page.locator(row(id) + " .order-handle").boundingBox();
        var target = page.locator("ul.order-list li[data-id]").nth(to).boundingBox();
        page.mouse().move(handle.x + handle.width / 2, handle.y + handle.height / 2);
        page.mouse().down();
        double y = target.y + 2;
        page.mouse().move(handle.x + handle.width / 2, y, new com.microsoft.playwright.Mouse.MoveOptions().setSteps(8));
        page.mouse().up();
        assertThat(rowIndex(page, id)).as("item " + id + " dragged to " + to).isEqualTo(to);
    }

    /** Goes to the next question by its link (in place with JavaScript) and waits until it is shown. */
    static void next(Page page, int nextPosition) {
        page.locator("#next-question").click();
        page.waitForURL(java.util.regex.Pattern.compile("/q/" + nextPosition + "$"));
    }

    /** Moves through a radio group or a closed select with ArrowDown until the focused value is the wanted one. */
    static void arrowUntil(Page page, String value) {
        for (int i = 0; i < 30; i++) {
            if (value.equals(BrowserSupport.focusedValue(page))) {
                return;
            }
            page.keyboard().press("ArrowDown");
        }
        fail("ArrowDown never reached " + value + " on " + page.url());
    }

    /** 1200.5 is typed as a Vietnamese reader would: "1200,5". */
    private static String vietnamese(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString().replace('.', ',');
    }

    static List<String> texts(Page page, String selector) {
        return page.locator(selector).allInnerTexts();
    }
}
