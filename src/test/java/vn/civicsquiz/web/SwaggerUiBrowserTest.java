package vn.civicsquiz.web;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Swagger UI draws the API in a real browser: its page policy lets its own script run, and nothing is blocked. */
@QuarkusTest
class SwaggerUiBrowserTest extends BrowserSupport {

    @Test
    void swagger_ui_lists_the_api_operations() {
        scenario("swagger-ui", () -> {
            Page page = newPage();
            List<String> blocked = new ArrayList<>();
            page.onConsoleMessage(m -> {
                if (m.text().contains("Content Security Policy")) {
                    blocked.add(m.text());
                }
            });
            page.navigate("/q/swagger-ui/");
            PlaywrightAssertions.assertThat(page.locator(".opblock").first()).isVisible();
            PlaywrightAssertions.assertThat(page.locator(".opblock-summary-path", new Page.LocatorOptions()
                    .setHasText("/api/v1/questions")).first()).isVisible();
            assertThat(blocked).isEmpty();
        });
    }
}
