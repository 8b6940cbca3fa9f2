package vn.civicsquiz.platform.problem;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LoggablePathTest {

    @Test
    void aPathCannotForgeALogLine() {
        String forged = ErrorResponses.loggable("/quiz/1\r\n2026-12-02 INFO [admin] signed in\u2028x");
        assertThat(forged).doesNotContain("\r").doesNotContain("\n").doesNotContain("\u2028")
                .isEqualTo("/quiz/1\\u000d\\u000a2026-12-02 INFO [admin] signed in\\u2028x");
        assertThat(ErrorResponses.loggable("/x".repeat(500))).hasSize(200);
        assertThat(ErrorResponses.loggable("/sources/trụ-cột")).isEqualTo("/sources/trụ-cột");
    }
}
