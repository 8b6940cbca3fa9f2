package vn.civicsquiz.generate;

import java.util.ArrayList;
import java.util.List;

import vn.civicsquiz.question.QuestionDraft;
import vn.civicsquiz.question.QuestionDraft.OptionDraft;
import vn.civicsquiz.question.QuestionKind;

/**
 * Spreads the correct option evenly over the positions of single-answer questions. Positions are dealt like cards
 * from a shuffled deck holding each position equally often, so no position is favoured and none is predictable.
 */
final class PositionBalancer {

    private PositionBalancer() {
    }

    static List<QuestionDraft> balance(List<QuestionDraft> bank, long seed) {
        List<Integer> targets = new ArrayList<>();
        List<QuestionDraft> out = new ArrayList<>(bank);
        List<Integer> balanced = new ArrayList<>();
        for (int i = 0; i < bank.size(); i++) {
            if (isSingleAnswer(bank.get(i))) {
                balanced.add(i);
            }
        }
        int optionCount = 4;
        for (int i = 0; i < balanced.size(); i++) {
            targets.add(i % optionCount);
        }
        List<Integer> deck = Dice.of(seed, "answer-positions").shuffled(targets);
        for (int i = 0; i < balanced.size(); i++) {
            int index = balanced.get(i);
            out.set(index, withCorrectAt(bank.get(index), deck.get(i), seed));
        }
        return out;
    }

    /** SINGLE and NEGATIVE with four options and one correct. */
    static boolean isSingleAnswer(QuestionDraft draft) {
        return (draft.kind() == QuestionKind.SINGLE || draft.kind() == QuestionKind.NEGATIVE)
                && draft.options().size() == 4
                && draft.options().stream().filter(OptionDraft::correct).count() == 1;
    }

    private static QuestionDraft withCorrectAt(QuestionDraft draft, int position, long seed) {
        OptionDraft correct = draft.options().stream().filter(OptionDraft::correct).findFirst().orElseThrow();
        List<OptionDraft> wrong = draft.options().stream().filter(o -> !o.correct()).toList();
        List<OptionDraft> options = new ArrayList<>(Dice.of(seed, "wrong-order/" + draft.stem()).shuffled(wrong));
        options.add(position, correct);
        return new QuestionDraft(draft.kind(), draft.topic(), draft.title(), draft.stem(), options,
                draft.numericAnswer(), draft.tolerance(), draft.explanation(), draft.difficulty(), draft.factIds(),
                draft.sourceId(), draft.quote());
    }
}
