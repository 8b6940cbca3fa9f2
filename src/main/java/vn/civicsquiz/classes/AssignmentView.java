package vn.civicsquiz.classes;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * An assigned quiz; {@code overdue} once the closing time (deadline) has passed. For a member: whether they did
 * it, with the score of their first finished attempt started from it and whether that came after the deadline.
 *
 * @param done             a member finished an attempt started from this assignment (false in a teacher's list)
 * @param score            that attempt's score, null when not done
 * @param finishedAt       when it was finished, null when not done
 * @param late             finished after the deadline
 * @param topic            the topic drawn from, "mixed" for chosen questions and sets
 * @param size             questions per attempt
 * @param mode             practice or test
 * @param timeLimitMinutes test mode: minutes per attempt, else null
 * @param opensAt          members may start from then on (null: at once)
 * @param attemptsAllowed  attempts each member may start (null: no limit)
 * @param questions        the chosen questions, in order (empty for a draw)
 * @param sets             the sets drawn from (empty otherwise)
 */
public record AssignmentView(long id, long classId, String className, String topic, int size, OffsetDateTime deadline,
                             boolean overdue, boolean done, BigDecimal score, OffsetDateTime finishedAt, boolean late,
                             String title, String mode, Integer timeLimitMinutes, OffsetDateTime opensAt,
                             Integer attemptsAllowed, List<Long> questions, List<Long> sets) {

    public AssignmentView(long id, long classId, String className, String topic, int size, OffsetDateTime deadline,
                          boolean overdue, boolean done, BigDecimal score, OffsetDateTime finishedAt, boolean late) {
        this(id, classId, className, topic, size, deadline, overdue, done, score, finishedAt, late, null, "test",
                null, null, null, List.of(), List.of());
    }

    public AssignmentView(long id, long classId, String className, String topic, int size, OffsetDateTime deadline,
                          boolean overdue) {
        this(id, classId, className, topic, size, deadline, overdue, false, null, null, false);
    }

    /** The closing time: members may start until then. */
    public OffsetDateTime closesAt() {
        return deadline;
    }

    AssignmentView with(Assignments.Settings s) {
        return new AssignmentView(id, classId, className, topic, size, deadline, overdue, done, score, finishedAt, late,
                s.title(), s.mode().name(), s.timeLimitMinutes(), s.opensAt(), s.attemptsAllowed(), s.questions(),
                s.sets());
    }
}
