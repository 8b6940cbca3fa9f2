package vn.civicsquiz.study;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Scale;
import net.jqwik.api.constraints.Size;

/** Laws of the FSRS-6 model that hold for every stability, rating sequence and review timing. */
class FsrsSchedulerPropertiesTest {

    private static final Instant T0 = Instant.parse("2025-01-01T00:00:00Z");
    private final FsrsScheduler scheduler = new FsrsScheduler(FsrsSettings.defaults());

    @Property
    void recall_probability_is_ninety_percent_after_stability_days(@ForAll @DoubleRange(min = 0.01, max = 36500) double s) {
        assertThat(scheduler.retrievability(s, s)).isCloseTo(0.9, within(1e-12));
    }

    @Property
    void recall_probability_falls_as_time_passes(@ForAll @DoubleRange(min = 0.01, max = 1000) double s,
                                                 @ForAll @IntRange(min = 0, max = 5000) int days) {
        double now = scheduler.retrievability(days, s);
        double later = scheduler.retrievability(days + 1, s);
        assertThat(later).isLessThan(now).isPositive();
        assertThat(now).isLessThanOrEqualTo(1.0);
    }

    @Property
    void at_ninety_percent_retention_the_interval_is_the_stability(@ForAll @DoubleRange(min = 0.001, max = 50000) @Scale(4) double s) {
        double expected = Math.min(Math.max(s, 1), FsrsSettings.DEFAULT_MAXIMUM_INTERVAL_DAYS);
        assertThat((double) scheduler.nextIntervalDays(s)).isCloseTo(expected, within(0.5 + 1e-9));
    }

    @Property
    void asking_for_more_retention_never_lengthens_the_interval(@ForAll @DoubleRange(min = 0.7, max = 0.98) double lower,
                                                               @ForAll @DoubleRange(min = 0.001, max = 0.01) @Scale(4) double step,
                                                               @ForAll @DoubleRange(min = 0.1, max = 5000) double s) {
        FsrsScheduler relaxed = new FsrsScheduler(FsrsSettings.defaults().withDesiredRetention(lower));
        FsrsScheduler strict = new FsrsScheduler(FsrsSettings.defaults().withDesiredRetention(lower + step));
        assertThat(strict.nextIntervalDays(s)).isLessThanOrEqualTo(relaxed.nextIntervalDays(s));
    }

    @Property
    void any_history_keeps_difficulty_in_range_and_stability_positive(@ForAll("reviews") @Size(max = 40) List<Review> history) {
        CardState card = CardState.newCard(T0);
        Instant now = T0;
        for (Review review : history) {
            now = now.plus(review.gap());
            CardState next = scheduler.review(card, review.rating(), now);
            assertThat(next.difficulty()).isBetween(1.0, 10.0);
            assertThat(next.stability()).isGreaterThanOrEqualTo(FsrsScheduler.STABILITY_MIN).isFinite();
            assertThat(next.due()).isAfter(now);
            assertThat(next.reps()).isEqualTo(card.reps() + 1);
            if (card.phase() == CardPhase.REVIEW && review.rating() == Rating.AGAIN) {
                assertThat(next.lapses()).isEqualTo(card.lapses() + 1);
                assertThat(next.phase()).isEqualTo(CardPhase.RELEARNING);
                assertThat(next.stability()).isLessThanOrEqualTo(card.stability());
            } else {
                assertThat(next.lapses()).isEqualTo(card.lapses());
            }
            if (card.phase() != CardPhase.NEW && review.rating().recalled() && review.rating() != Rating.HARD
                    && Duration.between(card.lastReview(), now).toDays() >= 1) {
                assertThat(next.stability()).as("a later recall never lowers stability").isGreaterThanOrEqualTo(card.stability());
            }
            card = next;
        }
    }

    record Review(Rating rating, Duration gap) {
    }

    @Provide
    Arbitrary<List<Review>> reviews() {
        Arbitrary<Duration> wait = Arbitraries.oneOf(
                Arbitraries.longs().between(0, 120).map(Duration::ofMinutes),
                Arbitraries.longs().between(1, 400).map(Duration::ofDays));
        return Combinators.combine(Arbitraries.of(Rating.class), wait).as(Review::new).list();
    }
}
