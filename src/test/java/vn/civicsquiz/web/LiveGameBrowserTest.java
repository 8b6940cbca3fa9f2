package vn.civicsquiz.web;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.civicsquiz.game.GameKeys;
import vn.civicsquiz.quiz.KeyAnswers;
import vn.civicsquiz.quiz.TestBank;
import vn.civicsquiz.quiz.grading.GradingKey;
import vn.civicsquiz.quiz.grading.LearnerResponse;

import java.util.List;
import java.util.UUID;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A live game in real browsers: the host's classroom screen and three phones. Screens follow the game by
 * themselves (WebSocket), and a player who reloads mid-game carries on with the same score.
 */
@QuarkusTest
class LiveGameBrowserTest extends BrowserSupport {

    @Inject
    TestBank bank;
    @Inject
    GameKeys keys;

    @BeforeEach
    void questions() {
        bank.ensureTopics();
    }

    @Test
    void a_host_runs_a_game_for_three_players_and_a_reloading_player_keeps_the_score() {
        scenario("live-game", () -> {
            Page host = newPage();
            host.navigate("/login");
            host.locator("#j_username").fill("teacher");
            host.locator("#j_password").fill("teacher-test-password");
            host.locator("form[action='/j_security_check'] button").click();
            host.waitForURL(root.toString());
            host.navigate("/host");
            host.locator("#topic").selectOption("three-pillars");
            host.locator("#size").fill("2");
            host.locator("#seconds").fill("90");
            host.locator("form[action='/host'] button").click();
            host.waitForURL("**/host/*");
            long gameId = Long.parseLong(host.url().replaceAll(".*/host/(\\d+).*", "$1"));
            String pin = host.locator("#pin").textContent().strip();
            assertThat(host.locator("#join-url")).containsText("/play?pin=" + pin);
            assertThat(host.locator("#join-qr")).isVisible();
            // the lobby swaps its content as players arrive: read the code drawn on a page of its own
            Page code = newPage();
            code.setContent("<body>" + host.locator("#join-qr").evaluate("e => e.outerHTML")
                    .toString().replace("class=\"join-qr\"", "width=\"300\" height=\"300\"") + "</body>");
            org.assertj.core.api.Assertions.assertThat(decodeQr(code.locator("svg").screenshot()))
                    .as("the QR code a phone camera reads").isEqualTo(host.locator("#join-url").getAttribute("href"));

            String run = UUID.randomUUID().toString().substring(0, 4);
            Page an = player(pin, "An " + run, 1280);
            Page binh = player(pin, "Bình " + run, 360);
            Page chi = player(pin, "Chi " + run, 360);
            // the host's screen learns of each player without a reload
            assertThat(host.locator("#players li")).hasCount(3);

            host.locator("#start").click();
            for (Page p : List.of(an, binh, chi)) {
                assertThat(p.locator("#stem")).isVisible(); // pushed, not reloaded
            }
            GradingKey first = keys.key(gameId, 1);
            answer(an, first, true);
            answer(binh, first, false);
            chi.reload(); // a reload mid-question: the same player, the question still open
            assertThat(chi.locator("#me")).containsText("Chi " + run);
            answer(chi, first, true);
            // everyone answered: the question closes by itself and every screen shows the result
            assertThat(an.locator("#result")).containsText("Đúng");
            assertThat(binh.locator("#result")).containsText("Sai");
            assertThat(chi.locator("#result")).containsText("Đúng");
            assertThat(host.locator("#distribution")).isVisible();
            assertThat(host.locator("#top-five li")).hasCount(3);
            String standing = chi.locator("#standing").textContent();
            assertThat(standing).doesNotContain("Tổng điểm 0 ");
            chi.reload();
            assertThat(chi.locator("#standing")).hasText(standing);
            assertThat(chi.locator("#result")).containsText("Đúng");

            host.locator("#next").click();
            assertThat(an.locator("#answer-form")).isVisible();
            chi.reload();
            assertThat(chi.locator("#standing")).hasText(standing);
            GradingKey second = keys.key(gameId, 2);
            answer(chi, second, true);
            assertThat(chi.locator("#answered")).isVisible();
            host.locator("#next").click(); // the host closes the question before the others answered
            assertThat(an.locator("#result")).isVisible();
            host.locator("#next").click(); // after the last question: the end
            for (Page p : List.of(an, binh, chi, host)) {
                assertThat(p.locator("#podium li").first()).isVisible();
            }
            assertThat(host.locator("#podium li").first()).containsText("Chi " + run);
            for (Page phone : List.of(binh, chi)) {
                Object wide = phone.evaluate("() => document.documentElement.scrollWidth");
                assertThat(((Number) wide).intValue()).isLessThanOrEqualTo(360);
            }
            // English messages too
            chi.navigate("/play/" + pin + "?lang=en");
            assertThat(chi.locator("#game")).containsText("The game has ended");
        });
    }

    private Page player(String pin, String nickname, int width) {
        Page page = newContext(new Browser.NewContextOptions().setViewportSize(width, 800)).newPage();
        page.navigate("/play?pin=" + pin);
        page.locator("#nickname").fill(nickname);
        page.locator("#join").click();
        page.waitForURL("**/play/" + pin);
        assertThat(page.locator("#waiting")).isVisible();
        return page;
    }

    /** Answers the open question on the page, rightly or wrongly, as a player would: one tap where one tap does. */
    private static void answer(Page page, GradingKey key, boolean right) {
        LearnerResponse response = right ? KeyAnswers.right(key) : KeyAnswers.wrong(key);
        if (response instanceof LearnerResponse.Choice choice) {
            if (page.locator("#answer-form input[type=checkbox]").count() > 0) {
                choice.optionIds().forEach(id -> page.locator("#answer-form input[name='option'][value='" + id + "']").check());
                page.locator("#answer-form button[type=submit]").click();
            } else {
                page.locator("#answer-form button[value='" + choice.optionIds().get(0) + "']").click();
            }
        } else {
            String typed = response instanceof LearnerResponse.Numeric n ? n.value().stripTrailingZeros().toPlainString()
                    : ((LearnerResponse.Text) response).text();
            page.locator("#answer-text").fill(typed);
            page.locator("#answer-form button[type=submit]").click();
        }
        page.waitForLoadState();
    }

    /** What a phone camera reads from the QR code on the host's screen. */
    static String decodeQr(byte[] png) throws Exception {
        java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(png));
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        var source = new com.google.zxing.RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels);
        var bitmap = new com.google.zxing.BinaryBitmap(new com.google.zxing.common.HybridBinarizer(source));
        return new com.google.zxing.qrcode.QRCodeReader().decode(bitmap).getText();
    }
}
