package vn.civicsquiz.learner;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;

/** Counts consecutive study days. A streak is still alive on a day not yet studied if yesterday was. */
public final class StreakCalculator {

    private StreakCalculator() {
    }

    public static int current(Collection<LocalDate> studyDays, LocalDate today) {
        Set<LocalDate> days = new TreeSet<>(studyDays);
        LocalDate day = days.contains(today) ? today : today.minusDays(1);
        int streak = 0;
        while (days.contains(day)) {
            streak++;
            day = day.minusDays(1);
        }
        return streak;
    }

    public static int longest(Collection<LocalDate> studyDays) {
        int longest = 0;
        int run = 0;
        LocalDate previous = null;
        for (LocalDate day : new TreeSet<>(studyDays)) {
            run = previous != null && previous.plusDays(1).equals(day) ? run + 1 : 1;
            longest = Math.max(longest, run);
            previous = day;
        }
        return longest;
    }
}
