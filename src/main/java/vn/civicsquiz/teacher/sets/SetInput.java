package vn.civicsquiz.teacher.sets;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A question set as a teacher creates or changes it (PATCH: only the fields sent change). */
@Schema(name = "SetInput")
public record SetInput(
        @Schema(maxLength = 100, example = "Tuần 1") String name,
        @Schema(description = "The parent set's id; absent or null for a top-level set", example = "3") Long parent,
        @Schema(description = "true: every teacher may use and change it; false: only you", example = "false")
        Boolean shared,
        @Schema(description = "PATCH: the version you read", example = "0") Integer version) {
}
