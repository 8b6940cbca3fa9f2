package vn.civicsquiz.web;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.ReducedMotion;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.civicsquiz.teacher.console.ConsoleFixture;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The teachers' console in Chromium on a phone and a classroom screen: find, publish, open, edit; check a file,
 * create a class, assign work, upload a roster, read an assignment's results; axe on each state.
 */
@QuarkusTest
class TeacherConsoleBrowserTest extends BrowserSupport {

    private final List<String> violations = new ArrayList<>();

    @ParameterizedTest
    @ValueSource(ints = {360, 1280})
    void a_teacher_finds_publishes_and_edits_a_question(int width) {
        scenario("console-" + width, () -> {
            String run = ConsoleFixture.run();
            long id = ConsoleFixture.draft("Đảng ta " + run);
            Page page = newContext(new Browser.NewContextOptions().setViewportSize(width, 800)
                    .setReducedMotion(ReducedMotion.REDUCE)).newPage();
            page.navigate("/login");
            page.locator("#j_username").fill(ConsoleFixture.TEACHER);
            page.locator("#j_password").fill(ConsoleFixture.TEACHER_PASSWORD);
            page.locator("form[action='/j_security_check'] button").click();
            page.waitForURL(root.toString());
            assertThat(page.locator("#site-menu a[href='/teach/questions']")).hasCount(1);

            page.navigate("/teach/questions");
            page.locator("#q").fill("dang ta " + run);
            page.locator("#filter").click();
            assertThat(page.locator("#question-" + id)).isVisible();
            audit(page);
            fitsWidth(page, width);

            page.locator("#pick-" + id).focus(); // the keyboard chooses and applies
            page.keyboard().press("Space");
            assertThat(page.locator("#pick-" + id)).isChecked();
            page.locator("#action").selectOption("publish");
            page.locator("#apply").focus();
            page.keyboard().press("Enter");
            assertThat(page.locator("#bulk-done")).isVisible();
            assertThat(page.locator("#question-" + id)).containsText("đã xuất bản");
            audit(page);

            page.locator("#open-" + id).click();
            page.waitForURL("**/teach/questions/" + id);
            assertThat(page.locator("#preview legend")).containsText("Đảng ta " + run);
            assertThat(page.locator("#preview input[name='option']")).hasCount(4);
            audit(page);
            fitsWidth(page, width);

            page.locator("#explanation").fill("Giải thích mới " + run);
            page.locator("#save").click();
            assertThat(page.locator("#saved")).isVisible();
            assertThat(page.locator("#explanation")).hasValue("Giải thích mới " + run);
            audit(page);

            page.navigate("/teach/questions/" + id + "?lang=en");
            assertThat(page.locator("#preview-title")).hasText("What learners see");
            page.navigate("/teach/questions?lang=vi");

            assertThat(violations).as("axe-core violations at " + width + " px").isEmpty();
        });
    }

    @ParameterizedTest
    @ValueSource(ints = {360, 1280})
    void a_teacher_checks_a_file_creates_a_class_assigns_work_uploads_a_roster_and_reads_the_results(int width) {
        scenario("console-classes-" + width, () -> {
            String run = ConsoleFixture.run();
            Path gift = Files.createTempFile("cau-hoi", ".gift");
            Path roster = Files.createTempFile("danh-sach", ".csv");
            try {
                Files.writeString(gift, "::Một::Trụ cột nào " + run + "?{=Đảng ~Pháo hạm}\n");
                Files.writeString(roster, "Họ và tên\nTrần Văn Bảo " + run.replaceAll("[^a-z]", "")
                        + "\n");
                Page page = newContext(new Browser.NewContextOptions().setViewportSize(width, 800)
                        .setReducedMotion(ReducedMotion.REDUCE)).newPage();
                page.navigate("/login");
                page.locator("#j_username").fill(ConsoleFixture.TEACHER);
                page.locator("#j_password").fill(ConsoleFixture.TEACHER_PASSWORD);
                page.locator("form[action='/j_security_check'] button").click();
                page.waitForURL(root.toString());

                page.navigate("/teach/import");
                page.locator("#file").setInputFiles(gift);
                page.locator("#topic").selectOption("three-pillars");
                page.locator("#import-form button[type=submit]").click();
                assertThat(page.locator("#report")).containsText("Trụ cột nào " + run);
                audit(page);
                fitsWidth(page, width);

                page.navigate("/teach/classes");
                audit(page);
                page.locator("#class-name").fill("Lớp 12A4 " + run);
                page.locator("#class-form button[type=submit]").click();
                assertThat(page.locator("h1")).hasText("Lớp 12A4 " + run);
                page.locator("#assign-name").fill("Ba trụ cột " + run);
                page.locator("#assign-source").selectOption("topic:three-pillars");
                page.locator("#assign-size").fill("3");
                page.locator("#assign-minutes").fill("15");
                page.locator("#assign-closes").fill(LocalDateTime.now().plusDays(2).withSecond(0).withNano(0)
                        .toString());
                page.locator("#assign-form button[type=submit]").click();
                assertThat(page.locator("#class-notice")).isVisible();
                assertThat(page.locator("#assignments")).containsText("Ba trụ cột " + run);
                audit(page);
                fitsWidth(page, width);

                page.locator("#roster-file").setInputFiles(roster);
                page.locator("#roster-form button[type=submit]").click();
                assertThat(page.locator("#roster")).containsText("Trần Văn Bảo");
                audit(page);
                fitsWidth(page, width);

                page.locator("#assignments a", new Page.LocatorOptions().setHasText("Ba trụ cột " + run)).click();
                assertThat(page.locator("#results")).containsText("Trần Văn Bảo");
                assertThat(page.locator("#scores meter")).hasCount(5);
                audit(page);
                fitsWidth(page, width);
                assertThat(violations).as("axe-core violations at " + width + " px").isEmpty();
            } finally {
                Files.deleteIfExists(gift);
                Files.deleteIfExists(roster);
            }
        });
    }

    private static void fitsWidth(Page page, int width) {
        Object wide = page.evaluate("() => document.documentElement.scrollWidth");
        assertThat(((Number) wide).intValue()).as(page.url() + " at " + width).isLessThanOrEqualTo(width);
    }

    private void audit(Page page) {
        for (Rule rule : new AxeBuilder(page).analyze().getViolations()) {
            violations.add(page.url() + " — " + rule.getId() + ": " + rule.getHelp() + " — " + rule.getNodes().stream()
                    .limit(3).map(n -> n.getTarget() + " " + n.getFailureSummary()).collect(Collectors.joining(", ")));
        }
    }
}
