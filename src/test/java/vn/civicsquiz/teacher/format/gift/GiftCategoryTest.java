package vn.civicsquiz.teacher.format.gift;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class GiftCategoryTest {

    @Test
    void namesArePathComponentsWithoutMoodlesContextAndRoot() {
        assertThat(GiftCategory.componentsOf("$course$/top/Khoá 12//A/Tuần 1")).containsExactly("Khoá 12/A", "Tuần 1");
        assertThat(GiftCategory.componentsOf("$course$/top/ // Ôn tập")).containsExactly("Ôn tập");
        // a category is one line, as the writer writes it: a line break read inside one is a space
        assertThat(GiftCategory.componentsOf("$cours\nfigures")).containsExactly("$cours figures");
    }

    /** Hang guard only: half a million doubled slashes were stripped one at a time (15 s); now one pass. */
    @Test
    void aNameOfManySlashesIsReadInOnePass() {
        String path = "//".repeat(520_000) + "x";
        List<String> names = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> GiftCategory.componentsOf(path));
        assertThat(names).containsExactly("x");
    }

    /** A name the writer cannot put on a category line as it is comes back as the reader will read it. */
    @Test
    void everyWrittenPathReadsBackAsTheNamesWritten() {
        List<List<String>> cases = List.of(List.of("//"), List.of("/ Ôn tập/"), List.of("a/", "/b", "c//"),
                List.of("Khoá 12\nA", " "), List.of("top"), List.of("Tuần 1", "top"));
        for (List<String> names : cases) {
            List<String> written = GiftCategory.writable(names);
            assertThat(GiftCategory.componentsOf(GiftCategory.pathOf(names))).as(names.toString()).isEqualTo(written);
        }
        assertThat(GiftCategory.writable(List.of("//"))).isEmpty();
        assertThat(GiftCategory.writable(List.of("a/", "/b"))).containsExactly("a/", "b");
    }
}
