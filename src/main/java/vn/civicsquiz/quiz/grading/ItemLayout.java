package vn.civicsquiz.quiz.grading;

import java.util.ArrayList;
import vn.civicsquiz.platform.problem.Say;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How one question is laid out for one learner: the options (and MATCHING choices) in the order shown, and the ids
 * the client sees for them. A client id is the place of the option in that order (1, 2, …), and the order is
 * drawn at random for each attempt, so an id says nothing about the answer: not which option is right, not which
 * choice matches which left-hand item (left items and choices are numbered in two separate random orders). The
 * stored key and stored answers keep the options' database ids; this class translates between the two.
 */
public final class ItemLayout {

    private final GradingKey key;
    private final List<Long> optionOrder;
    private final List<Long> choiceOrder;

    /**
     * @param optionOrder database ids of the options in display order (MATCHING: the left-hand items)
     * @param choiceOrder database ids of the MATCHING options whose right-hand text is a choice, in display order
     */
    public ItemLayout(GradingKey key, List<Long> optionOrder, List<Long> choiceOrder) {
        this.key = key;
        this.optionOrder = List.copyOf(optionOrder);
        this.choiceOrder = List.copyOf(choiceOrder);
    }

    public GradingKey key() {
        return key;
    }

    /** Database option ids in display order. */
    public List<Long> optionOrder() {
        return optionOrder;
    }

    public List<Long> choiceOrder() {
        return choiceOrder;
    }

    /** The client id of a displayed option (1-based place in the display order). */
    public long clientOptionId(long optionId) {
        return optionOrder.indexOf(optionId) + 1L;
    }

    public long clientChoiceId(long optionId) {
        return choiceOrder.indexOf(optionId) + 1L;
    }

    /**
     * The key as the client sees it: ids and choice ids are client ids; options not shown (accepted short
     * answers, which are never shown) get ids no client can name.
     */
    public GradingKey clientKey() {
        List<GradingKey.KeyOption> options = new ArrayList<>();
        long hidden = -1;
        for (GradingKey.KeyOption o : key.options()) {
            long id = optionOrder.contains(o.id()) ? clientOptionId(o.id()) : hidden--;
            long choice = choiceOrder.contains(o.id()) ? clientChoiceId(o.id()) : hidden--;
            options.add(new GradingKey.KeyOption(id, o.text(), o.correct(), o.position(), o.match(), choice, o.weight()));
        }
        return new GradingKey(key.kind(), options, key.numericAnswer(), key.tolerance());
    }

    /**
     * A response in client ids, in database ids.
     *
     * @throws InvalidAnswer answer_unknown_option for an id that is not shown in this layout
     */
    public LearnerResponse stored(LearnerResponse client) {
        if (client instanceof LearnerResponse.Choice c) {
            return new LearnerResponse.Choice(c.optionIds().stream().map(id -> option(id, "optionIds")).toList());
        }
        if (client instanceof LearnerResponse.Order o) {
            return new LearnerResponse.Order(o.optionIds().stream().map(id -> option(id, "order")).toList());
        }
        if (client instanceof LearnerResponse.Pairs p) {
            Map<Long, Long> pairs = new HashMap<>();
            p.pairs().forEach((left, choice) -> pairs.put(option(left, "pairs"), choiceOption(choice)));
            return new LearnerResponse.Pairs(pairs);
        }
        return client;
    }

    /** A stored response in client ids (ids no longer shown map to 0). */
    public LearnerResponse client(LearnerResponse stored) {
        if (stored instanceof LearnerResponse.Choice c) {
            return new LearnerResponse.Choice(c.optionIds().stream().map(this::clientOptionId).toList());
        }
        if (stored instanceof LearnerResponse.Order o) {
            return new LearnerResponse.Order(o.optionIds().stream().map(this::clientOptionId).toList());
        }
        if (stored instanceof LearnerResponse.Pairs p) {
            Map<Long, Long> pairs = new LinkedHashMap<>();
            p.pairs().forEach((left, choice) -> pairs.put(clientOptionId(left), clientChoiceId(choice)));
            return new LearnerResponse.Pairs(pairs);
        }
        return stored;
    }

    private long option(Long clientId, String field) {
        if (clientId == null || clientId < 1 || clientId > optionOrder.size()) {
            throw new InvalidAnswer(field, "answer_unknown_option",
                    new Say("Phương án " + clientId + " không thuộc câu hỏi này",
                            "Option " + clientId + " is not an option of this question"));
        }
        return optionOrder.get((int) (clientId - 1));
    }

    private long choiceOption(Long clientId) {
        if (clientId == null || clientId < 1 || clientId > choiceOrder.size()) {
            throw new InvalidAnswer("pairs", "answer_unknown_option",
                    new Say("Lựa chọn " + clientId + " không thuộc câu hỏi này",
                            "Choice " + clientId + " is not a choice of this question"));
        }
        return choiceOrder.get((int) (clientId - 1));
    }
}
