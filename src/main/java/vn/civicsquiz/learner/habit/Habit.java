package vn.civicsquiz.learner.habit;

import java.time.LocalDate;
import java.util.List;

/**
 * What brings a learner back: today's answers against their daily goal, XP and level, and the last four weeks.
 *
 * @param days the last {@link HabitService#DAYS} days, oldest first, today last
 */
public record Habit(int dailyGoal, int answeredToday, boolean goalReached, long xp, long xpThisWeek, int level,
                    long levelStartXp, long nextLevelXp, List<Day> days) {

    /** Percent of the way from this level to the next, for a progress bar. */
    public int levelPercent() {
        return (int) (100 * (xp - levelStartXp) / Math.max(1, nextLevelXp - levelStartXp));
    }

    public long xpToNextLevel() {
        return nextLevelXp - xp;
    }

    public int nextLevel() {
        return level + 1;
    }

    public int goalShown() {
        return Math.min(answeredToday, dailyGoal);
    }

    public record Day(LocalDate date, int answered, int right, boolean goalReached) {
        public String iso() {
            return date.toString();
        }
    }
}
