package vn.civicsquiz.classes;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/**
 * One member's result for an assignment, as the teacher marks it. The attempt that counts is the member's best
 * finished one (the earliest of equal scores), as Moodle's "highest grade".
 *
 * @param status     not_started, in_progress (started, nothing finished), done, or late (finished after closing)
 * @param attempts   attempts started from the assignment
 * @param attemptId  the attempt that counts, null when none is finished
 * @param score      its score (sum of credits), null when none is finished
 * @param max        its number of questions, null when none is finished
 * @param startedAt  when the counted attempt (or, in progress, the open one) was started
 * @param finishedAt when the counted attempt was finished
 * @param seconds    time taken by the counted attempt
 */
@Schema(name = "AssignmentResult")
public record AssignmentResult(long accountId, String username, String displayName, Status status, int attempts,
                               Long attemptId, BigDecimal score, Integer max, OffsetDateTime startedAt,
                               OffsetDateTime finishedAt, Long seconds) {

    public enum Status { not_started, in_progress, done, late }

    /** Finished an attempt, on time or late. */
    public boolean done() {
        return status == Status.done || status == Status.late;
    }

    public boolean late() {
        return status == Status.late;
    }

    public AssignmentResult inZone(java.time.ZoneId zone) {
        return new AssignmentResult(accountId, username, displayName, status, attempts, attemptId, score, max,
                startedAt == null ? null : startedAt.atZoneSameInstant(zone).toOffsetDateTime(),
                finishedAt == null ? null : finishedAt.atZoneSameInstant(zone).toOffsetDateTime(), seconds);
    }
}
