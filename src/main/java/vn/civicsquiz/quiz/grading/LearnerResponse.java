package vn.civicsquiz.quiz.grading;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** A learner's answer to one question, in the shape its kind asks for. Stored as JSON with its type name. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
        @JsonSubTypes.Type(value = LearnerResponse.Choice.class, name = "choice"),
        @JsonSubTypes.Type(value = LearnerResponse.Order.class, name = "order"),
        @JsonSubTypes.Type(value = LearnerResponse.Pairs.class, name = "pairs"),
        @JsonSubTypes.Type(value = LearnerResponse.Numeric.class, name = "numeric"),
        @JsonSubTypes.Type(value = LearnerResponse.Text.class, name = "text")})
public sealed interface LearnerResponse {

    /** Chosen option ids (SINGLE, NEGATIVE, TRUE_FALSE, MULTIPLE). */
    record Choice(List<Long> optionIds) implements LearnerResponse {
        public Choice {
            optionIds = List.copyOf(optionIds);
        }
    }

    /** Every option id, first to last (ORDERING). */
    record Order(List<Long> optionIds) implements LearnerResponse {
        public Order {
            optionIds = List.copyOf(optionIds);
        }
    }

    /** Left-hand option id -> id of the option whose right-hand text was chosen (MATCHING). */
    record Pairs(Map<Long, Long> pairs) implements LearnerResponse {
        public Pairs {
            pairs = Map.copyOf(pairs);
        }
    }

    record Numeric(BigDecimal value) implements LearnerResponse {
    }

    record Text(String text) implements LearnerResponse {
    }
}
