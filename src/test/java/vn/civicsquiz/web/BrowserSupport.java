package vn.civicsquiz.web;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import io.quarkus.test.common.http.TestHTTPResource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.fail;

/**
 * Drives a real Chromium: the system one ({@code CHROMIUM_PATH}, else the usual install paths). Nothing is
 * downloaded: without a Chromium the browser tests fail at once, saying how to get one. Screenshots of every open page are kept on failure in
 * target/playwright-screenshots/.
 */
abstract class BrowserSupport {

    static final Path SCREENSHOTS = Paths.get("target", "playwright-screenshots");
    static Playwright playwright;
    static Browser browser;

    @TestHTTPResource("/")
    URL root;

    final List<BrowserContext> contexts = new ArrayList<>();

    /** A test body that may throw anything. */
    interface Scenario {
        void run() throws Exception;
    }

    @BeforeAll
    static void launch() {
        String system = systemChromium();
        if (system == null) {
            fail("The browser tests need Chromium: install it (Debian/Ubuntu: apt-get install chromium) or set "
                    + "CHROMIUM_PATH to a Chromium or Chrome executable.");
        }
        Map<String, String> env = new HashMap<>(System.getenv());
        env.put("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        playwright = Playwright.create(new Playwright.CreateOptions().setEnv(env));
        BrowserType.LaunchOptions options = new BrowserType.LaunchOptions().setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking"));
        options.setExecutablePath(Paths.get(system));
        browser = playwright.chromium().launch(options);
    }

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    @AfterEach
    void closeContexts() {
        contexts.forEach(BrowserContext::close);
        contexts.clear();
    }

    static String systemChromium() {
        String configured = System.getenv("CHROMIUM_PATH");
        if (configured != null && !configured.isBlank() && Files.isExecutable(Paths.get(configured))) {
            return configured;
        }
        return List.of("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome", "/snap/bin/chromium")
                .stream().filter(p -> Files.isExecutable(Paths.get(p))).findFirst().orElse(null);
    }

    BrowserContext newContext(Browser.NewContextOptions options) {
        BrowserContext context = browser.newContext(options.setBaseURL(root.toString()));
        context.setDefaultTimeout(15_000);
        contexts.add(context);
        return context;
    }

    Page newPage() {
        return newContext(new Browser.NewContextOptions().setViewportSize(1280, 900)).newPage();
    }

    /** Runs the scenario; on failure saves a screenshot of every open page, then fails with the cause. */
    void scenario(String name, Scenario body) {
        try {
            body.run();
        } catch (Throwable failure) {
            screenshots(name);
            if (failure instanceof AssertionError e) {
                throw e;
            }
            if (failure instanceof RuntimeException e) {
                throw e;
            }
            fail(name + " failed", failure);
        }
    }

    void screenshots(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            int n = 0;
            for (BrowserContext context : contexts) {
                for (Page page : context.pages()) {
                    page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                            .setPath(SCREENSHOTS.resolve(name + "-" + (++n) + ".png")));
                }
            }
        } catch (Exception e) {
            System.err.println("Could not save screenshots of " + name + ": " + e);
        }
    }

    /** Presses Tab until the focused element matches the selector; fails when it is not reachable. */
    static void tabTo(Page page, String selector) {
        for (int i = 0; i < 120; i++) {
            page.keyboard().press("Tab");
            if (focusedMatches(page, selector)) {
                return;
            }
        }
        fail("Could not reach " + selector + " with the Tab key on " + page.url());
    }

    static boolean focusedMatches(Page page, String selector) {
        return (Boolean) page.evaluate("s => !!document.activeElement && document.activeElement.matches(s)", selector);
    }

    static String focusedValue(Page page) {
        return (String) page.evaluate("() => document.activeElement.value");
    }
}
