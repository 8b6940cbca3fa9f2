package vn.civicsquiz.quiz;

import vn.civicsquiz.quiz.grading.AnswerText;
import vn.civicsquiz.quiz.grading.GradingKey;
import vn.civicsquiz.quiz.grading.LearnerResponse;
import vn.civicsquiz.quiz.grading.ResponseCodec;
import vn.civicsquiz.question.Question;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/** Builds {@link ItemView}s from an item, its question (with options) and the stored answer. Pure. */
public final class ItemViews {

    private ItemViews() {
    }

    /**
     * @param answer      the stored answer, or null
     * @param reveal      whether the right answer and explanation may be shown
     * @param firstFactId the fact the source link points at, or null
     */
    public static ItemView of(AttemptItem item, AttemptAnswer answer, boolean reveal, String firstFactId) {
        Question q = item.question;
        GradingKey key = GradingKey.of(q);
        LearnerResponse response = answer == null ? null : ResponseCodec.read(answer.response);
        boolean showMarks = reveal && answer != null;
        List<ItemView.OptionView> options = item.optionIds().stream()
                .map(id -> key.option(id).orElseThrow())
                .map(o -> option(o, response, showMarks)).toList();
        List<ItemView.ChoiceView> choices = item.choiceIds().stream()
                .map(id -> key.option(id).orElseThrow())
                .map(o -> new ItemView.ChoiceView(o.id(), o.match())).toList();
        List<String> given = response == null ? List.of() : AnswerText.given(key, response);
        ItemView.Feedback feedback = reveal ? new ItemView.Feedback(answer != null && answer.correct,
                AnswerText.rightAnswer(key), q.explanation, q.quote, sourceUrl(q.sourceId, firstFactId)) : null;
        return new ItemView(item.attemptId, item.position, q.id, q.kind, q.stem, options, choices, answer != null,
                given, feedback);
    }

    public static String sourceUrl(String sourceId, String factId) {
        if (sourceId == null || sourceId.isBlank()) {
            return null;
        }
        String url = "/sources/" + URLEncoder.encode(sourceId, StandardCharsets.UTF_8);
        return factId == null ? url : url + "#fact-" + URLEncoder.encode(factId, StandardCharsets.UTF_8);
    }

    private static ItemView.OptionView option(GradingKey.KeyOption o, LearnerResponse response, boolean showMarks) {
        boolean chosen = response instanceof LearnerResponse.Choice c && c.optionIds().contains(o.id());
        int position = response instanceof LearnerResponse.Order order ? order.optionIds().indexOf(o.id()) + 1 : 0;
        long choice = 0;
        if (response instanceof LearnerResponse.Pairs pairs) {
            Map<Long, Long> map = pairs.pairs();
            choice = map.getOrDefault(o.id(), 0L);
        }
        String mark = !showMarks || !(response instanceof LearnerResponse.Choice) ? ""
                : o.correct() ? "correct" : chosen ? "wrong" : "";
        return new ItemView.OptionView(o.id(), o.text(), chosen, position, choice, mark);
    }
}
