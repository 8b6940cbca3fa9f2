package vn.civicsquiz.classes;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;

/** A quiz a teacher asks a class to take before a deadline. */
public record AssignmentInput(@Schema(example = "nine-tasks") String topic,
                              @Schema(example = "10", minimum = "1") Integer size,
                              @Schema(example = "2025-06-01T17:00:00+07:00") OffsetDateTime deadline) {
}
