package vn.civicsquiz.learner.habit;

import jakarta.enterprise.context.ApplicationScoped;
import vn.civicsquiz.platform.problem.Say;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import vn.civicsquiz.platform.problem.ProblemException;
import vn.civicsquiz.quiz.QuizSettings;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A learner's daily goal, XP and recent days, from the stored answers and attempts (two statements). */
@ApplicationScoped
public class HabitService {

    static final int DAYS = 28;
    public static final int MIN_GOAL = 5;
    public static final int MAX_GOAL = 200;
    public static final List<Integer> GOAL_CHOICES = List.of(10, 20, 30, 50);
    /** The column default of learner.daily_goal (V74). */
    static final int DEFAULT_GOAL = 20;

    private final EntityManager em;
    private final ZoneId zone;

    public HabitService(EntityManager em, QuizSettings settings) {
        this.em = em;
        this.zone = settings.studyZone();
    }

    /** One statement: the goal, the XP totals, and the answers of each of the last four weeks' days. */
    public Habit of(long learnerId) {
        LocalDate today = LocalDate.now(zone);
        LocalDate first = today.minusDays(DAYS - 1);
        LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        Object[] row = (Object[]) em.createNativeQuery("""
                        WITH per_day AS (
                          SELECT CAST(a.answered_at AT TIME ZONE ?4 AS date) AS day, count(*) AS answered,
                                 count(*) FILTER (WHERE a.correct AND (t.mode = 'practice' OR t.finished_at IS NOT NULL))
                                   AS right_answers
                          FROM attempt_answer a JOIN quiz_attempt t ON t.id = a.attempt_id
                          WHERE t.learner_id = ?1 AND a.answered_at >= ?2 GROUP BY 1)
                        SELECT l.daily_goal,
                               (SELECT coalesce(sum(correct_count), 0) FROM learner_question WHERE learner_id = ?1),
                               (SELECT count(*) FROM quiz_attempt WHERE learner_id = ?1 AND finished_at IS NOT NULL),
                               (SELECT count(*) FROM quiz_attempt WHERE learner_id = ?1 AND finished_at >= ?3),
                               (SELECT string_agg(day || ' ' || answered || ' ' || right_answers, ',') FROM per_day)
                        FROM learner l WHERE l.id = ?1""")
                .setParameter(1, learnerId).setParameter(2, startOf(first)).setParameter(3, startOf(monday))
                .setParameter(4, zone.getId()).getSingleResult();
        int goal = ((Number) row[0]).intValue();
        Map<LocalDate, int[]> counted = perDay((String) row[4]);
        List<Habit.Day> days = new ArrayList<>();
        long rightThisWeek = 0;
        for (LocalDate d = first; !d.isAfter(today); d = d.plusDays(1)) {
            int[] c = counted.getOrDefault(d, new int[2]);
            days.add(new Habit.Day(d, c[0], c[1], c[0] >= goal));
            rightThisWeek += d.isBefore(monday) ? 0 : c[1];
        }
        long xp = XpRule.xp(((Number) row[1]).longValue(), ((Number) row[2]).longValue());
        int level = XpRule.level(xp);
        int answeredToday = days.get(days.size() - 1).answered();
        return new Habit(goal, answeredToday, answeredToday >= goal, xp,
                XpRule.xp(rightThisWeek, ((Number) row[3]).longValue()), level, XpRule.startOf(level),
                XpRule.startOf(level + 1), days);
    }

    /** "2026-12-02 12 9,…" (day, answered, right) as the statement aggregates it. */
    private static Map<LocalDate, int[]> perDay(String aggregated) {
        Map<LocalDate, int[]> days = new HashMap<>();
        if (aggregated == null) {
            return days;
        }
        for (String day : aggregated.split(",")) {
            String[] c = day.split(" ");
            days.put(LocalDate.parse(c[0]), new int[]{Integer.parseInt(c[1]), Integer.parseInt(c[2])});
        }
        return days;
    }

    /** The habit of someone who has not answered anything yet: the default goal and four empty weeks. */
    public Habit empty() {
        LocalDate today = LocalDate.now(zone);
        List<Habit.Day> days = new ArrayList<>();
        for (LocalDate d = today.minusDays(DAYS - 1); !d.isAfter(today); d = d.plusDays(1)) {
            days.add(new Habit.Day(d, 0, 0, false));
        }
        return new Habit(DEFAULT_GOAL, 0, false, 0, 0, 0, 0, XpRule.startOf(1), days);
    }

    /** Sets the daily goal. @throws ProblemException 400 outside {@value #MIN_GOAL}–{@value #MAX_GOAL} */
    @Transactional
    public void setGoal(long learnerId, int goal) {
        if (goal < MIN_GOAL || goal > MAX_GOAL) {
            throw ProblemException.badRequest(new Say("dailyGoal phải là số nguyên từ " + MIN_GOAL
                    + " đến " + MAX_GOAL, "dailyGoal must be a whole number from " + MIN_GOAL + " to " + MAX_GOAL),
                    ProblemException.fault("dailyGoal", "số nguyên từ " + MIN_GOAL + " đến " + MAX_GOAL,
                            "a whole number from " + MIN_GOAL + " to " + MAX_GOAL));
        }
        em.createNativeQuery("UPDATE learner SET daily_goal = ?2 WHERE id = ?1")
                .setParameter(1, learnerId).setParameter(2, (short) goal).executeUpdate();
    }

    private OffsetDateTime startOf(LocalDate day) {
        return day.atStartOfDay(zone).toOffsetDateTime();
    }
}
