package vn.civicsquiz.study.web;

import vn.civicsquiz.question.Question;
import vn.civicsquiz.quiz.ItemView;
import vn.civicsquiz.quiz.grading.AnswerInput;
import vn.civicsquiz.quiz.grading.AnswerReader;
import vn.civicsquiz.quiz.grading.GradingKey;
import vn.civicsquiz.quiz.grading.ItemLayout;
import vn.civicsquiz.quiz.grading.LearnerResponse;
import vn.civicsquiz.quiz.grading.Marks;
import vn.civicsquiz.quiz.grading.OptionShuffler;
import vn.civicsquiz.study.StudyQueue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A due card asked as a multiple-choice question, laid out, read and graded by the quiz's answering engine
 * ({@link vn.civicsquiz.quiz.grading}): the options are shuffled by {@link OptionShuffler} with a keyed seed of the
 * card, the review count the page was drawn at ({@code turn}, sent back with the answer) and the question
 * ({@link vn.civicsquiz.quiz.grading.LayoutSeeds}), so a reload and a resent answer see the same order and the next
 * review of the card another one; option ids are client ids ({@link ItemLayout}); the
 * answer is graded by {@link vn.civicsquiz.quiz.grading.Grader} and marked by {@link Marks}.
 *
 * @param chosen            the client id of the option the learner picked, null before answering
 * @param answeredCorrectly the engine's verdict, false before answering
 * @param turn              the card's review count the order was drawn at
 */
public record QuizCardView(StudyQueue.StudyCard card, long questionId, String stem, List<Choice> choices,
                           Long chosen, boolean answeredCorrectly, int turn) {

    /**
     * The card's question as the quiz's answer controls show it ({@code tags/controls.html}): the same markup,
     * keys and ids as a quiz question, before it is answered.
     */
    public ItemView item() {
        List<ItemView.OptionView> options = choices.stream()
                .map(c -> new ItemView.OptionView(c.id(), c.text(), false, 0, 0, "")).toList();
        return new ItemView(0, 0, questionId, vn.civicsquiz.question.QuestionKind.SINGLE, stem, null, options,
                List.of(), false, List.of(), null);
    }

    /**
     * One option. {@code id} is its client id, {@code key} its shortcut (1, 2, …) and {@code mark} is empty before
     * the answer, then as {@link Marks} says.
     */
    public record Choice(long id, String text, int key, String mark) {
    }

    static QuizCardView ask(StudyQueue.StudyCard card, Question question, Random seeded, int turn) {
        ItemLayout layout = layout(question, seeded);
        return new QuizCardView(card, question.id, question.stem, choices(layout, null), null, false, turn);
    }

    /** @throws vn.civicsquiz.quiz.grading.InvalidAnswer when the option is not one this question shows */
    static QuizCardView answered(StudyQueue.StudyCard card, Question question, Random seeded, int turn, long chosen) {
        ItemLayout layout = layout(question, seeded);
        AnswerReader.Graded graded = AnswerReader.grade(new AnswerInput.Choice(List.of(chosen)), layout);
        return new QuizCardView(card, question.id, question.stem, choices(layout, graded.response()), chosen,
                graded.correct(), turn);
    }

    private static ItemLayout layout(Question question, Random seeded) {
        GradingKey key = GradingKey.of(question);
        OptionShuffler.Orders orders = OptionShuffler.orders(key, seeded);
        return new ItemLayout(key, orders.options(), orders.choices());
    }

    private static List<Choice> choices(ItemLayout layout, LearnerResponse stored) {
        List<Choice> choices = new ArrayList<>();
        for (Long id : layout.optionOrder()) {
            GradingKey.KeyOption option = layout.key().option(id).orElseThrow();
            choices.add(new Choice(layout.clientOptionId(id), option.text(), choices.size() + 1,
                    stored == null ? "" : Marks.of(option, stored)));
        }
        return List.copyOf(choices);
    }
}
