package vn.civicsquiz.quiz.grading;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/** Decides, once per attempt item (and per study question), the order in which options (and MATCHING choices) are shown. */
public final class OptionShuffler {

    /** Option ids in display order, and for MATCHING the right-hand choice ids in display order. */
    public record Orders(List<Long> options, List<Long> choices) {
    }

    private OptionShuffler() {
    }

    public static Orders orders(GradingKey key, Random random) {
        return switch (key.kind()) {
            // the accepted answers of a short-answer question are never shown
            case NUMERIC, SHORT_ANSWER -> new Orders(List.of(), List.of());
            case MATCHING -> new Orders(shuffled(ids(key.leftItems()), random), shuffled(ids(key.choices()), random));
            case ORDERING -> new Orders(shuffledAwayFromAnswer(key, random), List.of());
            // "Đúng" and "Sai" too: a fixed order would let "always the first" score the bank's share of true statements
            case SINGLE, MULTIPLE, NEGATIVE, TRUE_FALSE -> new Orders(shuffled(ids(key.options()), random), List.of());
        };
    }

    /** An ordering question shown already in the right order would answer itself. */
    private static List<Long> shuffledAwayFromAnswer(GradingKey key, Random random) {
        List<Long> ids = ids(key.options());
        List<Long> solved = key.options().stream()
                .sorted(java.util.Comparator.comparing(o -> o.position() == null ? 0 : o.position()))
                .map(GradingKey.KeyOption::id).toList();
        List<Long> order = shuffled(ids, random);
        for (int tries = 0; tries < 10 && order.size() > 1 && order.equals(solved); tries++) {
            order = shuffled(ids, random);
        }
        if (order.size() > 1 && order.equals(solved)) {
            order = new ArrayList<>(solved);
            Collections.reverse(order);
        }
        return order;
    }

    private static List<Long> ids(List<GradingKey.KeyOption> options) {
        return options.stream().map(GradingKey.KeyOption::id).toList();
    }

    private static List<Long> shuffled(List<Long> ids, Random random) {
        List<Long> copy = new ArrayList<>(ids);
        Collections.shuffle(copy, random);
        return List.copyOf(copy);
    }
}
