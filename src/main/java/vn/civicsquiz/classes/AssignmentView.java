package vn.civicsquiz.classes;

import java.time.OffsetDateTime;

/**
 * An assigned quiz; {@code overdue} once the deadline has passed. For a member: whether they did it, with the
 * score of their first finished attempt started from it and whether that came after the deadline.
 *
 * @param done       a member finished an attempt started from this assignment (false in a teacher's list)
 * @param score      that attempt's score, null when not done
 * @param finishedAt when it was finished, null when not done
 * @param late       finished after the deadline
 */
public record AssignmentView(long id, long classId, String className, String topic, int size, OffsetDateTime deadline,
                             boolean overdue, boolean done, Integer score, OffsetDateTime finishedAt, boolean late) {

    public AssignmentView(long id, long classId, String className, String topic, int size, OffsetDateTime deadline,
                          boolean overdue) {
        this(id, classId, className, topic, size, deadline, overdue, false, null, null, false);
    }
}
