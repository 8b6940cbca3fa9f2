package vn.civicsquiz.quiz;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.ZoneId;
import java.util.List;

/** Quiz lengths, time limits and the study day's time zone ({@code quiz.quiz.*}). */
@ConfigMapping(prefix = "quiz.quiz")
public interface QuizSettings {

    /** Quiz lengths offered on the home page; the first is preselected. */
    @WithDefault("10,5,20")
    List<Integer> sizes();

    /** Largest quiz the API accepts. */
    @WithDefault("50")
    int maxSize();

    /** Time limits in minutes offered for test mode (none is always offered). */
    @WithDefault("5,10,20")
    List<Integer> timeLimitsMinutes();

    /**
     * The product's one time zone: where a study day starts and ends (streaks, the daily new-card limit), and the
     * zone of every date and time shown (quiz timers, assignment deadlines, results).
     */
    @WithDefault("Asia/Ho_Chi_Minh")
    ZoneId studyZone();

    /**
     * Unfinished attempts a learner keeps: starting one more finishes the oldest beyond this many, scored as they
     * stand (an abandoned quiz ends as a finished one would), so no client piles up open attempts.
     */
    @WithDefault("20")
    int maxOpenAttempts();

    /**
     * Attempts one learner may start within {@link #startWindow()}: far more than anyone answers (60 in ten minutes
     * is a quiz every ten seconds), few enough that one guest cannot fill the database with quizzes it never reads.
     */
    @WithDefault("60")
    int maxStarts();

    @WithDefault("PT10M")
    java.time.Duration startWindow();
}
