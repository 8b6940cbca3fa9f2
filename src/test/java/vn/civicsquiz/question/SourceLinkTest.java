package vn.civicsquiz.question;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SourceLinkTest {

    @Test
    void pointsAtTheFactPassageOfTheArticle() {
        assertThat(SourceLink.to("000_7edb9b8851f52cde", "task-3")).isEqualTo("/sources/000_7edb9b8851f52cde#fact-task-3");
    }

    @Test
    void withoutAFactPointsAtTheArticle() {
        assertThat(SourceLink.to("004_eb37e1d492f2c415", null)).isEqualTo("/sources/004_eb37e1d492f2c415");
    }

    @Test
    void escapesCharactersThatWouldBreakTheLink() {
        assertThat(SourceLink.to("a b", "x#y")).isEqualTo("/sources/a%20b#fact-x%23y");
    }

    @Test
    void refusesAMissingSource() {
        assertThatThrownBy(() -> SourceLink.to(" ", "task-1")).isInstanceOf(IllegalArgumentException.class);
    }
}
