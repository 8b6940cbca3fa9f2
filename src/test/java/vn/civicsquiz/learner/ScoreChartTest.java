package vn.civicsquiz.learner;

import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ScoreChartTest {

    static final ZoneId HANOI = ZoneId.of("Asia/Ho_Chi_Minh");

    static Progress.ScorePoint point(long id, String topic, String mode, String finishedUtc, int score, int max) {
        return new Progress.ScorePoint(id, topic, mode, OffsetDateTime.parse(finishedUtc), java.math.BigDecimal.valueOf(score), max);
    }

    @Test
    void pointsSpanThePlotFromLeftToRightAndFromBottomToTop() {
        ScoreChart chart = ScoreChart.of(List.of(
                point(1, "nine-tasks", "practice", "2026-11-01T02:00:00Z", 0, 10),
                point(2, "three-pillars", "test", "2026-11-15T02:00:00Z", 5, 10),
                point(3, "figures", "practice", "2026-11-30T02:00:00Z", 10, 10)), HANOI);
        assertThat(chart.dots()).extracting(ScoreChart.Dot::x).containsExactly("48.0", "197.0", "346.0");
        assertThat(chart.dots()).extracting(ScoreChart.Dot::y).containsExactly("154.0", "82.0", "10.0");
        assertThat(chart.line()).isEqualTo("48.0,154.0 197.0,82.0 346.0,10.0");
        assertThat(chart.grid()).extracting(ScoreChart.GridLine::percent).containsExactly(0, 50, 100);
        assertThat(chart.bottom()).isEqualTo("154.0");
        assertThat(chart.bestPercent()).isEqualTo(100);
        assertThat(chart.lowestPercent()).isZero();
        assertThat(chart.lastPercent()).isEqualTo(100);
    }

    @Test
    void eachPointKnowsItsTopicAndModeAndATestIsASquareAroundThePoint() {
        ScoreChart chart = ScoreChart.of(List.of(
                point(7, "people", "practice", "2026-11-01T02:00:00Z", 3, 4),
                point(8, "events", "test", "2026-11-02T02:00:00Z", 1, 4)), HANOI);
        ScoreChart.Dot practice = chart.dots().get(0);
        ScoreChart.Dot test = chart.dots().get(1);
        assertThat(practice.test()).isFalse();
        assertThat(practice.modeKey()).isEqualTo("mode_practice");
        assertThat(practice.point().nameKey()).isEqualTo("topic_people");
        assertThat(test.test()).isTrue();
        assertThat(test.modeKey()).isEqualTo("mode_test");
        assertThat(test.point().nameKey()).isEqualTo("topic_events");
        assertThat(Double.parseDouble(test.cornerX()) + ScoreChart.MARK).isEqualTo(Double.parseDouble(test.x()));
        assertThat(Double.parseDouble(test.cornerY()) + ScoreChart.MARK).isEqualTo(Double.parseDouble(test.y()));
    }

    @Test
    void datesAreShownInTheLearnersZoneAtTheFirstMiddleAndLastAttempt() {
        ScoreChart chart = ScoreChart.of(List.of(
                point(1, "figures", "practice", "2026-12-01T16:30:00Z", 1, 2), // 23:30 in Hà Nội
                point(2, "figures", "practice", "2026-12-01T17:30:00Z", 2, 2), // 00:30 the next day
                point(3, "figures", "practice", "2026-12-03T01:00:00Z", 2, 2),
                point(4, "figures", "practice", "2026-12-04T01:00:00Z", 2, 2)), HANOI);
        assertThat(chart.dots()).extracting(ScoreChart.Dot::time)
                .containsExactly("01/12/2026 23:30", "02/12/2026 00:30", "03/12/2026 08:00", "04/12/2026 08:00");
        assertThat(chart.dates()).extracting(ScoreChart.DateTick::label)
                .containsExactly("01/12/2026", "02/12/2026", "04/12/2026");
        assertThat(chart.dates()).extracting(ScoreChart.DateTick::anchor).containsExactly("start", "middle", "end");
        assertThat(chart.dates().get(1).x()).isEqualTo(chart.dots().get(1).x());
        assertThat(chart.firstDate()).isEqualTo("01/12/2026");
        assertThat(chart.lastDate()).isEqualTo("04/12/2026");
    }

    @Test
    void aSingleAttemptSitsInTheMiddleWithItsDateUnderIt() {
        ScoreChart chart = ScoreChart.of(List.of(point(1, "mixed", "test", "2026-11-01T02:00:00Z", 22, 25)), HANOI);
        assertThat(chart.dots()).singleElement().satisfies(d -> {
            assertThat(d.x()).isEqualTo("197.0");
            assertThat(d.n()).isEqualTo(1);
            assertThat(d.point().percent()).isEqualTo(88);
        });
        assertThat(chart.dates()).singleElement().satisfies(t -> {
            assertThat(t.x()).isEqualTo("197.0");
            assertThat(t.anchor()).isEqualTo("middle");
        });
    }

    @Test
    void noAttemptsDrawNoLine() {
        ScoreChart chart = ScoreChart.of(List.of(), HANOI);
        assertThat(chart.line()).isEmpty();
        assertThat(chart.empty()).isTrue();
        assertThat(chart.dates()).isEmpty();
    }
}
