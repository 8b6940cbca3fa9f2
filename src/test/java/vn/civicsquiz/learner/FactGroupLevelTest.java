package vn.civicsquiz.learner;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A fact group's level follows the share of its facts the learner last answered right. */
class FactGroupLevelTest {

    private static int level(int mastered, int asked, int total) {
        return new Progress.FactGroup("figures", mastered, asked, total).level();
    }

    @Test
    void levels_by_thirds_of_the_group() {
        assertThat(level(0, 0, 9)).as("nothing asked").isZero();
        assertThat(level(0, 3, 9)).isEqualTo(1);
        assertThat(level(2, 3, 9)).isEqualTo(1);
        assertThat(level(3, 5, 9)).as("a third").isEqualTo(2);
        assertThat(level(5, 6, 9)).isEqualTo(2);
        assertThat(level(6, 8, 9)).as("two thirds").isEqualTo(3);
        assertThat(level(8, 9, 9)).isEqualTo(3);
        assertThat(level(9, 9, 9)).as("every fact").isEqualTo(4);
        assertThat(level(0, 0, 0)).as("an empty group").isZero();
    }
}
