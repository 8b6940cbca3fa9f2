package vn.civicsquiz.quiz;

import java.time.Instant;
import java.util.List;

/**
 * Fired synchronously, inside the recording transaction, the first time an answer is stored for a position of an
 * attempt (never for a resubmission). Exactly one of {@code accountId} and {@code guestId} is set.
 *
 * @param factIds the facts the question tests, sorted
 */
public record AnswerRecorded(Long accountId, String guestId, long questionId, List<String> factIds, boolean correct,
                             Instant answeredAt) {

    public AnswerRecorded {
        factIds = List.copyOf(factIds);
    }
}
