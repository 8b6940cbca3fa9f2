package vn.civicsquiz.classes;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/**
 * One member's result for an assignment, as the teacher sees it.
 *
 * @param done       finished an attempt started from the assignment
 * @param score      right answers of the first such attempt, null when not done
 * @param max        its number of questions, null when not done
 * @param finishedAt when it was finished, null when not done
 * @param late       finished after the deadline
 */
public record AssignmentResult(long accountId, String username, String displayName, boolean done, BigDecimal score,
                               Integer max, OffsetDateTime finishedAt, boolean late) {
}
