package vn.civicsquiz.game;

import java.time.Duration;

/** Points for one answer: the faster a right answer, the more, from 1000 (at once) down to 500 (at the bell). */
public final class GameScoring {

    public static final int MAX = 1000;

    private GameScoring() {
    }

    /**
     * round(1000 × (1 − (answer time / question time) / 2)) for a right answer, 0 otherwise.
     *
     * @param taken how long after the question opened the answer came (clamped to the question's time)
     */
    public static int points(boolean correct, Duration taken, int secondsPerQuestion) {
        if (!correct) {
            return 0;
        }
        double total = secondsPerQuestion * 1000.0;
        double ms = Math.max(0, Math.min(total, taken.toNanos() / 1_000_000.0));
        return (int) Math.round(MAX * (1 - (ms / total) / 2));
    }
}
