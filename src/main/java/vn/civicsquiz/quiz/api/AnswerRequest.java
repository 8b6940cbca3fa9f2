package vn.civicsquiz.quiz.api;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.civicsquiz.quiz.grading.LearnerResponse;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Body of PUT /api/v1/attempts/{id}/answers/{position}: exactly one field, the one the question's kind needs. */
@Schema(name = "Answer")
public record AnswerRequest(
        @Schema(description = "SINGLE, NEGATIVE, TRUE_FALSE (one id) and MULTIPLE (one or more ids)")
        @Size(max = 30) List<@NotNull Long> optionIds,
        @Schema(description = "ORDERING: every option id, first to last") @Size(max = 30) List<@NotNull Long> order,
        @Schema(description = "MATCHING: left option id -> chosen right-hand choice id") @Size(max = 30)
        Map<Long, @NotNull Long> pairs,
        @Schema(description = "NUMERIC") @DecimalMin("-1e15") @DecimalMax("1e15") BigDecimal value,
        @Schema(description = "SHORT_ANSWER") @Size(max = 500) String text) {

    @JsonIgnore
    @AssertTrue(message = "give exactly one of optionIds, order, pairs, value, text")
    public boolean isExactlyOneAnswer() {
        return Stream.of(optionIds, order, pairs, value, text).filter(java.util.Objects::nonNull).count() == 1;
    }

    public LearnerResponse toResponse() {
        if (optionIds != null) {
            return new LearnerResponse.Choice(optionIds);
        }
        if (order != null) {
            return new LearnerResponse.Order(order);
        }
        if (pairs != null) {
            return new LearnerResponse.Pairs(pairs);
        }
        if (value != null) {
            return new LearnerResponse.Numeric(value);
        }
        return new LearnerResponse.Text(text);
    }
}
