package vn.civicsquiz.question.report;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A learner's report of one question, with an optional comment. */
@Schema(name = "ReportRequest")
public record ReportRequest(@NotNull @Schema(required = true, example = "42") Long questionId,
                            @Size(max = QuestionReports.MAX_COMMENT) @Schema(example = "Đáp án B cũng đúng") String comment) {
}
