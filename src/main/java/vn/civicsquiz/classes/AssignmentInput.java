package vn.civicsquiz.classes;

import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A quiz a teacher asks a class to take: chosen questions, or a draw from question sets, or a draw from a topic
 * (exactly one of the three), between an opening and a closing time.
 */
@Schema(name = "AssignmentInput")
public record AssignmentInput(
        @Schema(description = "A topic to draw from (or questions, or sets)", example = "nine-tasks") String topic,
        @Schema(description = "Questions drawn (topic or sets); with chosen questions, all of them are asked",
                example = "10", minimum = "1") Integer size,
        @Schema(description = "The closing time (same as closesAt, kept for older clients)",
                example = "2025-06-01T17:00:00+07:00") OffsetDateTime deadline,
        @Schema(maxLength = 200, example = "Kiểm tra 15 phút, tuần 1") String title,
        @Schema(description = "Chosen published questions, asked in this order", example = "[101, 102, 103]")
        List<Long> questions,
        @Schema(description = "Question sets (with their subsets) to draw size published questions from",
                example = "[3]") List<Long> sets,
        @Schema(description = "practice (feedback after each answer) or test (default)", example = "test")
        String mode,
        @Schema(description = "Test mode only: minutes per attempt", example = "15") Integer timeLimitMinutes,
        @Schema(description = "Members may start from then on; absent: at once", example = "2025-05-25T07:00:00+07:00")
        OffsetDateTime opensAt,
        @Schema(description = "Members may start until then", example = "2025-06-01T17:00:00+07:00")
        OffsetDateTime closesAt,
        @Schema(description = "Attempts each member may start, 1 to 100; absent: no limit", example = "2")
        Integer attemptsAllowed) {

    public AssignmentInput(String topic, Integer size, OffsetDateTime deadline) {
        this(topic, size, deadline, null, null, null, null, null, null, null, null);
    }

    /** closesAt, or the deadline of an older client. */
    OffsetDateTime closing() {
        return closesAt != null ? closesAt : deadline;
    }
}
