package vn.civicsquiz.learner;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class StreakCalculatorTest {

    static final LocalDate TODAY = LocalDate.of(2021, 12, 14);

    @Test
    void consecutiveDaysUpToTodayCount() {
        assertThat(StreakCalculator.current(List.of(TODAY, TODAY.minusDays(1), TODAY.minusDays(2)), TODAY)).isEqualTo(3);
    }

    @Test
    void aStreakIsStillAliveBeforeStudyingToday() {
        assertThat(StreakCalculator.current(List.of(TODAY.minusDays(1), TODAY.minusDays(2)), TODAY)).isEqualTo(2);
    }

    @Test
    void aMissedDayBreaksTheStreak() {
        assertThat(StreakCalculator.current(List.of(TODAY.minusDays(2), TODAY.minusDays(3)), TODAY)).isZero();
        assertThat(StreakCalculator.current(List.of(TODAY, TODAY.minusDays(2)), TODAY)).isEqualTo(1);
        assertThat(StreakCalculator.current(List.of(), TODAY)).isZero();
    }

    @Test
    void longestStreakLooksAtAllDays() {
        List<LocalDate> days = List.of(TODAY.minusDays(10), TODAY.minusDays(9), TODAY.minusDays(8), TODAY.minusDays(8),
                TODAY.minusDays(1), TODAY);
        assertThat(StreakCalculator.longest(days)).isEqualTo(3);
        assertThat(StreakCalculator.longest(List.of())).isZero();
    }
}
