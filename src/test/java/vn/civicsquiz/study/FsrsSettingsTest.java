package vn.civicsquiz.study;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class FsrsSettingsTest {

    @Test
    void defaults_are_the_published_fsrs6_parameters() {
        FsrsSettings defaults = FsrsSettings.defaults();
        assertThat(defaults.weights()).hasSize(21).startsWith(0.212, 1.2931, 2.3065, 8.2956).endsWith(0.1542);
        assertThat(defaults.desiredRetention()).isEqualTo(0.9);
        assertThat(defaults.maximumIntervalDays()).isEqualTo(36500);
        assertThat(defaults.learningSteps()).containsExactly(Duration.ofMinutes(1), Duration.ofMinutes(10));
        assertThat(defaults.relearningSteps()).containsExactly(Duration.ofMinutes(10));
        assertThat(defaults.fuzz()).isFalse();
    }

    @Test
    void rejects_a_wrong_number_of_weights() {
        List<Double> fsrs5 = FsrsSettings.DEFAULT_WEIGHTS.subList(0, 19);
        assertThatThrownBy(() -> new FsrsSettings(fsrs5, 0.9, 365, List.of(), List.of(), false))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("21 weights, got 19");
    }

    @Test
    void names_every_weight_out_of_bounds() {
        List<Double> weights = new ArrayList<>(FsrsSettings.DEFAULT_WEIGHTS);
        weights.set(6, 100.0);
        weights.set(20, 0.0);
        assertThatThrownBy(() -> new FsrsSettings(weights, 0.9, 365, List.of(), List.of(), false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("w6 = 100.0").hasMessageContaining("w20 = 0.0");
    }

    @Test
    void rejects_impossible_retention_interval_and_steps() {
        FsrsSettings defaults = FsrsSettings.defaults();
        assertThatThrownBy(() -> defaults.withDesiredRetention(1.0)).hasMessageContaining("between 0 and 1");
        assertThatThrownBy(() -> defaults.withDesiredRetention(0.0)).hasMessageContaining("between 0 and 1");
        assertThatThrownBy(() -> defaults.withMaximumIntervalDays(0)).hasMessageContaining("at least 1 day");
        assertThatThrownBy(() -> defaults.withSteps(List.of(Duration.ZERO), List.of()))
                .hasMessageContaining("must be positive");
    }

    @Test
    void without_steps_a_new_card_goes_straight_to_review() {
        FsrsScheduler scheduler = new FsrsScheduler(FsrsSettings.defaults().withSteps(List.of(), List.of()));
        Instant t0 = Instant.parse("2025-03-01T08:00:00Z");
        CardState card = scheduler.review(CardState.newCard(t0), Rating.AGAIN, t0);
        assertThat(card.phase()).isEqualTo(CardPhase.REVIEW);
        assertThat(card.due()).isEqualTo(t0.plus(Duration.ofDays(1)));
        CardState forgotten = scheduler.review(card, Rating.AGAIN, card.due());
        assertThat(forgotten.phase()).isEqualTo(CardPhase.REVIEW);
        assertThat(forgotten.lapses()).isEqualTo(1);
    }
}
