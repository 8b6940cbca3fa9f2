package vn.civicsquiz.quiz.grading;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Human-readable lines for the right answer and for what the learner answered, per question kind. */
public final class AnswerText {

    private AnswerText() {
    }

    public static List<String> rightAnswer(GradingKey key) {
        return switch (key.kind()) {
            case SINGLE, NEGATIVE, TRUE_FALSE, MULTIPLE, SHORT_ANSWER -> key.options().stream()
                    .filter(GradingKey.KeyOption::correct).map(GradingKey.KeyOption::text).toList();
            case ORDERING -> numbered(key.options().stream()
                    .sorted(Comparator.comparing(o -> o.position() == null ? Integer.MAX_VALUE : o.position()))
                    .map(GradingKey.KeyOption::text).toList());
            case MATCHING -> key.leftItems().stream().map(o -> o.text() + " → " + o.match()).toList();
            case NUMERIC -> List.of(number(key.numericAnswer()) + tolerance(key.tolerance()));
        };
    }

    public static List<String> given(GradingKey key, LearnerResponse response) {
        if (response instanceof LearnerResponse.Choice choice) {
            return choice.optionIds().stream().map(id -> textOf(key, id)).toList();
        }
        if (response instanceof LearnerResponse.Order order) {
            return numbered(order.optionIds().stream().map(id -> textOf(key, id)).toList());
        }
        if (response instanceof LearnerResponse.Pairs pairs) {
            return key.leftItems().stream().filter(o -> pairs.pairs().containsKey(o.id()))
                    .map(o -> o.text() + " → " + key.choice(pairs.pairs().get(o.id())).map(c -> c.match()).orElse("?"))
                    .toList();
        }
        if (response instanceof LearnerResponse.Numeric numeric) {
            return List.of(number(numeric.value()));
        }
        return List.of(((LearnerResponse.Text) response).text());
    }

    /** Vietnamese number style: "1.200", "2,5". */
    public static String number(BigDecimal value) {
        if (value == null) {
            return "";
        }
        String plain = value.stripTrailingZeros().toPlainString();
        String sign = plain.startsWith("-") ? "-" : "";
        String digits = sign.isEmpty() ? plain : plain.substring(1);
        int dot = digits.indexOf('.');
        String whole = dot < 0 ? digits : digits.substring(0, dot);
        String fraction = dot < 0 ? "" : "," + digits.substring(dot + 1);
        StringBuilder grouped = new StringBuilder(whole);
        for (int i = whole.length() - 3; i > 0; i -= 3) {
            grouped.insert(i, '.');
        }
        return sign + grouped + fraction;
    }

    private static String tolerance(BigDecimal tolerance) {
        return tolerance == null || tolerance.signum() == 0 ? "" : " (± " + number(tolerance) + ")";
    }

    private static String textOf(GradingKey key, long id) {
        return key.option(id).map(GradingKey.KeyOption::text).orElse("?");
    }

    private static List<String> numbered(List<String> texts) {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            lines.add((i + 1) + ". " + texts.get(i));
        }
        return lines;
    }
}
