package vn.civicsquiz.web;

import vn.civicsquiz.classes.ClassPages;

import java.util.List;

/**
 * What the home page shows.
 *
 * @param resume    the unfinished attempt to continue, or null
 * @param mistakes  questions last answered wrong, for "review my mistakes"
 * @param noticeKey a quiz message key to show on top, or null
 * @param assignments the quizzes the learner's classes were assigned whose deadline has not passed, soonest first
 * @param habit     the daily goal, XP and last weeks of a learner who has one, or null
 * @param goalChoices the daily goals offered
 */
public record HomeModel(List<TopicChoice> topics, List<Integer> sizes, List<Integer> timeLimits, Resume resume,
                        int mistakes, boolean guest, String noticeKey, List<ClassPages.AssignmentRow> assignments,
                        vn.civicsquiz.learner.habit.Habit habit, List<Integer> goalChoices) {

    public record TopicChoice(String slug, String nameKey, String descriptionKey, int count, boolean first) {
    }

    /**
     * @param minutesLeft  whole minutes left (rounded up) of a timed test, else null
     * @param deadlineClock when a timed test ends, "HH:mm" in the product's time zone, else null
     */
    public record Resume(long attemptId, String topicKey, int answered, int size, boolean practice,
                         Integer minutesLeft, String deadlineClock, String deadlineIso) {
    }
}
