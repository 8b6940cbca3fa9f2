package vn.civicsquiz.classes;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * An attempt of a class member, with its answers when asked for one attempt.
 *
 * @param assignmentId the assignment it was started from
 * @param answers      each question, in order; empty in lists of attempts
 */
@Schema(name = "AttemptMarks")
public record AttemptMarks(long attemptId, long accountId, String username, Long assignmentId, String title,
                           String mode, OffsetDateTime startedAt, OffsetDateTime finishedAt, Long seconds,
                           BigDecimal score, int max, List<AnswerMark> answers) {
}
