package vn.civicsquiz.quiz;

import vn.civicsquiz.question.Question;
import vn.civicsquiz.quiz.grading.Credit;
import vn.civicsquiz.quiz.grading.AnswerText;
import vn.civicsquiz.question.QuestionOption;
import vn.civicsquiz.quiz.grading.Grader;
import vn.civicsquiz.quiz.grading.GradingKey;
import vn.civicsquiz.quiz.grading.ItemLayout;
import vn.civicsquiz.quiz.grading.LearnerResponse;
import vn.civicsquiz.quiz.grading.Marks;
import vn.civicsquiz.quiz.grading.ResponseCodec;

import java.math.BigDecimal;
import java.util.List;

/** Builds {@link ItemView}s from an item, its question (with options) and the stored answer. Pure. */
public final class ItemViews {

    private ItemViews() {
    }

    /**
     * @param answer   the stored answer, or null
     * @param reveal   whether the right answer and explanation may be shown
     * @param passages the passages of the facts the question tests (empty: the question's own quote)
     */
    public static ItemView of(AttemptItem item, AttemptAnswer answer, boolean reveal, List<Passage> passages) {
        Question q = item.question;
        ItemLayout layout = item.layout();
        GradingKey key = layout.key();
        LearnerResponse stored = answer == null ? null : ResponseCodec.read(answer.response);
        boolean showMarks = reveal && answer != null;
        List<ItemView.OptionView> options = layout.optionOrder().stream()
                .map(id -> key.option(id).orElseThrow())
                .map(o -> option(layout, o, stored, showMarks)).toList();
        List<ItemView.ChoiceView> choices = layout.choiceOrder().stream()
                .map(id -> key.option(id).orElseThrow())
                .map(o -> new ItemView.ChoiceView(layout.clientChoiceId(o.id()), o.match())).toList();
        List<String> given = stored == null ? List.of() : AnswerText.given(key, stored);
        ItemView.Feedback feedback = reveal ? feedback(q, key, answer, passages, optionFeedback(q, stored)) : null;
        return new ItemView(item.attemptId, item.position, q.id, q.kind, q.stem, tolerance(q), options, choices,
                answer != null, given, feedback);
    }

    private static ItemView.Feedback feedback(Question q, GradingKey key, AttemptAnswer answer,
                                              List<Passage> passages, List<ItemView.OptionFeedback> optionFeedback) {
        List<Passage> shown = passages == null || passages.isEmpty()
                ? (q.quote == null ? List.of() : List.of(Passage.of(null, q.sourceId, q.quote))) : passages;
        Passage first = shown.isEmpty() ? null : shown.get(0);
        return new ItemView.Feedback(answer != null && answer.correct, AnswerText.rightAnswer(key), q.explanation,
                first == null ? q.quote : first.quote(), first == null ? null : first.url(), shown, optionFeedback,
                answer == null ? 0 : new Credit(answer.credit).percent());
    }

    /**
     * The feedback the teacher wrote on what the learner answered: each chosen option's, or the accepted short
     * answer's that the typed text matches (as graded). Other kinds carry no per-answer feedback.
     */
    static List<ItemView.OptionFeedback> optionFeedback(Question q, LearnerResponse stored) {
        List<QuestionOption> answered;
        if (stored instanceof LearnerResponse.Choice choice) {
            answered = choice.optionIds().stream().flatMap(id -> q.options.stream().filter(o -> id.equals(o.id)))
                    .toList();
        } else if (stored instanceof LearnerResponse.Text text) {
            String given = Grader.comparable(text.text());
            answered = q.options.stream().filter(o -> Grader.comparable(o.text).equals(given)).limit(1).toList();
        } else {
            answered = List.of();
        }
        return answered.stream().filter(o -> o.feedback != null && !o.feedback.isBlank())
                .map(o -> new ItemView.OptionFeedback(o.text, o.feedback)).toList();
    }

    /** The tolerance of a NUMERIC question, unless its stem states it ("±") already. */
    static String tolerance(Question q) {
        BigDecimal t = q.tolerance;
        if (t == null || t.signum() == 0 || q.stem.contains("±")) {
            return null;
        }
        return AnswerText.number(t.abs());
    }

    public static String sourceUrl(String sourceId, String factId) {
        return Passage.url(sourceId, factId);
    }

    private static ItemView.OptionView option(ItemLayout layout, GradingKey.KeyOption o, LearnerResponse stored,
                                              boolean showMarks) {
        boolean chosen = stored instanceof LearnerResponse.Choice c && c.optionIds().contains(o.id());
        int position = stored instanceof LearnerResponse.Order order ? order.optionIds().indexOf(o.id()) + 1 : 0;
        long choice = 0;
        if (stored instanceof LearnerResponse.Pairs pairs && pairs.pairs().containsKey(o.id())) {
            choice = layout.clientChoiceId(pairs.pairs().get(o.id()));
        }
        String mark = showMarks ? Marks.of(o, stored) : "";
        return new ItemView.OptionView(layout.clientOptionId(o.id()), o.text(), chosen, position, choice, mark);
    }
}
