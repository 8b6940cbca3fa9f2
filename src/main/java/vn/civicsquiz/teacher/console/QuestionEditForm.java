package vn.civicsquiz.teacher.console;

import java.math.BigDecimal;
import vn.civicsquiz.platform.problem.Say;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import vn.civicsquiz.platform.problem.Problem;
import vn.civicsquiz.platform.problem.ProblemException;
import vn.civicsquiz.teacher.QuestionInput;
import vn.civicsquiz.teacher.QuestionView;

/**
 * The fields of the edit form, as stored or as the teacher sent them (so a refused edit shows them again). Options
 * keep their number and kind-specific parts (position, match); the form changes their text, right, weight, feedback.
 */
public record QuestionEditForm(int version, String stem, String explanation, String topic, String set, String tags,
                               List<OptionFields> options) {

    public record OptionFields(int index, String text, boolean correct, String weight, String feedback) {
    }

    static QuestionEditForm of(QuestionView q) {
        List<OptionFields> options = new ArrayList<>();
        for (int i = 0; i < q.options().size(); i++) {
            QuestionView.OptionView o = q.options().get(i);
            options.add(new OptionFields(i, o.text(), o.correct(),
                    o.weight() == null ? "" : o.weight().stripTrailingZeros().toPlainString(),
                    o.feedback() == null ? "" : o.feedback()));
        }
        return new QuestionEditForm(q.version(), q.stem(), q.explanation() == null ? "" : q.explanation(), q.topic(),
                q.set() == null ? "" : String.valueOf(q.set()), String.join(", ", q.tags()), options);
    }

    static QuestionEditForm sent(String version, String stem, String explanation, String topic, String set,
                                 String tags, List<String> texts, List<String> correct, List<String> weights,
                                 List<String> feedbacks) {
        List<OptionFields> options = new ArrayList<>();
        List<String> right = correct == null ? List.of() : correct;
        for (int i = 0; texts != null && i < texts.size(); i++) {
            options.add(new OptionFields(i, texts.get(i), right.contains(String.valueOf(i)), at(weights, i),
                    at(feedbacks, i)));
        }
        return new QuestionEditForm(ConsoleForms.number(version, -1, 0, Integer.MAX_VALUE, "version"),
                nullToEmpty(stem), nullToEmpty(explanation), nullToEmpty(topic), nullToEmpty(set), nullToEmpty(tags),
                options);
    }

    /** The stored question with this form's changes, as the API's update takes it. */
    QuestionInput toInput(QuestionView stored) {
        if (options.size() != stored.options().size()) {
            throw ProblemException.badRequest(new Say("Các phương án không khớp với câu hỏi",
                    "The options do not match the question's"), ProblemException.fault("options",
                    "đúng " + stored.options().size() + " phương án", "exactly " + stored.options().size() + " options"));
        }
        List<QuestionInput.OptionInput> changed = new ArrayList<>();
        for (int i = 0; i < options.size(); i++) {
            QuestionView.OptionView was = stored.options().get(i);
            OptionFields now = options.get(i);
            changed.add(new QuestionInput.OptionInput(now.text(), now.correct(), was.position(), was.match(),
                    weight(now.weight(), i), blankToNull(now.feedback())));
        }
        List<String> tagList = Arrays.stream(tags.split(",")).map(String::strip).filter(t -> !t.isEmpty())
                .collect(Collectors.toList());
        return new QuestionInput(stored.kind(), topic, stored.title(), stem, changed, stored.numericAnswer(),
                stored.tolerance(), blankToNull(explanation), stored.difficulty(), stored.factIds(), stored.sourceId(),
                stored.quote(), stored.status(), version < 0 ? null : version, ConsoleForms.id(set, "set"), tagList);
    }

    private static BigDecimal weight(String text, int index) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(text.strip().replace(',', '.'));
        } catch (NumberFormatException e) {
            throw ProblemException.badRequest(new Say("Trọng số không hợp lệ", "Invalid weight"),
                    ProblemException.fault("options[" + index + "].weight", "cần một số", "expected a number"));
        }
    }

    private static String at(List<String> values, int i) {
        return values == null || i >= values.size() ? "" : values.get(i);
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
