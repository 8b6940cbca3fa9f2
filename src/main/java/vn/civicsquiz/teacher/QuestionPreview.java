package vn.civicsquiz.teacher;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.IntStream;
import vn.civicsquiz.quiz.ItemView;

/**
 * A question as a learner is shown it before answering, for the teacher's preview (drafts included): the console's
 * preview and {@code GET /api/v1/questions/{id}/preview}. Options are in their stored order; a quiz shows them in
 * an order of its own.
 */
public final class QuestionPreview {

    private QuestionPreview() {
    }

    public static ItemView of(QuestionView q) {
        List<ItemView.OptionView> options = IntStream.range(0, q.options().size())
                .mapToObj(i -> new ItemView.OptionView(i + 1, q.options().get(i).text(), false, 0, 0, "")).toList();
        List<ItemView.ChoiceView> choices = IntStream.range(0, q.options().size())
                .filter(i -> q.options().get(i).match() != null)
                .mapToObj(i -> new ItemView.ChoiceView(i + 1, q.options().get(i).match())).toList();
        return new ItemView(0, 1, q.id(), q.kind(), q.stem(), tolerance(q), options, choices, false, List.of(), null);
    }

    private static String tolerance(QuestionView q) {
        BigDecimal t = q.tolerance();
        if (t == null || t.signum() == 0 || q.stem().contains("±")) {
            return null;
        }
        return t.stripTrailingZeros().toPlainString().replace('.', ',');
    }
}
