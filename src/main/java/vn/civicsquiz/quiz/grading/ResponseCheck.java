package vn.civicsquiz.quiz.grading;

import vn.civicsquiz.question.QuestionKind;
import vn.civicsquiz.platform.problem.Say;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Checks that an answer has the shape its question's kind needs and names only that question's options. */
public final class ResponseCheck {

    static final int MAX_TEXT = 500;

    private ResponseCheck() {
    }

    /** @throws InvalidAnswer when the answer cannot be graded */
    public static void check(GradingKey key, LearnerResponse response) {
        switch (key.kind()) {
            case SINGLE, NEGATIVE, TRUE_FALSE, MULTIPLE -> checkChoice(key, response);
            case ORDERING -> checkOrder(key, response);
            case MATCHING -> checkPairs(key, response);
            case NUMERIC -> checkNumber(response);
            case SHORT_ANSWER -> checkText(response);
        }
    }

    private static void checkChoice(GradingKey key, LearnerResponse response) {
        if (!(response instanceof LearnerResponse.Choice choice)) {
            throw wrongShape(key.kind(), "optionIds");
        }
        knownOptions(key, choice.optionIds(), "optionIds");
        Set<Long> distinct = new HashSet<>(choice.optionIds());
        if (distinct.size() != choice.optionIds().size()) {
            throw new InvalidAnswer("optionIds", "answer_choose_one",
                    new Say("Một phương án được chọn hai lần", "An option is chosen twice"));
        }
        if (key.kind() == QuestionKind.MULTIPLE) {
            if (distinct.isEmpty()) {
                throw new InvalidAnswer("optionIds", "answer_choose_some",
                        new Say("Hãy chọn ít nhất một phương án", "Choose at least one option"));
            }
        } else if (distinct.size() != 1) {
            throw new InvalidAnswer("optionIds", "answer_choose_one",
                    new Say("Hãy chọn đúng một phương án", "Choose exactly one option"));
        }
    }

    private static void checkOrder(GradingKey key, LearnerResponse response) {
        if (!(response instanceof LearnerResponse.Order order)) {
            throw wrongShape(key.kind(), "order");
        }
        knownOptions(key, order.optionIds(), "order");
        Set<Long> all = key.options().stream().map(GradingKey.KeyOption::id).collect(Collectors.toSet());
        if (order.optionIds().size() != all.size() || !new HashSet<>(order.optionIds()).equals(all)) {
            throw new InvalidAnswer("order", "answer_order_incomplete",
                    new Say("Hãy liệt kê mỗi phương án đúng một lần, từ đầu đến cuối",
                            "List every option exactly once, first to last"));
        }
    }

    private static void checkPairs(GradingKey key, LearnerResponse response) {
        if (!(response instanceof LearnerResponse.Pairs pairs)) {
            throw wrongShape(key.kind(), "pairs");
        }
        Set<Long> left = key.leftItems().stream().map(GradingKey.KeyOption::id).collect(Collectors.toSet());
        Set<Long> choices = key.choices().stream().map(GradingKey.KeyOption::choiceId).collect(Collectors.toSet());
        for (Map.Entry<Long, Long> pair : pairs.pairs().entrySet()) {
            if (!left.contains(pair.getKey()) || pair.getValue() == null || !choices.contains(pair.getValue())) {
                throw new InvalidAnswer("pairs", "answer_unknown_option",
                        new Say("Cặp " + pair.getKey() + " -> " + pair.getValue() + " nêu một phương án của câu hỏi khác",
                                "Pair " + pair.getKey() + " -> " + pair.getValue()
                                        + " names an option of another question"));
            }
        }
        if (!pairs.pairs().keySet().equals(left)) {
            throw new InvalidAnswer("pairs", "answer_pairs_incomplete",
                    new Say("Hãy ghép mỗi mục bên trái với một lựa chọn", "Pair every left-hand item with a choice"));
        }
        if (new HashSet<>(pairs.pairs().values()).size() != pairs.pairs().size()) {
            throw new InvalidAnswer("pairs", "answer_pairs_duplicate",
                    new Say("Mỗi lựa chọn chỉ được dùng cho một mục", "Each choice may be used for one item only"));
        }
    }

    private static void checkNumber(LearnerResponse response) {
        if (!(response instanceof LearnerResponse.Numeric numeric)) {
            throw wrongShape(QuestionKind.NUMERIC, "value");
        }
        if (numeric.value() == null) {
            throw new InvalidAnswer("value", "answer_number", NumberReader.GIVE_A_NUMBER);
        }
    }

    private static void checkText(LearnerResponse response) {
        if (!(response instanceof LearnerResponse.Text text)) {
            throw wrongShape(QuestionKind.SHORT_ANSWER, "text");
        }
        if (text.text() == null || text.text().isBlank() || text.text().length() > MAX_TEXT) {
            throw new InvalidAnswer("text", "answer_text", new Say("Hãy nhập câu trả lời không rỗng, tối đa "
                    + MAX_TEXT + " ký tự", "Give a non-empty answer of at most " + MAX_TEXT + " characters"));
        }
    }

    private static void knownOptions(GradingKey key, List<Long> ids, String field) {
        for (Long id : ids) {
            if (id == null || key.option(id).isEmpty()) {
                throw new InvalidAnswer(field, "answer_unknown_option",
                        new Say("Phương án " + id + " không thuộc câu hỏi này", "Option " + id + " does not belong to this question"));
            }
        }
    }

    private static InvalidAnswer wrongShape(QuestionKind kind, String field) {
        return new InvalidAnswer(field, "answer_wrong_shape", new Say("Câu hỏi loại " + kind
                + " được trả lời bằng trường '" + field + "'", kind + " questions are answered with '" + field + "'"));
    }
}
