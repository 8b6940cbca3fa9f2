package vn.civicsquiz.platform.bench;

import jakarta.ws.rs.NotFoundException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Production leaves the baseline off: the page is then not found, before any database work. */
class FortunesSwitchTest {

    @Test
    void a_disabled_baseline_answers_not_found() {
        FortunesPage page = new FortunesPage(() -> false);
        assertThatThrownBy(page::fortunes).isInstanceOf(NotFoundException.class);
    }
}
