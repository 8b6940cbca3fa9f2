package vn.civicsquiz.quiz.api;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.civicsquiz.quiz.grading.AnswerInput;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Body of PUT /api/v1/attempts/{id}/answers/{position}: exactly one field, the one the question's kind needs. */
@Schema(name = "Answer")
public record AnswerRequest(
        @Schema(description = "SINGLE, NEGATIVE, TRUE_FALSE (one id) and MULTIPLE (one or more ids); ids as this"
                + " attempt shows them")
        @Size(max = 30) List<@NotNull Long> optionIds,
        @Schema(description = "ORDERING: every option id, first to last") @Size(max = 30) List<@NotNull Long> order,
        @Schema(description = "MATCHING: left option id -> chosen right-hand choice id") @Size(max = 30)
        Map<Long, @NotNull Long> pairs,
        @Schema(description = "NUMERIC: a JSON number, or the text as typed (\"5.200\" is 5200, \"24,8\" is 24.8)")
        AnswerNumber value,
        @Schema(description = "SHORT_ANSWER") @Size(max = 500) String text) {

    @JsonIgnore
    @AssertTrue(message = "give exactly one of optionIds, order, pairs, value, text")
    public boolean isExactlyOneAnswer() {
        return Stream.of(optionIds, order, pairs, value, text).filter(java.util.Objects::nonNull).count() == 1;
    }

    /** The answer in this attempt's client ids, read against its question by the grading engine. */
    public AnswerInput toInput() {
        if (optionIds != null) {
            return new AnswerInput.Choice(optionIds);
        }
        if (order != null) {
            return new AnswerInput.Order(order);
        }
        if (pairs != null) {
            return new AnswerInput.Pairs(pairs);
        }
        if (value != null) {
            return value.input();
        }
        return new AnswerInput.Text(text);
    }
}
