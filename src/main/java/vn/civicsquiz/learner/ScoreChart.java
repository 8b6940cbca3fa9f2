package vn.civicsquiz.learner;

import vn.civicsquiz.quiz.QuizMode;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Geometry of the score-history line chart, drawn by the template as SVG with presentation attributes only
 * (the CSP forbids inline styles). Attempts are placed in the order they were finished, evenly spaced; the
 * vertical axis is the score in percent, the horizontal one the date, labelled at the first and the last attempt
 * (and the middle one when there are three or more) in the learner's zone. A practice attempt is a circle, a test
 * a square, so the mode can be told without colour. Pure, so it is tested without a browser.
 */
public record ScoreChart(int width, int height, String line, List<Dot> dots, List<GridLine> grid,
                         List<DateTick> dates, AxisLabel yAxis, AxisLabel xAxis) {

    static final int WIDTH = 360;
    static final int HEIGHT = 200;
    static final int LEFT = 48;
    static final int RIGHT = 14;
    static final int TOP = 10;
    static final int BOTTOM = 46;
    static final double MARK = 4.5;
    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.ROOT);
    static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm", Locale.ROOT);

    /**
     * One attempt. {@code n} is its 1-based number in the chart; {@code date} and {@code time} are in the
     * learner's zone; {@code cornerX}/{@code cornerY} place a test's square mark.
     */
    public record Dot(String x, String y, String cornerX, String cornerY, int n, Progress.ScorePoint point,
                      String date, String time) {

        public boolean test() {
            return QuizMode.test.name().equals(point.mode());
        }

        public String modeKey() {
            return "mode_" + point.mode();
        }
    }

    public record GridLine(String y, int percent) {
    }

    /** @param anchor SVG text-anchor: start, middle or end, so that no label runs off the chart */
    public record DateTick(String x, String y, String label, String anchor) {
    }

    public record AxisLabel(String x, String y) {
    }

    public static ScoreChart of(List<Progress.ScorePoint> points, ZoneId zone) {
        int plotWidth = WIDTH - LEFT - RIGHT;
        int plotHeight = HEIGHT - TOP - BOTTOM;
        int bottom = TOP + plotHeight;
        List<Dot> dots = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < points.size(); i++) {
            Progress.ScorePoint point = points.get(i);
            double x = points.size() == 1 ? LEFT + plotWidth / 2.0 : LEFT + i * plotWidth / (points.size() - 1.0);
            int percent = Math.max(0, Math.min(100, point.percent()));
            double y = TOP + plotHeight * (1 - percent / 100.0);
            var finished = point.finishedAt().atZoneSameInstant(zone);
            dots.add(new Dot(fmt(x), fmt(y), fmt(x - MARK), fmt(y - MARK), i + 1, point, finished.format(DAY),
                    finished.format(DAY_TIME)));
            line.append(line.isEmpty() ? "" : " ").append(fmt(x)).append(',').append(fmt(y));
        }
        List<GridLine> grid = List.of(0, 50, 100).stream()
                .map(p -> new GridLine(fmt(TOP + plotHeight * (1 - p / 100.0)), p)).toList();
        String tickY = fmt(bottom + 14);
        List<DateTick> dates = new ArrayList<>();
        if (dots.size() == 1) {
            dates.add(new DateTick(dots.get(0).x(), tickY, dots.get(0).date(), "middle"));
        } else if (dots.size() > 1) {
            dates.add(new DateTick(dots.get(0).x(), tickY, dots.get(0).date(), "start"));
            if (dots.size() > 2) {
                Dot middle = dots.get((dots.size() - 1) / 2);
                dates.add(new DateTick(middle.x(), tickY, middle.date(), "middle"));
            }
            Dot last = dots.get(dots.size() - 1);
            dates.add(new DateTick(last.x(), tickY, last.date(), "end"));
        }
        AxisLabel yAxis = new AxisLabel(fmt(-(TOP + plotHeight / 2.0)), "12");
        AxisLabel xAxis = new AxisLabel(fmt(LEFT + plotWidth / 2.0), fmt(HEIGHT - 6));
        return new ScoreChart(WIDTH, HEIGHT, line.toString(), dots, grid, dates, yAxis, xAxis);
    }

    public int left() {
        return LEFT;
    }

    public int right() {
        return WIDTH - RIGHT;
    }

    public String bottom() {
        return fmt(HEIGHT - BOTTOM);
    }

    public boolean empty() {
        return dots.isEmpty();
    }

    public String firstDate() {
        return dots.isEmpty() ? "" : dots.get(0).date();
    }

    public String lastDate() {
        return dots.isEmpty() ? "" : dots.get(dots.size() - 1).date();
    }

    public int lastPercent() {
        return dots.isEmpty() ? 0 : dots.get(dots.size() - 1).point().percent();
    }

    public int bestPercent() {
        return dots.stream().mapToInt(d -> d.point().percent()).max().orElse(0);
    }

    public int lowestPercent() {
        return dots.stream().mapToInt(d -> d.point().percent()).min().orElse(0);
    }

    private static String fmt(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
