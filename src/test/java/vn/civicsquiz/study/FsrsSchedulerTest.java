package vn.civicsquiz.study;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.withinPercentage;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * FSRS-6 reference values. Sources, all with the default parameters w0..w20 of FSRS-6:
 * <ul>
 *   <li>[py-fsrs] open-spaced-repetition/py-fsrs 6.x, tests/test_basic.py ({@code test_repeated_correct_reviews},
 *       the learning-step tests);</li>
 *   <li>[ts-fsrs test] open-spaced-repetition/ts-fsrs, __tests__/FSRS-6.test.ts ("ivl_history", "first repeat",
 *       "memory state", "get retrievability"); its memory-state values are quoted there from fsrs-rs
 *       src/inference.rs;</li>
 *   <li>[ts-fsrs 5.4.2] values computed by running the npm package ts-fsrs 5.4.2 ({@code next_state},
 *       {@code forgetting_curve}, {@code next_interval}) with its defaults, which are the same FSRS-6 parameters;
 *       ts-fsrs rounds to 8 decimals at each step, hence the tolerances of 1e-6 (or 1e-7 relative).</li>
 * </ul>
 */
class FsrsSchedulerTest {

    private static final Instant T0 = Instant.parse("2022-11-29T12:30:00Z");
    private final FsrsScheduler scheduler = new FsrsScheduler(FsrsSettings.defaults());

    private static Instant days(Instant from, double days) {
        return from.plus(Duration.ofMinutes(Math.round(days * 24 * 60)));
    }

    @Nested
    class FirstReview {

        @Test
        void sets_the_initial_stability_and_difficulty_of_each_rating() {
            // [ts-fsrs test] "first repeat": stability [0.212, 1.2931, 2.3065, 8.2956], difficulty [6.4133,
            // 5.11217071, 2.11810397, 1], scheduled days [0, 0, 0, 8], states Learning x3 then Review.
            double[] stability = {0.212, 1.2931, 2.3065, 8.2956};
            double[] difficulty = {6.4133, 5.11217071, 2.11810397, 1.0};
            for (Rating rating : Rating.values()) {
                CardState card = scheduler.review(CardState.newCard(T0), rating, T0);
                int i = rating.grade() - 1;
                assertThat(card.stability()).as(rating.name()).isCloseTo(stability[i], within(1e-9));
                assertThat(card.difficulty()).as(rating.name()).isCloseTo(difficulty[i], within(1e-8));
                assertThat(card.reps()).isEqualTo(1);
                assertThat(card.lapses()).isZero();
                assertThat(card.lastReview()).isEqualTo(T0);
            }
        }

        @Test
        void walks_new_cards_through_the_learning_steps() {
            // [py-fsrs] test_again/hard/good/easy_learning_steps: 1 min, 5.5 min, 10 min, at least a day.
            CardState again = scheduler.review(CardState.newCard(T0), Rating.AGAIN, T0);
            CardState hard = scheduler.review(CardState.newCard(T0), Rating.HARD, T0);
            CardState good = scheduler.review(CardState.newCard(T0), Rating.GOOD, T0);
            CardState easy = scheduler.review(CardState.newCard(T0), Rating.EASY, T0);

            assertThat(again.phase()).isEqualTo(CardPhase.LEARNING);
            assertThat(again.step()).isZero();
            assertThat(again.due()).isEqualTo(T0.plus(Duration.ofMinutes(1)));
            assertThat(hard.phase()).isEqualTo(CardPhase.LEARNING);
            assertThat(hard.due()).isEqualTo(T0.plus(Duration.ofSeconds(330)));
            assertThat(good.phase()).isEqualTo(CardPhase.LEARNING);
            assertThat(good.step()).isEqualTo(1);
            assertThat(good.due()).isEqualTo(T0.plus(Duration.ofMinutes(10)));
            assertThat(easy.phase()).isEqualTo(CardPhase.REVIEW);
            assertThat(easy.due()).isEqualTo(T0.plus(Duration.ofDays(8)));

            CardState graduated = scheduler.review(good, Rating.GOOD, good.due());
            assertThat(graduated.phase()).isEqualTo(CardPhase.REVIEW);
            assertThat(Duration.between(graduated.lastReview(), graduated.due())).isGreaterThanOrEqualTo(Duration.ofDays(1));
        }

        @Test
        void hard_on_the_second_learning_step_repeats_that_step() {
            CardState good = scheduler.review(CardState.newCard(T0), Rating.GOOD, T0);
            CardState hard = scheduler.review(good, Rating.HARD, good.due());
            assertThat(hard.phase()).isEqualTo(CardPhase.LEARNING);
            assertThat(hard.step()).isEqualTo(1);
            assertThat(hard.due()).isEqualTo(good.due().plus(Duration.ofMinutes(10)));
        }
    }

    @Nested
    class Intervals {

        @Test
        void follow_the_published_interval_history_for_good_and_again() {
            // [ts-fsrs test] "ivl_history", fuzz off, each review on its due date. (An older py-fsrs test_review_card
            // expected 497 in sixth place: that is what one gets when the same-day learning review leaves the
            // difficulty unchanged, which the current py-fsrs scheduler does update.)
            List<Rating> ratings = List.of(Rating.GOOD, Rating.GOOD, Rating.GOOD, Rating.GOOD, Rating.GOOD,
                    Rating.GOOD, Rating.AGAIN, Rating.AGAIN, Rating.GOOD, Rating.GOOD, Rating.GOOD, Rating.GOOD,
                    Rating.GOOD);
            List<Long> intervals = new ArrayList<>();
            CardState card = CardState.newCard(T0);
            Instant now = T0;
            for (Rating rating : ratings) {
                card = scheduler.review(card, rating, now);
                intervals.add(Duration.between(card.lastReview(), card.due()).toDays());
                now = card.due();
            }
            assertThat(intervals).containsExactly(0L, 2L, 11L, 46L, 163L, 498L, 0L, 0L, 2L, 4L, 7L, 12L, 21L);
            assertThat(card.reps()).isEqualTo(13);
            assertThat(card.lapses()).isEqualTo(1);
        }

        @Test
        void grow_with_good_ratings_and_shrink_after_a_lapse() {
            CardState card = scheduler.review(CardState.newCard(T0), Rating.EASY, T0);
            long previous = 0;
            for (int i = 0; i < 4; i++) {
                card = scheduler.review(card, Rating.GOOD, card.due());
                long interval = Duration.between(card.lastReview(), card.due()).toDays();
                assertThat(interval).isGreaterThan(previous);
                previous = interval;
            }
            double stabilityBeforeLapse = card.stability();

            CardState lapsed = scheduler.review(card, Rating.AGAIN, card.due());
            assertThat(lapsed.phase()).isEqualTo(CardPhase.RELEARNING);
            assertThat(lapsed.lapses()).isEqualTo(1);
            assertThat(lapsed.due()).isEqualTo(card.due().plus(Duration.ofMinutes(10)));
            assertThat(lapsed.stability()).isLessThan(stabilityBeforeLapse);

            CardState relearned = scheduler.review(lapsed, Rating.GOOD, lapsed.due());
            assertThat(relearned.phase()).isEqualTo(CardPhase.REVIEW);
            assertThat(Duration.between(relearned.lastReview(), relearned.due()).toDays()).isLessThan(previous);
        }

        @Test
        void depend_on_the_desired_retention() {
            // [ts-fsrs 5.4.2] next_interval for these stabilities at request_retention 0.9, 0.8 and 0.95.
            double[] stabilities = {1, 2.3065, 8.2956, 10, 53.62691, 100, 1000};
            assertThat(intervals(0.9, stabilities)).containsExactly(1, 2, 8, 10, 54, 100, 1000);
            assertThat(intervals(0.8, stabilities)).containsExactly(3, 8, 28, 33, 178, 332, 3316);
            assertThat(intervals(0.95, stabilities)).containsExactly(1, 1, 3, 4, 22, 40, 403);
        }

        private int[] intervals(double retention, double[] stabilities) {
            FsrsScheduler withRetention = new FsrsScheduler(FsrsSettings.defaults().withDesiredRetention(retention));
            int[] days = new int[stabilities.length];
            for (int i = 0; i < stabilities.length; i++) {
                days[i] = withRetention.nextIntervalDays(stabilities[i]);
            }
            return days;
        }

        @Test
        void never_exceed_the_maximum_interval() {
            FsrsScheduler capped = new FsrsScheduler(FsrsSettings.defaults().withMaximumIntervalDays(100));
            assertThat(capped.nextIntervalDays(1000)).isEqualTo(100);
            CardState card = capped.review(CardState.newCard(T0), Rating.EASY, T0);
            for (int i = 0; i < 6; i++) {
                card = capped.review(card, Rating.EASY, card.due());
                assertThat(Duration.between(card.lastReview(), card.due()).toDays()).isLessThanOrEqualTo(100);
            }
            assertThat(card.stability()).isGreaterThan(100);
        }
    }

    @Nested
    class MemoryStates {

        @Test
        void match_fsrs_rs_after_again_then_five_goods() {
            // [ts-fsrs test] "memory state[short-term]", quoting fsrs-rs: 53.62691 and 6.3574867.
            long[] elapsed = {0, 0, 1, 3, 8, 21};
            Rating[] ratings = {Rating.AGAIN, Rating.GOOD, Rating.GOOD, Rating.GOOD, Rating.GOOD, Rating.GOOD};
            MemoryState memory = null;
            for (int i = 0; i < ratings.length; i++) {
                memory = scheduler.nextMemory(memory, elapsed[i], ratings[i]);
            }
            assertThat(memory.stability()).isCloseTo(53.62691, within(1e-4));
            assertThat(memory.difficulty()).isCloseTo(6.3574867, within(1e-6));

            CardState card = CardState.newCard(T0);
            Instant now = T0;
            for (int i = 0; i < ratings.length; i++) {
                now = days(now, elapsed[i]);
                card = scheduler.review(card, ratings[i], now);
            }
            assertThat(card.stability()).isEqualTo(memory.stability());
            assertThat(card.difficulty()).isEqualTo(memory.difficulty());
        }

        @Test
        void match_ts_fsrs_through_hard_easy_and_a_lapse() {
            // [ts-fsrs 5.4.2] next_state over (elapsed days, grade) pairs.
            assertSteps(new long[]{0, 3, 4, 10, 1, 2, 20},
                    new Rating[]{Rating.GOOD, Rating.HARD, Rating.GOOD, Rating.AGAIN, Rating.GOOD, Rating.EASY, Rating.GOOD},
                    new double[]{2.30650000, 9.23487052, 20.42061136, 1.83875240, 3.38152703, 8.54088629, 27.19996607},
                    new double[]{2.11810397, 4.75285849, 4.74333400, 8.25739800, 8.24436897, 7.64294727, 7.63053269});
            assertSteps(new long[]{0, 0, 2, 11, 46, 0},
                    new Rating[]{Rating.GOOD, Rating.GOOD, Rating.GOOD, Rating.GOOD, Rating.AGAIN, Rating.GOOD},
                    new double[]{2.30650000, 2.30650000, 10.97104786, 46.31685657, 2.93384526, 2.93384526},
                    new double[]{2.11810397, 2.11121424, 2.10433140, 2.09745544, 7.38771571, 7.37555636});
        }

        private void assertSteps(long[] elapsed, Rating[] ratings, double[] stability, double[] difficulty) {
            MemoryState memory = null;
            for (int i = 0; i < ratings.length; i++) {
                memory = scheduler.nextMemory(memory, elapsed[i], ratings[i]);
                assertThat(memory.stability()).as("S after review %d", i + 1).isCloseTo(stability[i], withinPercentage(1e-5));
                assertThat(memory.difficulty()).as("D after review %d", i + 1).isCloseTo(difficulty[i], within(1e-6));
            }
        }

        @Test
        void a_lapse_never_leaves_more_stability_than_the_short_term_cap() {
            // [ts-fsrs 5.4.2]: Again on a new card, then Again ten years later. The long-term lapse formula gives
            // 0.24702202 (R = 0.22291574), above the cap 0.212 / e^(w17 * w18) = 0.20176634, so the cap wins.
            MemoryState first = scheduler.nextMemory(null, 0, Rating.AGAIN);
            assertThat(scheduler.retrievability(3650, first.stability())).isCloseTo(0.22291574, within(1e-8));
            MemoryState lapsed = scheduler.nextMemory(first, 3650, Rating.AGAIN);
            assertThat(lapsed.stability()).isCloseTo(0.20176634, within(1e-8));
            assertThat(lapsed.difficulty()).isCloseTo(8.80630447, within(1e-8));
        }

        @Test
        void same_day_reviews_use_the_short_term_formula() {
            // [ts-fsrs 5.4.2]: Good 2.3065 then same-day Again 0.77508398, same-day Good 0.82816480 after Hard.
            MemoryState good = scheduler.nextMemory(null, 0, Rating.GOOD);
            MemoryState again = scheduler.nextMemory(good, 0, Rating.AGAIN);
            assertThat(again.stability()).isCloseTo(0.77508398, within(1e-6));
            assertThat(again.difficulty()).isCloseTo(7.39450274, within(1e-6));
            // By hand (py-fsrs lets a same-day Hard lower stability; ts-fsrs clamps it):
            // 0.77508398 * e^(0.5425 * (2 - 3 + 0.0912)) * 0.77508398^-0.0658 = 0.48140657
            MemoryState hard = scheduler.nextMemory(again, 0, Rating.HARD);
            assertThat(hard.stability()).isCloseTo(0.48140657, within(1e-6));
            // A same-day Good never lowers stability, even where the short-term factor is below 1 (S = 53.6).
            MemoryState large = new MemoryState(53.62691, 6.3574867);
            assertThat(scheduler.nextMemory(large, 0, Rating.GOOD).stability()).isEqualTo(53.62691);
            assertThat(scheduler.nextMemory(large, 0, Rating.AGAIN).stability()).isLessThan(53.62691);
        }
    }

    @Nested
    class Difficulty {

        @Test
        void bottoms_out_at_one_after_repeated_easy() {
            // [py-fsrs] test_repeated_correct_reviews: ten Easy reviews a microsecond apart give difficulty 1.0.
            CardState card = CardState.newCard(T0);
            for (int i = 0; i < 10; i++) {
                card = scheduler.review(card, Rating.EASY, T0.plusNanos(1000L * i));
            }
            assertThat(card.difficulty()).isEqualTo(1.0);
        }

        @Test
        void rises_ever_more_slowly_towards_ten_after_repeated_again() {
            double d = scheduler.nextMemory(null, 0, Rating.GOOD).difficulty();
            double previousStep = Double.MAX_VALUE;
            for (int i = 0; i < 8; i++) {
                double next = scheduler.nextDifficulty(d, Rating.AGAIN);
                double step = next - d;
                assertThat(step).isPositive().isLessThan(previousStep);
                assertThat(next).isLessThanOrEqualTo(10.0);
                previousStep = step;
                d = next;
            }
        }

        @Test
        void good_drifts_slightly_towards_the_easy_baseline() {
            // Mean reversion with w7 = 0.001 towards D0(Easy) = 6.4133 - e^(3 * 0.8334) + 1 = -4.7716307.
            double next = scheduler.nextDifficulty(5.0, Rating.GOOD);
            assertThat(next).isCloseTo(0.001 * -4.7716307 + 0.999 * 5.0, within(1e-7));
        }
    }

    @Nested
    class Retrievability {

        @Test
        void follows_the_fsrs6_power_curve() {
            // [ts-fsrs test] "get retrievability": 0.9024733 for the Easy card (S = 8.2956) on its due date.
            CardState easy = scheduler.review(CardState.newCard(T0), Rating.EASY, T0);
            assertThat(scheduler.retrievability(easy, easy.due())).isCloseTo(0.9024733, within(1e-7));
            // Counted in whole days, as py-fsrs does: 23 more hours are still 8 days.
            assertThat(scheduler.retrievability(easy, easy.due().plus(Duration.ofHours(23))))
                    .isEqualTo(scheduler.retrievability(easy, easy.due()));
            // [ts-fsrs 5.4.2] forgetting_curve.
            assertThat(scheduler.retrievability(30, 10)).isCloseTo(0.8093881, within(1e-7));
            assertThat(scheduler.retrievability(100, 10)).isCloseTo(0.69282664, within(1e-8));
            assertThat(scheduler.retrievability(1, 0.212)).isCloseTo(0.76619573, within(1e-8));
            assertThat(scheduler.retrievability(0, 10)).isEqualTo(1.0);
        }

        @Test
        void is_zero_for_a_card_never_studied() {
            assertThat(scheduler.retrievability(CardState.newCard(T0), T0.plus(Duration.ofDays(3)))).isZero();
        }
    }

    @Nested
    class Fuzz {

        @Test
        void is_off_by_default_so_scheduling_is_deterministic() {
            CardState first = scheduler.review(CardState.newCard(T0), Rating.EASY, T0);
            FsrsScheduler other = new FsrsScheduler(FsrsSettings.defaults(), new SplittableRandom(7));
            assertThat(other.review(CardState.newCard(T0), Rating.EASY, T0)).isEqualTo(first);
        }

        @Test
        void spreads_intervals_within_the_py_fsrs_range() {
            // Unfuzzed interval 46 days: delta = 1 + 0.15*4.5 + 0.1*13 + 0.05*26 = 4.275, so 42..50 days.
            CardState card = scheduler.review(CardState.newCard(T0), Rating.GOOD, T0);
            card = scheduler.review(card, Rating.GOOD, card.due());
            card = scheduler.review(card, Rating.GOOD, card.due());
            CardState beforeFuzz = card;
            assertThat(Duration.between(beforeFuzz.due(), scheduler.review(beforeFuzz, Rating.GOOD, beforeFuzz.due()).due())
                    .toDays()).isEqualTo(46);

            Set<Long> seen = new HashSet<>();
            for (int seed = 0; seed < 200; seed++) {
                FsrsScheduler fuzzy = new FsrsScheduler(FsrsSettings.defaults().withFuzz(true), new SplittableRandom(seed));
                CardState next = fuzzy.review(beforeFuzz, Rating.GOOD, beforeFuzz.due());
                seen.add(Duration.between(next.lastReview(), next.due()).toDays());
            }
            assertThat(seen).allSatisfy(days -> assertThat(days).isBetween(42L, 50L));
            assertThat(seen).hasSizeGreaterThan(5);
        }

        @Test
        void with_the_default_random_source_still_stays_in_range() {
            FsrsScheduler fuzzy = new FsrsScheduler(FsrsSettings.defaults().withFuzz(true));
            CardState card = fuzzy.review(CardState.newCard(T0), Rating.EASY, T0);
            for (int i = 0; i < 50; i++) {
                CardState next = fuzzy.review(card, Rating.GOOD, T0.plus(Duration.ofDays(8)));
                int unfuzzed = fuzzy.nextIntervalDays(next.stability());
                long days = Duration.between(next.lastReview(), next.due()).toDays();
                // unfuzzed 39 days: delta = 1 + 0.15*4.5 + 0.1*13 + 0.05*19 = 3.925, so within 4 days
                assertThat(unfuzzed).isEqualTo(39);
                assertThat(days).isBetween(35L, 43L);
            }
        }

        @Test
        void leaves_short_intervals_alone() {
            FsrsScheduler fuzzy = new FsrsScheduler(FsrsSettings.defaults().withFuzz(true), new SplittableRandom(1));
            CardState good = fuzzy.review(CardState.newCard(T0), Rating.GOOD, T0);
            CardState graduated = fuzzy.review(good, Rating.GOOD, good.due());
            assertThat(Duration.between(graduated.lastReview(), graduated.due()).toDays()).isEqualTo(2);
        }
    }
}
