package vn.civicsquiz.learner;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ScoreChartTest {

    @Test
    void pointsSpanThePlotFromLeftToRightAndFromBottomToTop() {
        ScoreChart chart = ScoreChart.of(List.of(0, 50, 100));
        assertThat(chart.dots()).extracting(ScoreChart.Dot::x).containsExactly("34.0", "172.0", "310.0");
        assertThat(chart.dots()).extracting(ScoreChart.Dot::y).containsExactly("130.0", "70.0", "10.0");
        assertThat(chart.line()).isEqualTo("34.0,130.0 172.0,70.0 310.0,10.0");
        assertThat(chart.grid()).extracting(ScoreChart.GridLine::percent).containsExactly(0, 50, 100);
    }

    @Test
    void aSingleAttemptSitsInTheMiddle() {
        ScoreChart chart = ScoreChart.of(List.of(88));
        assertThat(chart.dots()).singleElement().satisfies(d -> {
            assertThat(d.x()).isEqualTo("172.0");
            assertThat(d.n()).isEqualTo(1);
            assertThat(d.percent()).isEqualTo(88);
        });
    }

    @Test
    void noAttemptsDrawNoLine() {
        assertThat(ScoreChart.of(List.of()).line()).isEmpty();
    }
}
