package vn.civicsquiz.web;

import com.microsoft.playwright.Page;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.civicsquiz.quiz.KeyAnswers;
import vn.civicsquiz.quiz.TestBank;
import vn.civicsquiz.quiz.grading.GradingKey;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In English mode the articles' Vietnamese (stems, options, quotes, titles, fact names) is marked
 * {@code lang="vi"}, so that a screen reader reads it with a Vietnamese voice. Checked on every page a learner
 * meets: no text with Vietnamese letters may sit under an English {@code lang}.
 */
@QuarkusTest
class ContentLanguageTest extends BrowserSupport {

    /** Text nodes with letters only Vietnamese uses whose nearest lang is English. */
    private static final String UNMARKED_VIETNAMESE = """
            () => {
              const vietnamese = /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/i;
              const found = [];
              const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
              while (walker.nextNode()) {
                const node = walker.currentNode;
                const parent = node.parentElement;
                if (!parent || parent.closest('script, style') || !vietnamese.test(node.textContent)) continue;
                const lang = (parent.closest('[lang]') || document.documentElement).getAttribute('lang');
                if (lang.startsWith('en')) found.push(parent.tagName + ': ' + node.textContent.trim().slice(0, 80));
              }
              return found;
            }""";

    @Inject
    TestBank bank;
    @Inject
    KeyAnswers keys;

    @BeforeEach
    void bank() {
        bank.ensureTopics();
    }

    @Test
    void vietnamese_content_on_english_pages_is_marked_as_vietnamese() {
        scenario("content-language", () -> {
            Page page = newPage();
            page.navigate("/?lang=en");
            String name = "reader" + UUID.randomUUID().toString().substring(0, 8);
            page.navigate("/signup");
            page.locator("#username").fill(name);
            page.locator("#password").fill("an English reader");
            page.locator("form[action='/signup'] button").click();
            page.waitForURL(root.toString());

            Map<String, List<String>> unmarked = new LinkedHashMap<>();
            check(page, "home", unmarked);
            page.locator("#topic-three-pillars").check();
            page.locator("#start").click();
            page.waitForURL("**/quiz/*/q/1");
            check(page, "question", unmarked);
            int size = Integer.parseInt(page.locator("progress.quiz-progress").getAttribute("max"));
            for (int position = 1; position <= size; position++) {
                long[] at = QuizDriver.where(page);
                GradingKey key = keys.key(at[0], (int) at[1]);
                QuizDriver.answerByPointer(page, position == 1 ? KeyAnswers.wrong(key) : KeyAnswers.right(key));
                check(page, "feedback " + position, unmarked);
                if (position < size) {
                    QuizDriver.next(page, position + 1);
                } else {
                    page.locator("#finish").click();
                }
            }
            page.waitForURL("**/result");
            check(page, "result", unmarked);
            for (String path : List.of("/dashboard", "/dashboard/leaderboard", "/study", "/study/quiz",
                    "/study/settings", "/sources", "/assignments", "/classes/join")) {
                page.navigate(path);
                check(page, path, unmarked);
            }
            page.navigate("/sources");
            page.locator("main h2 a").first().click();
            page.waitForURL("**/sources/*");
            check(page, "article", unmarked);
            assertThat(unmarked).as("Vietnamese text under lang=en").isEmpty();
        });
    }

    @SuppressWarnings("unchecked")
    private static void check(Page page, String where, Map<String, List<String>> unmarked) {
        assertThat(page.locator("html").getAttribute("lang")).as(where + " is in English").isEqualTo("en");
        List<String> found = new ArrayList<>((List<String>) page.evaluate(UNMARKED_VIETNAMESE));
        if (!found.isEmpty()) {
            unmarked.put(where, found);
        }
    }
}
