package vn.civicsquiz.question.report;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A learner's report of one question, with an optional comment (its length is checked by {@link QuestionReports}). */
@Schema(name = "ReportRequest")
public record ReportRequest(@NotNull @Schema(required = true, example = "42") Long questionId,
                            @Schema(maxLength = QuestionReports.MAX_COMMENT, example = "Đáp án B cũng đúng",
                                    description = "optional; at most 500 characters once normalised to NFC") String comment) {
}
