package vn.civicsquiz.quiz.grading;

import vn.civicsquiz.content.text.TextNormaliser;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Decides whether an answer is right. Pure: no database, no clock. Call {@link ResponseCheck#check} first. */
public final class Grader {

    private Grader() {
    }

    public static boolean isCorrect(GradingKey key, LearnerResponse response) {
        ResponseCheck.check(key, response);
        return switch (key.kind()) {
            case SINGLE, NEGATIVE, TRUE_FALSE, MULTIPLE -> choiceCorrect(key, (LearnerResponse.Choice) response);
            case ORDERING -> orderCorrect(key, (LearnerResponse.Order) response);
            case MATCHING -> pairsCorrect(key, (LearnerResponse.Pairs) response);
            case NUMERIC -> numberCorrect(key, ((LearnerResponse.Numeric) response).value());
            case SHORT_ANSWER -> textCorrect(key, ((LearnerResponse.Text) response).text());
        };
    }

    /** The chosen set must equal the set of correct options (one for single-answer kinds). */
    private static boolean choiceCorrect(GradingKey key, LearnerResponse.Choice choice) {
        Set<Long> correct = key.options().stream().filter(GradingKey.KeyOption::correct)
                .map(GradingKey.KeyOption::id).collect(Collectors.toSet());
        return !correct.isEmpty() && Set.copyOf(choice.optionIds()).equals(correct);
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

    /** Case, spacing, tone placement and surrounding punctuation do not matter; diacritics do. */
    private static boolean textCorrect(GradingKey key, String text) {
        String given = comparable(text);
        List<String> accepted = key.options().stream().filter(GradingKey.KeyOption::correct)
                .map(o -> comparable(o.text())).toList();
        return accepted.contains(given);
    }

    /** The form in which a typed short answer is compared with the accepted ones. */
    public static String comparable(String text) {
        return TextNormaliser.fold(text).replaceAll("^[\\p{P}\\s]+|[\\p{P}\\s]+$", "");
    }
}
