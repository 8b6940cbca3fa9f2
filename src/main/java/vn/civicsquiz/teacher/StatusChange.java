package vn.civicsquiz.teacher;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.civicsquiz.question.QuestionStatus;

/** Moves a question between draft, published and retired. */
@Schema(name = "StatusChange")
public record StatusChange(
        @Schema(required = true, example = "published") QuestionStatus status,
        @Schema(required = true, description = "The version you read", example = "0") Integer version) {
}
