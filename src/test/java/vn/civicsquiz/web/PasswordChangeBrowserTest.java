package vn.civicsquiz.web;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** In a real browser: a learner signs up, is told a common password is refused, then changes their password. */
@QuarkusTest
class PasswordChangeBrowserTest extends BrowserSupport {

    @Test
    void aLearnerChangesTheirPasswordFromTheMenuAndStaysSignedIn() {
        scenario("password-change", () -> {
            String user = "đổi.mk.trình.duyệt." + Long.toString(System.nanoTime(), 36);
            Page page = newPage();
            page.navigate("/signup");
            page.locator("#username").fill(user);
            page.locator("#password").fill("1234567890");
            page.locator("form.stacked button[type=submit]").click();
            PlaywrightAssertions.assertThat(page.locator("#signup-error")).containsText("mật khẩu phổ biến");
            page.locator("#username").fill(user);
            page.locator("#password").fill("ôn tập đối ngoại 2021");
            page.locator("form.stacked button[type=submit]").click();
            page.waitForURL(url -> !url.contains("/signup")); // signing up signs in

            page.locator("a[href='/account/password']").click();
            page.locator("#currentPassword").fill("không đúng mật khẩu");
            page.locator("#newPassword").fill("một cụm từ mới 2022");
            page.locator("form.stacked button[type=submit]").click();
            PlaywrightAssertions.assertThat(page.locator("#password-error")).hasText("Mật khẩu hiện tại không đúng.");

            page.locator("#currentPassword").fill("ôn tập đối ngoại 2021");
            page.locator("#newPassword").fill("một cụm từ mới 2022");
            page.locator("form.stacked button[type=submit]").click();
            PlaywrightAssertions.assertThat(page.locator("#password-changed")).containsText("Đã đổi mật khẩu");
            page.navigate("/dashboard");
            PlaywrightAssertions.assertThat(page.locator("header")).containsText("Đăng xuất (" + user + ")");
        });
    }
}
