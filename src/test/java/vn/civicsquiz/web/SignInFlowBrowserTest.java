package vn.civicsquiz.web;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** In Chromium: a guest sent to sign in is told why, signs up, and lands signed in on the page they wanted. */
@QuarkusTest
class SignInFlowBrowserTest extends BrowserSupport {

    @Test
    void a_guest_opening_study_signs_up_on_a_phone_and_lands_on_study_signed_in() {
        scenario("sign-in-flow-signup", () -> {
            Page page = newContext(new Browser.NewContextOptions().setViewportSize(360, 740).setHasTouch(true))
                    .newPage();
            page.navigate("/study");
            page.waitForURL("**/login?reason=account&next=%2Fstudy");
            PlaywrightAssertions.assertThat(page.locator("#account-needed")).containsText("cần có tài khoản");
            page.locator("a[href='/signup?next=%2Fstudy']").tap();
            String name = "lướt" + UUID.randomUUID().toString().substring(0, 8);
            page.locator("#username").fill(name);
            page.locator("#password").fill("mật khẩu trên điện thoại");
            page.locator("form[action='/signup'] button").tap();
            page.waitForURL("**/study");
            PlaywrightAssertions.assertThat(page.locator("form[action='/logout'] button")).containsText(name);
        });
    }

    @Test
    void too_many_wrong_passwords_show_the_apps_page_with_the_wait_and_the_username_kept() {
        scenario("sign-in-flow-throttled", () -> {
            Page page = newPage();
            String name = "chờ" + UUID.randomUUID().toString().substring(0, 8);
            page.navigate("/signup");
            page.locator("#username").fill(name);
            page.locator("#password").fill("mật khẩu đúng của tôi");
            page.locator("form[action='/signup'] button").click();
            page.waitForURL(root.toString());
            page.locator("form[action='/logout'] button").click();

            Response last = null;
            for (int i = 0; i < 6; i++) {
                page.navigate("/login");
                page.locator("#j_username").fill(name);
                page.locator("#j_password").fill("sai-" + i);
                last = page.waitForNavigation(() -> page.locator("form[action='/j_security_check'] button").click());
                if (i < 5) {
                    PlaywrightAssertions.assertThat(page.locator("#j_username")).hasValue(name);
                }
            }
            assertThat(last.status()).isEqualTo(429);
            PlaywrightAssertions.assertThat(page.locator("#throttled")).containsText("phút");
            PlaywrightAssertions.assertThat(page.locator("h1")).isVisible();
            PlaywrightAssertions.assertThat(page.locator("#j_username")).hasValue(name);
        });
    }
}
