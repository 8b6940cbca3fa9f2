package vn.civicsquiz.study;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import java.util.random.RandomGenerator;

/**
 * FSRS-6 spaced-repetition scheduling: given a card's state and a rating, when should it come back?
 *
 * <p>A faithful port of the published algorithm as implemented by open-spaced-repetition in py-fsrs 6.x
 * ({@code fsrs/scheduler.py}, commit 06dda32a, same formulas as fsrs-rs {@code inference.rs} and ts-fsrs 5.x):
 * <ul>
 *   <li>forgetting curve R(t, S) = (1 + factor·t/S)^decay with decay = −w20 and factor = 0.9^(1/decay) − 1,
 *       so R(S, S) = 0.9;</li>
 *   <li>initial stability S0(G) = w[G−1]; initial difficulty D0(G) = w4 − e^(w5·(G−1)) + 1;</li>
 *   <li>difficulty update with linear damping ΔD·(10 − D)/9 and mean reversion towards D0(Easy) by w7;</li>
 *   <li>stability after a recall, after a lapse (capped by the short-term lapse value), and the same-day
 *       (short-term) update using w17–w19;</li>
 *   <li>learning steps (1 min, 10 min) and relearning steps (10 min) before and after long-term review.</li>
 * </ul>
 * Elapsed time is counted in whole 24-hour days, as py-fsrs does; a review less than a day after the previous one
 * is a same-day review. Intervals are rounded half-to-even like Python's {@code round}. As in py-fsrs, a same-day
 * Hard may lower stability (ts-fsrs 5.x clamps it at the old value; Good and Easy never lower it in either).
 * Fuzz picks a whole number of days uniformly in py-fsrs's range. Pure and thread-safe; only fuzz uses randomness.
 */
public final class FsrsScheduler {

    static final double STABILITY_MIN = 0.001;
    private static final double MIN_DIFFICULTY = 1.0;
    private static final double MAX_DIFFICULTY = 10.0;
    /** py-fsrs FUZZ_RANGES: {start day, end day, share of the interval added to the fuzz delta}. */
    private static final double[][] FUZZ_RANGES = {{2.5, 7.0, 0.15}, {7.0, 20.0, 0.1}, {20.0, Double.MAX_VALUE, 0.05}};

    private final FsrsSettings settings;
    private final double[] w;
    private final double decay;
    private final double factor;
    private final RandomGenerator fuzzSource;

    public FsrsScheduler(FsrsSettings settings) {
        this(settings, () -> ThreadLocalRandom.current().nextLong());
    }

    /** @param fuzzSource randomness for interval fuzz; must be thread-safe if the scheduler is shared */
    public FsrsScheduler(FsrsSettings settings, RandomGenerator fuzzSource) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.fuzzSource = Objects.requireNonNull(fuzzSource, "fuzzSource");
        this.w = settings.weights().stream().mapToDouble(Double::doubleValue).toArray();
        this.decay = -w[20];
        this.factor = Math.pow(0.9, 1 / decay) - 1;
    }

    public FsrsSettings settings() {
        return settings;
    }

    /** The card after the learner rated it at {@code now}. */
    public CardState review(CardState card, Rating rating, Instant now) {
        Objects.requireNonNull(card, "card");
        Objects.requireNonNull(rating, "rating");
        Objects.requireNonNull(now, "now");
        MemoryState before = card.phase() == CardPhase.NEW ? null : new MemoryState(card.stability(), card.difficulty());
        MemoryState memory = nextMemory(before, elapsedDays(card.lastReview(), now), rating);
        Schedule next = switch (card.phase()) {
            case NEW -> stepThrough(settings.learningSteps(), 0, rating, CardPhase.LEARNING, memory);
            case LEARNING -> stepThrough(settings.learningSteps(), card.step(), rating, CardPhase.LEARNING, memory);
            case RELEARNING -> stepThrough(settings.relearningSteps(), card.step(), rating, CardPhase.RELEARNING, memory);
            case REVIEW -> rating == Rating.AGAIN && !settings.relearningSteps().isEmpty()
                    ? new Schedule(CardPhase.RELEARNING, 0, settings.relearningSteps().get(0))
                    : graduate(memory);
        };
        int lapses = card.lapses() + (card.phase() == CardPhase.REVIEW && rating == Rating.AGAIN ? 1 : 0);
        return new CardState(next.phase(), next.step(), memory.stability(), memory.difficulty(),
                card.reps() + 1, lapses, now.plus(next.delay()), now);
    }

    /**
     * FSRS memory transition (fsrs-rs {@code next_state}): the first rating sets the initial state, a review less
     * than a day after the previous one uses the short-term formula, later reviews the long-term ones.
     *
     * @param memory      state before the review, null for a card never reviewed
     * @param elapsedDays whole days since the previous review
     */
    public MemoryState nextMemory(MemoryState memory, long elapsedDays, Rating rating) {
        if (memory == null) {
            return new MemoryState(initialStability(rating), initialDifficulty(rating));
        }
        double s = memory.stability();
        double d = memory.difficulty();
        double stability = elapsedDays < 1
                ? shortTermStability(s, rating)
                : rating == Rating.AGAIN
                        ? stabilityAfterLapse(d, s, retrievability(elapsedDays, s))
                        : stabilityAfterRecall(d, s, retrievability(elapsedDays, s), rating);
        return new MemoryState(stability, nextDifficulty(d, rating));
    }

    /** Probability that the learner still recalls the card at {@code now}; 0 for a card never reviewed. */
    public double retrievability(CardState card, Instant now) {
        if (card.phase() == CardPhase.NEW) {
            return 0;
        }
        return retrievability(elapsedDays(card.lastReview(), now), card.stability());
    }

    /** The FSRS-6 power forgetting curve. */
    public double retrievability(double elapsedDays, double stability) {
        return Math.pow(1 + factor * elapsedDays / stability, decay);
    }

    /** Days until recall probability falls to the desired retention, at least 1, at most the maximum interval. */
    public int nextIntervalDays(double stability) {
        double days = stability / factor * (Math.pow(settings.desiredRetention(), 1 / decay) - 1);
        return (int) Math.min(Math.max(Math.rint(days), 1), settings.maximumIntervalDays());
    }

    double initialStability(Rating rating) {
        return Math.max(w[rating.grade() - 1], STABILITY_MIN);
    }

    double initialDifficulty(Rating rating) {
        return clampDifficulty(rawInitialDifficulty(rating));
    }

    double nextDifficulty(double difficulty, Rating rating) {
        double delta = -w[6] * (rating.grade() - 3);
        double damped = difficulty + delta * (10 - difficulty) / 9;
        double meanReverted = w[7] * rawInitialDifficulty(Rating.EASY) + (1 - w[7]) * damped;
        return clampDifficulty(meanReverted);
    }

    double shortTermStability(double stability, Rating rating) {
        double increase = Math.exp(w[17] * (rating.grade() - 3 + w[18])) * Math.pow(stability, -w[19]);
        if (rating == Rating.GOOD || rating == Rating.EASY) {
            increase = Math.max(increase, 1.0);
        }
        return clampStability(stability * increase);
    }

    double stabilityAfterRecall(double difficulty, double stability, double retrievability, Rating rating) {
        double hardPenalty = rating == Rating.HARD ? w[15] : 1;
        double easyBonus = rating == Rating.EASY ? w[16] : 1;
        double growth = Math.exp(w[8]) * (11 - difficulty) * Math.pow(stability, -w[9])
                * (Math.exp((1 - retrievability) * w[10]) - 1) * hardPenalty * easyBonus;
        return clampStability(stability * (1 + growth));
    }

    double stabilityAfterLapse(double difficulty, double stability, double retrievability) {
        double longTerm = w[11] * Math.pow(difficulty, -w[12]) * (Math.pow(stability + 1, w[13]) - 1)
                * Math.exp((1 - retrievability) * w[14]);
        double shortTermCap = stability / Math.exp(w[17] * w[18]);
        return clampStability(Math.min(longTerm, shortTermCap));
    }

    private double rawInitialDifficulty(Rating rating) {
        return w[4] - Math.exp(w[5] * (rating.grade() - 1)) + 1;
    }

    /** Moves a card through learning or relearning steps; Easy, or Good on the last step, graduates it. */
    private Schedule stepThrough(List<Duration> steps, int step, Rating rating, CardPhase phase, MemoryState memory) {
        if (steps.isEmpty() || (step >= steps.size() && rating.recalled())) {
            return graduate(memory);
        }
        return switch (rating) {
            case AGAIN -> new Schedule(phase, 0, steps.get(0));
            case HARD -> new Schedule(phase, step, hardStep(steps, step));
            case GOOD -> step + 1 >= steps.size()
                    ? graduate(memory)
                    : new Schedule(phase, step + 1, steps.get(step + 1));
            case EASY -> graduate(memory);
        };
    }

    private static Duration hardStep(List<Duration> steps, int step) {
        if (step > 0) {
            return steps.get(step);
        }
        return steps.size() == 1
                ? steps.get(0).multipliedBy(3).dividedBy(2)
                : steps.get(0).plus(steps.get(1)).dividedBy(2);
    }

    private Schedule graduate(MemoryState memory) {
        int days = nextIntervalDays(memory.stability());
        return new Schedule(CardPhase.REVIEW, 0, Duration.ofDays(settings.fuzz() ? fuzzed(days) : days));
    }

    /** py-fsrs interval fuzz: a uniform pick within ±delta days, delta growing with the interval. */
    private int fuzzed(int days) {
        if (days < 2.5) {
            return days;
        }
        double delta = 1.0;
        for (double[] range : FUZZ_RANGES) {
            delta += range[2] * Math.max(Math.min(days, range[1]) - range[0], 0.0);
        }
        int max = (int) Math.min(Math.rint(days + delta), settings.maximumIntervalDays());
        int min = (int) Math.min(Math.max(2, Math.rint(days - delta)), max);
        return min + fuzzSource.nextInt(max - min + 1);
    }

    private static long elapsedDays(Instant lastReview, Instant now) {
        return lastReview == null ? 0 : Math.max(0, Duration.between(lastReview, now).toDays());
    }

    private static double clampStability(double stability) {
        return Math.max(stability, STABILITY_MIN);
    }

    private static double clampDifficulty(double difficulty) {
        return Math.min(Math.max(difficulty, MIN_DIFFICULTY), MAX_DIFFICULTY);
    }

    private record Schedule(CardPhase phase, int step, Duration delay) {
    }
}
