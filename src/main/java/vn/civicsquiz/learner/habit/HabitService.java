package vn.civicsquiz.learner.habit;

import jakarta.enterprise.context.ApplicationScoped;
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

    private final EntityManager em;
    private final ZoneId zone;

    public HabitService(EntityManager em, QuizSettings settings) {
        this.em = em;
        this.zone = settings.studyZone();
    }

    public Habit of(long learnerId) {
        LocalDate today = LocalDate.now(zone);
        LocalDate first = today.minusDays(DAYS - 1);
        LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        Object[] totals = (Object[]) em.createNativeQuery("""
                        SELECT l.daily_goal,
                               (SELECT coalesce(sum(correct_count), 0) FROM learner_question WHERE learner_id = ?1),
                               (SELECT count(*) FROM quiz_attempt WHERE learner_id = ?1 AND finished_at IS NOT NULL),
                               (SELECT count(*) FROM quiz_attempt WHERE learner_id = ?1 AND finished_at >= ?2)
                        FROM learner l WHERE l.id = ?1""")
                .setParameter(1, learnerId).setParameter(2, startOf(monday)).getSingleResult();
        int goal = ((Number) totals[0]).intValue();
        Map<LocalDate, int[]> counted = answersPerDay(learnerId, first);
        List<Habit.Day> days = new ArrayList<>();
        long rightThisWeek = 0;
        for (LocalDate d = first; !d.isAfter(today); d = d.plusDays(1)) {
            int[] c = counted.getOrDefault(d, new int[2]);
            days.add(new Habit.Day(d, c[0], c[1], c[0] >= goal));
            rightThisWeek += d.isBefore(monday) ? 0 : c[1];
        }
        long xp = XpRule.xp(((Number) totals[1]).longValue(), ((Number) totals[2]).longValue());
        int level = XpRule.level(xp);
        int answeredToday = days.get(days.size() - 1).answered();
        return new Habit(goal, answeredToday, answeredToday >= goal, xp,
                XpRule.xp(rightThisWeek, ((Number) totals[3]).longValue()), level, XpRule.startOf(level),
                XpRule.startOf(level + 1), days);
    }

    /** Sets the daily goal. @throws ProblemException 400 outside {@value #MIN_GOAL}–{@value #MAX_GOAL} */
    @Transactional
    public void setGoal(long learnerId, int goal) {
        if (goal < MIN_GOAL || goal > MAX_GOAL) {
            throw new ProblemException(400, "Bad Request",
                    "dailyGoal must be a whole number from " + MIN_GOAL + " to " + MAX_GOAL);
        }
        em.createNativeQuery("UPDATE learner SET daily_goal = ?2 WHERE id = ?1")
                .setParameter(1, learnerId).setParameter(2, (short) goal).executeUpdate();
    }

    private Map<LocalDate, int[]> answersPerDay(long learnerId, LocalDate first) {
        List<?> rows = em.createNativeQuery("""
                        SELECT CAST(a.answered_at AT TIME ZONE ?3 AS date), count(*), count(*) FILTER (WHERE a.correct)
                        FROM attempt_answer a JOIN quiz_attempt t ON t.id = a.attempt_id
                        WHERE t.learner_id = ?1 AND a.answered_at >= ?2 GROUP BY 1""")
                .setParameter(1, learnerId).setParameter(2, startOf(first)).setParameter(3, zone.getId())
                .getResultList();
        Map<LocalDate, int[]> days = new HashMap<>();
        for (Object row : rows) {
            Object[] c = (Object[]) row;
            LocalDate day = c[0] instanceof java.sql.Date sql ? sql.toLocalDate() : (LocalDate) c[0];
            days.put(day, new int[]{((Number) c[1]).intValue(), ((Number) c[2]).intValue()});
        }
        return days;
    }

    private OffsetDateTime startOf(LocalDate day) {
        return day.atStartOfDay(zone).toOffsetDateTime();
    }
}
