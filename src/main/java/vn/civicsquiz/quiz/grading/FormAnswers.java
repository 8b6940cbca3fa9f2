package vn.civicsquiz.quiz.grading;

import vn.civicsquiz.question.QuestionKind;
import vn.civicsquiz.platform.problem.Say;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads an answer from the question form. Field names are fixed so that no JavaScript is needed: {@code option}
 * (radios and checkboxes), {@code pos} ("optionId:position", one select per item), {@code pair}
 * ("leftId:choiceId", one select per left item), {@code value} (read by {@link NumberReader} with its question) and {@code text}.
 */
public final class FormAnswers {

    private FormAnswers() {
    }

    public static AnswerInput parse(QuestionKind kind, List<String> options, List<String> positions,
                                        List<String> pairs, String value, String text) {
        return switch (kind) {
            case SINGLE, NEGATIVE, TRUE_FALSE, MULTIPLE -> new AnswerInput.Choice(ids(options, kind));
            case ORDERING -> order(positions);
            case MATCHING -> new AnswerInput.Pairs(pairs(pairs));
            case NUMERIC -> new AnswerInput.Number(value, false);
            case SHORT_ANSWER -> new AnswerInput.Text(text == null ? "" : text);
        };
    }

    private static List<Long> ids(List<String> values, QuestionKind kind) {
        List<Long> ids = new ArrayList<>();
        for (String v : values == null ? List.<String>of() : values) {
            ids.add(parseId(v, "optionIds"));
        }
        if (ids.isEmpty()) {
            throw kind == QuestionKind.MULTIPLE
                    ? new InvalidAnswer("optionIds", "answer_choose_some",
                            new Say("Hãy chọn ít nhất một phương án", "Choose at least one option"))
                    : new InvalidAnswer("optionIds", "answer_choose_one",
                            new Say("Hãy chọn một phương án", "Choose one option"));
        }
        return ids;
    }

    /** Items sorted by the position chosen for each; every position must be chosen once. */
    private static AnswerInput.Order order(List<String> values) {
        Map<Long, Integer> positions = new HashMap<>();
        for (String v : values == null ? List.<String>of() : values) {
            String[] parts = v.split(":", 2);
            if (parts.length < 2 || parts[1].isBlank()) {
                throw new InvalidAnswer("order", "answer_order_incomplete",
                        new Say("Mỗi mục cần một vị trí", "Every item needs a position"));
            }
            positions.put(parseId(parts[0], "order"), (int) parseId(parts[1], "order"));
        }
        if (positions.isEmpty() || positions.values().stream().distinct().count() != positions.size()) {
            throw new InvalidAnswer("order", "answer_order_incomplete",
                    new Say("Mỗi mục cần một vị trí khác nhau", "Every item needs a different position"));
        }
        return new AnswerInput.Order(positions.entrySet().stream().sorted(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey).toList());
    }

    private static Map<Long, Long> pairs(List<String> values) {
        Map<Long, Long> pairs = new HashMap<>();
        for (String v : values == null ? List.<String>of() : values) {
            String[] parts = v.split(":", 2);
            if (parts.length == 2 && !parts[1].isBlank()) {
                pairs.put(parseId(parts[0], "pairs"), parseId(parts[1], "pairs"));
            }
        }
        return pairs;
    }

    private static long parseId(String value, String field) {
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidAnswer(field, "answer_wrong_shape",
                    new Say("Không phải một mã số: " + value, "Not an id: " + value));
        }
    }
}
