package vn.civicsquiz.quiz.grading;

import java.util.List;
import java.util.Map;

/**
 * An answer as a client sends it, before it is read against its question: option ids are client ids (see
 * {@link ItemLayout}) and a number is still the text typed or sent. Forms ({@link FormAnswers}) and the JSON API
 * both produce one; {@link AnswerReader} turns it into the {@link LearnerResponse} that is graded and stored.
 */
public sealed interface AnswerInput {

    record Choice(List<Long> optionIds) implements AnswerInput {
        public Choice {
            optionIds = List.copyOf(optionIds);
        }
    }

    record Order(List<Long> optionIds) implements AnswerInput {
        public Order {
            optionIds = List.copyOf(optionIds);
        }
    }

    /** Left-hand item id -> right-hand choice id. */
    record Pairs(Map<Long, Long> pairs) implements AnswerInput {
        public Pairs {
            pairs = Map.copyOf(pairs);
        }
    }

    /**
     * @param text       as typed or sent
     * @param jsonNumber true for a JSON number (read exactly, "." is its decimal point), false for typed text
     *                   (read the Vietnamese way by {@link NumberReader})
     */
    record Number(String text, boolean jsonNumber) implements AnswerInput {
    }

    record Text(String text) implements AnswerInput {
    }

    /** The input a client holding this response in client ids would send (a number as an exact JSON number). */
    static AnswerInput of(LearnerResponse client) {
        if (client instanceof LearnerResponse.Choice c) {
            return new Choice(c.optionIds());
        }
        if (client instanceof LearnerResponse.Order o) {
            return new Order(o.optionIds());
        }
        if (client instanceof LearnerResponse.Pairs p) {
            return new Pairs(p.pairs());
        }
        if (client instanceof LearnerResponse.Numeric n) {
            return new Number(n.value() == null ? null : n.value().toPlainString(), true);
        }
        return new Text(((LearnerResponse.Text) client).text());
    }
}
