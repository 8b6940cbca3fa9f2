package vn.civicsquiz.teacher.classes;

import java.time.OffsetDateTime;

/** An assigned quiz; {@code overdue} once the deadline has passed. */
public record AssignmentView(long id, long classId, String className, String topic, int size, OffsetDateTime deadline,
                             boolean overdue) {
}
