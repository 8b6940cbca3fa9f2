package vn.civicsquiz.learner.habit;

/** Experience points and levels, in one place: earned only by what is stored (right answers, finished quizzes). */
public final class XpRule {

    public static final int PER_RIGHT_ANSWER = 10;
    public static final int PER_FINISHED_QUIZ = 20;
    static final int LEVEL_STEP = 50;

    private XpRule() {
    }

    public static long xp(long rightAnswers, long finishedQuizzes) {
        return rightAnswers * PER_RIGHT_ANSWER + finishedQuizzes * PER_FINISHED_QUIZ;
    }

    /** XP one finished quiz earned: its right answers and the finish. */
    public static long ofQuiz(int rightAnswers) {
        return xp(rightAnswers, 1);
    }

    /** Level n starts at 50·n·(n+1) XP (100, 300, 600, 1 000 …): each level takes a little longer than the last. */
    public static int level(long xp) {
        int level = 0;
        while (startOf(level + 1) <= xp) {
            level++;
        }
        return level;
    }

    public static long startOf(int level) {
        return (long) LEVEL_STEP * level * (level + 1);
    }
}
