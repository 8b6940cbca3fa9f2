package vn.civicsquiz.teacher.format.gift;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class HtmlTextTest {

    @Test
    void commentsAreDroppedAndAnUnclosedOneIsKept() {
        assertThat(HtmlText.withoutComments("a<!-- x -->b<!--y-->c")).isEqualTo("abc");
        assertThat(HtmlText.withoutComments("a<!-- x --> b <!-- open")).isEqualTo("a b <!-- open");
        assertThat(HtmlText.withoutComments("<!--<!-- -->x-->")).isEqualTo("x-->");
        assertThat(HtmlText.toPlain("<p>Trụ cột<!-- ghi chú --> thứ ba</p>")).isEqualTo("Trụ cột thứ ba");
    }

    /** Unclosed comment openers cost linear time: four times as many take far less than sixteen times as long. */
    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void manyUnclosedCommentOpenersCostLinearTime() {
        HtmlText.toPlain("<!--".repeat(16_000)); // warm up
        long small = fastest(16_000);
        long large = fastest(64_000);
        assertThat(HtmlText.toPlain("<!--".repeat(3))).isEqualTo("<!--<!--<!--");
        assertThat((double) large / small).as("64k openers / 16k openers").isLessThan(10.0);
    }

    private static long fastest(int openers) {
        String html = "<!--".repeat(openers);
        long best = Long.MAX_VALUE;
        for (int run = 0; run < 3; run++) {
            long start = System.nanoTime();
            HtmlText.toPlain(html);
            best = Math.min(best, System.nanoTime() - start);
        }
        return best;
    }
}
