package vn.civicsquiz.quiz.grading;

import org.junit.jupiter.api.Test;
import vn.civicsquiz.question.QuestionKind;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Plays many attempts as a client that knows nothing about the subject and reads only what it is sent: the client
 * ids and the order of the options (and choices). Whatever rule it applies to those, it scores at chance for every
 * kind, because the ids are places in an order drawn at random for each attempt. The keys are laid out the way the
 * generator stores them: the right option first, MATCHING choices in the order of their left items.
 */
class CheatingClientTest {

    static final int ATTEMPTS = 4000;
    /**
     * Layouts are drawn from a seeded generator so that the verdict is the same on every run: with a fresh seed, the
     * thirty-odd four-sigma checks would fail by chance about once in a few hundred runs. A rule that reads the
     * answer from ids scores far outside the bounds whatever the seed.
     */
    static final long SEED = 20_261_202L;

    static GradingKey.KeyOption opt(long id, String text, boolean correct, Integer position, String match) {
        return new GradingKey.KeyOption(id, text, correct, position, match);
    }

    static final GradingKey SINGLE = new GradingKey(QuestionKind.SINGLE, List.of(opt(101, "a", true, null, null),
            opt(102, "b", false, null, null), opt(103, "c", false, null, null), opt(104, "d", false, null, null)),
            null, null);
    static final GradingKey NEGATIVE = new GradingKey(QuestionKind.NEGATIVE, SINGLE.options(), null, null);
    static final GradingKey TRUE_FALSE = new GradingKey(QuestionKind.TRUE_FALSE, List.of(
            opt(201, "Đúng", true, null, null), opt(202, "Sai", false, null, null)), null, null);
    static final GradingKey MULTIPLE = new GradingKey(QuestionKind.MULTIPLE, List.of(opt(301, "a", true, null, null),
            opt(302, "b", true, null, null), opt(303, "c", false, null, null), opt(304, "d", false, null, null)),
            null, null);
    static final GradingKey ORDERING = new GradingKey(QuestionKind.ORDERING, List.of(opt(401, "1", false, 1, null),
            opt(402, "2", false, 2, null), opt(403, "3", false, 3, null)), null, null);
    static final GradingKey MATCHING = new GradingKey(QuestionKind.MATCHING, List.of(
            opt(501, "A", false, null, "x"), opt(502, "B", false, null, "y"), opt(503, "C", false, null, "z")),
            null, null);

    /** One cheating rule: from the client's view of an item (client key with the hidden parts unknown) to an answer. */
    record Strategy(String name, Function<View, LearnerResponse> play) {
    }

    /** What the client sees: option ids in display order and, for MATCHING, choice ids in display order. */
    record View(List<Long> options, List<Long> choices) {
    }

    static List<Strategy> strategies(QuestionKind kind) {
        return switch (kind) {
            case SINGLE, NEGATIVE, TRUE_FALSE -> List.of(
                    new Strategy("first shown", v -> new LearnerResponse.Choice(List.of(v.options().get(0)))),
                    new Strategy("last shown", v -> new LearnerResponse.Choice(List.of(v.options().get(v.options().size() - 1)))),
                    new Strategy("smallest id", v -> new LearnerResponse.Choice(List.of(v.options().stream().min(Long::compare).orElseThrow()))),
                    new Strategy("id 1", v -> new LearnerResponse.Choice(List.of(1L))));
            case MULTIPLE -> List.of(
                    new Strategy("first two shown", v -> new LearnerResponse.Choice(v.options().subList(0, 2))),
                    new Strategy("ids 1 and 2", v -> new LearnerResponse.Choice(List.of(1L, 2L))));
            case ORDERING -> List.of(
                    new Strategy("as shown", v -> new LearnerResponse.Order(v.options())),
                    new Strategy("ids ascending", v -> new LearnerResponse.Order(v.options().stream().sorted().toList())),
                    new Strategy("reversed", v -> new LearnerResponse.Order(reversed(v.options()))));
            case MATCHING -> List.of(
                    new Strategy("equal ids", v -> pairs(v, v.options())),
                    new Strategy("display order", v -> pairs(v, v.choices())),
                    new Strategy("sorted ids", v -> pairs(v, v.choices().stream().sorted().toList())));
            case NUMERIC, SHORT_ANSWER -> List.of();
        };
    }

    static LearnerResponse pairs(View v, List<Long> choices) {
        Map<Long, Long> pairs = new LinkedHashMap<>();
        for (int i = 0; i < v.options().size(); i++) {
            pairs.put(v.options().get(i), choices.get(i));
        }
        return new LearnerResponse.Pairs(pairs);
    }

    static List<Long> reversed(List<Long> ids) {
        List<Long> copy = new ArrayList<>(ids);
        java.util.Collections.reverse(copy);
        return copy;
    }

    /** The chance of a blind guess: 1/4, 1/2, 1/C(4,2), 1/(3!-1) (a solved order is never shown), 1/3!. */
    static double chance(GradingKey key) {
        return switch (key.kind()) {
            case SINGLE, NEGATIVE -> 1.0 / 4;
            case TRUE_FALSE -> 1.0 / 2;
            case MULTIPLE -> 1.0 / 6;
            case ORDERING -> 1.0 / 5;
            case MATCHING -> 1.0 / 6;
            default -> throw new IllegalArgumentException();
        };
    }

    @Test
    void everyRuleOverIdsAndOrderScoresAtChanceForEveryKind() {
        Random random = new Random(SEED);
        for (GradingKey key : List.of(SINGLE, NEGATIVE, TRUE_FALSE, MULTIPLE, ORDERING, MATCHING)) {
            for (Strategy strategy : strategies(key.kind())) {
                int right = 0;
                for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
                    OptionShuffler.Orders orders = OptionShuffler.orders(key, random);
                    ItemLayout layout = new ItemLayout(key, orders.options(), orders.choices());
                    GradingKey client = layout.clientKey();
                    View view = new View(orders.options().stream().map(layout::clientOptionId).toList(),
                            orders.choices().stream().map(layout::clientChoiceId).toList());
                    assertThat(client.options()).allSatisfy(o -> assertThat(o.id()).isBetween(-99L, 99L));
                    LearnerResponse played = strategy.play().apply(view);
                    if (Grader.isCorrect(key, layout.stored(played))) {
                        right++;
                    }
                }
                double rate = (double) right / ATTEMPTS;
                double p = chance(key);
                double fourSigma = 4 * Math.sqrt(p * (1 - p) / ATTEMPTS);
                if (key.kind() == QuestionKind.ORDERING && !strategy.name().equals("reversed")) {
                    // the order shown is never the solved one (it would answer itself): replaying it never scores
                    assertThat(right).as(key.kind() + " played by '" + strategy.name() + "'").isZero();
                } else {
                    assertThat(rate).as(key.kind() + " played by '" + strategy.name() + "'")
                            .isBetween(p - fourSigma, p + fourSigma);
                }
            }
        }
    }

    @Test
    void matchingChoiceIdsAreNumberedApartFromTheirLeftItems() {
        Random random = new Random(SEED);
        int same = 0;
        for (int i = 0; i < ATTEMPTS; i++) {
            OptionShuffler.Orders orders = OptionShuffler.orders(MATCHING, random);
            ItemLayout layout = new ItemLayout(MATCHING, orders.options(), orders.choices());
            GradingKey client = layout.clientKey();
            same += (int) client.leftItems().stream().filter(o -> o.id() == o.choiceId()).count();
        }
        // each of the three left items shares its number with its own choice one time in three
        assertThat((double) same / (3 * ATTEMPTS)).isBetween(1.0 / 3 - 0.04, 1.0 / 3 + 0.04);
    }

    @Test
    void aClientIdOfTheRightOptionIsAnyPlaceWithEqualChance() {
        Random random = new Random(SEED);
        int[] places = new int[5];
        for (int i = 0; i < ATTEMPTS; i++) {
            OptionShuffler.Orders orders = OptionShuffler.orders(SINGLE, random);
            ItemLayout layout = new ItemLayout(SINGLE, orders.options(), orders.choices());
            places[(int) layout.clientOptionId(101)]++;
        }
        for (int place = 1; place <= 4; place++) {
            assertThat((double) places[place] / ATTEMPTS).as("place " + place).isBetween(0.25 - 0.04, 0.25 + 0.04);
        }
    }
}
