package vn.civicsquiz.quiz.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Body of POST /api/v1/attempts. */
@Schema(name = "StartAttempt")
public record StartAttemptRequest(
        @Schema(description = "nine-tasks, five-lessons, three-pillars, figures, people, events, phrases or mixed",
                examples = "nine-tasks")
        @NotBlank String topic,
        @Schema(description = "number of questions (default 10)", examples = "10") @Min(1) @Max(50) Integer size,
        @Schema(description = "practice: feedback after each answer; test: feedback at the end", examples = "practice")
        @Pattern(regexp = "practice|test", message = "{quiz.mode.pattern}") String mode,
        @Schema(description = "serve the questions last answered wrong instead of new ones") Boolean review,
        @Schema(description = "test mode only: minutes until the attempt ends by itself")
        @Min(1) @Max(180) Integer timeLimitMinutes) {
}
