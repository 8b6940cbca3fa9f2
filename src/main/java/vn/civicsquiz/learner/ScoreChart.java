package vn.civicsquiz.learner;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Geometry of the score-history line chart, drawn by the template as SVG with presentation attributes only
 * (the CSP forbids inline styles). Pure, so it is tested without a browser.
 */
public record ScoreChart(int width, int height, String line, List<Dot> dots, List<GridLine> grid) {

    static final int WIDTH = 320;
    static final int HEIGHT = 150;
    static final int LEFT = 34;
    static final int RIGHT = 10;
    static final int TOP = 10;
    static final int BOTTOM = 20;

    /** @param n 1-based number of the attempt in the chart */
    public record Dot(String x, String y, int n, int percent) {
    }

    public record GridLine(String y, int percent) {
    }

    public static ScoreChart of(List<Integer> percents) {
        int plotWidth = WIDTH - LEFT - RIGHT;
        int plotHeight = HEIGHT - TOP - BOTTOM;
        List<Dot> dots = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < percents.size(); i++) {
            double x = percents.size() == 1 ? LEFT + plotWidth / 2.0 : LEFT + i * plotWidth / (percents.size() - 1.0);
            int percent = Math.max(0, Math.min(100, percents.get(i)));
            double y = TOP + plotHeight * (1 - percent / 100.0);
            dots.add(new Dot(fmt(x), fmt(y), i + 1, percent));
            line.append(line.isEmpty() ? "" : " ").append(fmt(x)).append(',').append(fmt(y));
        }
        List<GridLine> grid = List.of(0, 50, 100).stream()
                .map(p -> new GridLine(fmt(TOP + plotHeight * (1 - p / 100.0)), p)).toList();
        return new ScoreChart(WIDTH, HEIGHT, line.toString(), dots, grid);
    }

    public int left() {
        return LEFT;
    }

    public int right() {
        return WIDTH - RIGHT;
    }

    private static String fmt(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
