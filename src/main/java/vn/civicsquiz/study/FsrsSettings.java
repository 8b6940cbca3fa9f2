package vn.civicsquiz.study;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The knobs of {@link FsrsScheduler}.
 *
 * <p>Defaults and parameter bounds are those of FSRS-6 as published by open-spaced-repetition in py-fsrs 6.x
 * ({@code fsrs/scheduler.py}: {@code DEFAULT_PARAMETERS}, {@code LOWER_BOUNDS_PARAMETERS},
 * {@code UPPER_BOUNDS_PARAMETERS}, read at commit 06dda32a); ts-fsrs 5.x ships the same {@code FSRS_DEFAULT_W}.
 *
 * @param weights             the 21 model parameters w0..w20 (w20 is the forgetting-curve decay)
 * @param desiredRetention    probability of recall at which a card comes due, strictly between 0 and 1
 * @param maximumIntervalDays longest gap between two reviews
 * @param learningSteps       short steps a new card goes through before long-term review
 * @param relearningSteps     short steps a forgotten card goes through before returning to review
 * @param fuzz                whether to spread review intervals of 3 days or more by a few days (random)
 */
public record FsrsSettings(List<Double> weights, double desiredRetention, int maximumIntervalDays,
                           List<Duration> learningSteps, List<Duration> relearningSteps, boolean fuzz) {

    public static final List<Double> DEFAULT_WEIGHTS = List.of(
            0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666, 0.796,
            1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542);
    public static final double DEFAULT_DESIRED_RETENTION = 0.9;
    public static final int DEFAULT_MAXIMUM_INTERVAL_DAYS = 36500;

    private static final double[] LOWER_BOUNDS = {
            0.001, 0.001, 0.001, 0.001, 1.0, 0.001, 0.001, 0.001, 0.0, 0.0, 0.001,
            0.001, 0.001, 0.001, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.1};
    private static final double[] UPPER_BOUNDS = {
            100.0, 100.0, 100.0, 100.0, 10.0, 4.0, 4.0, 0.75, 4.5, 0.8, 3.5,
            5.0, 0.25, 0.9, 4.0, 1.0, 6.0, 2.0, 2.0, 0.8, 0.8};

    public FsrsSettings {
        weights = List.copyOf(weights);
        learningSteps = List.copyOf(learningSteps);
        relearningSteps = List.copyOf(relearningSteps);
        checkWeights(weights);
        if (!(desiredRetention > 0 && desiredRetention < 1)) {
            throw new IllegalArgumentException("desired retention must be between 0 and 1, got " + desiredRetention);
        }
        if (maximumIntervalDays < 1) {
            throw new IllegalArgumentException("maximum interval must be at least 1 day, got " + maximumIntervalDays);
        }
        for (Duration step : concat(learningSteps, relearningSteps)) {
            if (step.isNegative() || step.isZero()) {
                throw new IllegalArgumentException("learning steps must be positive, got " + step);
            }
        }
    }

    /** FSRS-6 defaults: retention 0.9, steps 1 min and 10 min, relearning 10 min, no fuzz (deterministic). */
    public static FsrsSettings defaults() {
        return new FsrsSettings(DEFAULT_WEIGHTS, DEFAULT_DESIRED_RETENTION, DEFAULT_MAXIMUM_INTERVAL_DAYS,
                List.of(Duration.ofMinutes(1), Duration.ofMinutes(10)), List.of(Duration.ofMinutes(10)), false);
    }

    public FsrsSettings withDesiredRetention(double retention) {
        return new FsrsSettings(weights, retention, maximumIntervalDays, learningSteps, relearningSteps, fuzz);
    }

    public FsrsSettings withMaximumIntervalDays(int days) {
        return new FsrsSettings(weights, desiredRetention, days, learningSteps, relearningSteps, fuzz);
    }

    public FsrsSettings withSteps(List<Duration> learning, List<Duration> relearning) {
        return new FsrsSettings(weights, desiredRetention, maximumIntervalDays, learning, relearning, fuzz);
    }

    public FsrsSettings withFuzz(boolean enabled) {
        return new FsrsSettings(weights, desiredRetention, maximumIntervalDays, learningSteps, relearningSteps, enabled);
    }

    private static void checkWeights(List<Double> weights) {
        if (weights.size() != LOWER_BOUNDS.length) {
            throw new IllegalArgumentException("FSRS-6 needs " + LOWER_BOUNDS.length + " weights, got " + weights.size());
        }
        List<String> outOfBounds = new ArrayList<>();
        for (int i = 0; i < LOWER_BOUNDS.length; i++) {
            double w = Objects.requireNonNull(weights.get(i), "weight");
            if (!(w >= LOWER_BOUNDS[i] && w <= UPPER_BOUNDS[i])) {
                outOfBounds.add("w" + i + " = " + w + " not in [" + LOWER_BOUNDS[i] + ", " + UPPER_BOUNDS[i] + "]");
            }
        }
        if (!outOfBounds.isEmpty()) {
            throw new IllegalArgumentException("FSRS weights out of bounds: " + String.join("; ", outOfBounds));
        }
    }

    private static List<Duration> concat(List<Duration> a, List<Duration> b) {
        List<Duration> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
