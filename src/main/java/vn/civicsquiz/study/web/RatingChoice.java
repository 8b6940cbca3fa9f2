package vn.civicsquiz.study.web;

import vn.civicsquiz.study.CardState;
import vn.civicsquiz.study.FsrsScheduler;
import vn.civicsquiz.study.Rating;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * A rating button with the interval it would lead to, e.g. Good → 10 minutes.
 *
 * @param unit "minutes", "hours" or "days" (a message key); @param amount how many of them
 */
public record RatingChoice(int grade, String unit, long amount) {

    static List<RatingChoice> preview(FsrsScheduler scheduler, CardState card, Instant now) {
        return Arrays.stream(Rating.values())
                .map(rating -> after(rating, Duration.between(now, scheduler.review(card, rating, now).due())))
                .toList();
    }

    /** The rating with the wait it led to, in the largest whole unit (at least one minute). */
    static RatingChoice after(Rating rating, Duration wait) {
        if (wait.toHours() >= 24) {
            return new RatingChoice(rating.grade(), "days", wait.toDays());
        }
        return wait.toMinutes() >= 60 ? new RatingChoice(rating.grade(), "hours", wait.toHours())
                : new RatingChoice(rating.grade(), "minutes", Math.max(1, wait.toMinutes()));
    }

    public String nameKey() {
        return "rating_" + grade;
    }
}
