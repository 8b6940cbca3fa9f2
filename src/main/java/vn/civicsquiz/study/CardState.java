package vn.civicsquiz.study;

import java.time.Instant;
import java.util.Objects;

/**
 * The scheduling state of one flashcard.
 *
 * @param phase      New, Learning, Review or Relearning
 * @param step       index into the learning (or relearning) steps while in those phases, else 0
 * @param stability  days until recall probability falls to 90%; 0 while {@link CardPhase#NEW}
 * @param difficulty 1 (easy) to 10 (hard); 0 while {@link CardPhase#NEW}
 * @param reps       number of reviews so far
 * @param lapses     number of times a card in review was forgotten (rated Again)
 * @param due        when the card should next be shown
 * @param lastReview when it was last reviewed, null if never
 */
public record CardState(CardPhase phase, int step, double stability, double difficulty, int reps, int lapses,
                        Instant due, Instant lastReview) {

    public CardState {
        Objects.requireNonNull(phase, "phase");
        Objects.requireNonNull(due, "due");
        if (phase != CardPhase.NEW && (stability <= 0 || difficulty < 1 || lastReview == null)) {
            throw new IllegalArgumentException("a reviewed card needs stability > 0, difficulty >= 1 and a last review");
        }
        if (step < 0 || reps < 0 || lapses < 0) {
            throw new IllegalArgumentException("step, reps and lapses cannot be negative");
        }
    }

    /** A card nobody has studied yet, due at once. */
    public static CardState newCard(Instant createdAt) {
        return new CardState(CardPhase.NEW, 0, 0, 0, 0, 0, createdAt, null);
    }
}
