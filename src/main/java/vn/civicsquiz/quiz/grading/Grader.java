package vn.civicsquiz.quiz.grading;

import vn.civicsquiz.content.text.TextNormaliser;

import vn.civicsquiz.question.QuestionKind;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The one scoring rule: how much of a question's mark an answer earns. Pure: no database, no clock.
 *
 * <p>Option weights count as the teacher wrote them (Moodle's rules): a wrong option of a one-answer question
 * weighted {@code %50%} earns half; a MULTIPLE question with weights earns the sum of the chosen options' weights,
 * between 0 and 1 (without weights it is all or nothing); a SHORT_ANSWER earns the weight of the accepted answer
 * it matches. ORDERING, MATCHING, NUMERIC and TRUE_FALSE are right or wrong.
 */
public final class Grader {

    private Grader() {
    }

    /** @throws InvalidAnswer when the answer does not fit the question ({@link ResponseCheck}) */
    public static Credit credit(GradingKey key, LearnerResponse response) {
        ResponseCheck.check(key, response);
        return switch (key.kind()) {
            case SINGLE, NEGATIVE, TRUE_FALSE, MULTIPLE -> choiceCredit(key, (LearnerResponse.Choice) response);
            case ORDERING -> Credit.of(orderCorrect(key, (LearnerResponse.Order) response));
            case MATCHING -> Credit.of(pairsCorrect(key, (LearnerResponse.Pairs) response));
            case NUMERIC -> Credit.of(numberCorrect(key, ((LearnerResponse.Numeric) response).value()));
            case SHORT_ANSWER -> textCredit(key, ((LearnerResponse.Text) response).text());
        };
    }

    /** Right means full credit. */
    public static boolean isCorrect(GradingKey key, LearnerResponse response) {
        return credit(key, response).full();
    }

    private static Credit choiceCredit(GradingKey key, LearnerResponse.Choice choice) {
        if (key.weighted()) {
            BigDecimal sum = choice.optionIds().stream().map(id -> key.option(id).orElseThrow().weight())
                    .filter(Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add);
            return Credit.ofPercent(sum);
        }
        Set<Long> correct = key.options().stream().filter(GradingKey.KeyOption::correct)
                .map(GradingKey.KeyOption::id).collect(Collectors.toSet());
        if (!correct.isEmpty() && Set.copyOf(choice.optionIds()).equals(correct)) {
            return Credit.FULL;
        }
        if (key.kind() == QuestionKind.MULTIPLE) {
            return Credit.NONE;
        }
        BigDecimal weight = key.option(choice.optionIds().get(0)).orElseThrow().weight();
        return weight == null ? Credit.NONE : Credit.ofPercent(weight);
    }

    /** Positions read in the learner's order must never go down (equal positions may come in either order). */
    private static boolean orderCorrect(GradingKey key, LearnerResponse.Order order) {
        int previous = Integer.MIN_VALUE;
        for (Long id : order.optionIds()) {
            Integer position = key.option(id).orElseThrow().position();
            if (position == null || position < previous) {
                return false;
            }
            previous = position;
        }
        return true;
    }

    /** Every left item's chosen right-hand text must be its own match (compared as text, so duplicates are fine). */
    private static boolean pairsCorrect(GradingKey key, LearnerResponse.Pairs pairs) {
        for (Map.Entry<Long, Long> pair : pairs.pairs().entrySet()) {
            String expected = key.option(pair.getKey()).orElseThrow().match();
            String chosen = key.choice(pair.getValue()).orElseThrow().match();
            if (expected == null || !TextNormaliser.fold(expected).equals(TextNormaliser.fold(chosen))) {
                return false;
            }
        }
        return true;
    }

    private static boolean numberCorrect(GradingKey key, BigDecimal value) {
        if (key.numericAnswer() == null) {
            return false;
        }
        BigDecimal tolerance = key.tolerance() == null ? BigDecimal.ZERO : key.tolerance().abs();
        return value.subtract(key.numericAnswer()).abs().compareTo(tolerance) <= 0;
    }

    /**
     * The best-weighted accepted answer the text matches (an accepted answer without a weight earns full credit).
     * Case, spacing, tone placement and surrounding punctuation do not matter; diacritics do.
     */
    private static Credit textCredit(GradingKey key, String text) {
        String given = comparable(text);
        return key.options().stream().filter(GradingKey.KeyOption::correct)
                .filter(o -> comparable(o.text()).equals(given))
                .map(o -> o.weight() == null ? Credit.FULL : Credit.ofPercent(o.weight()))
                .max(Credit::compareTo).orElse(Credit.NONE);
    }

    /** The form in which a typed short answer is compared with the accepted ones. */
    public static String comparable(String text) {
        return TextNormaliser.fold(text).replaceAll("^[\\p{P}\\s]+|[\\p{P}\\s]+$", "");
    }
}
