package vn.civicsquiz.study.web;

import vn.civicsquiz.question.Question;
import vn.civicsquiz.question.QuestionOption;
import vn.civicsquiz.study.StudyQueue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * A due card asked as a multiple-choice question. The options are shuffled with a seed made of the card and its
 * review count, so a reload shows the same order and the next review of the card another one.
 *
 * @param chosen the option the learner picked, null before answering
 */
public record QuizCardView(StudyQueue.StudyCard card, long questionId, String stem, List<Choice> choices,
                           Long chosen) {

    /**
     * One option. {@code key} is its shortcut (1, 2, …) and {@code mark} is empty before the answer, then
     * "correct" for the right option and "wrong" for a wrong one the learner picked.
     */
    public record Choice(long id, String text, int key, boolean correct, String mark) {
    }

    static QuizCardView ask(StudyQueue.StudyCard card, Question question) {
        return of(card, question, null);
    }

    static QuizCardView answered(StudyQueue.StudyCard card, Question question, long chosen) {
        return of(card, question, chosen);
    }

    public boolean answeredCorrectly() {
        return chosen != null && choices.stream().anyMatch(c -> c.correct() && c.id() == chosen);
    }

    public boolean offers(long optionId) {
        return choices.stream().anyMatch(c -> c.id() == optionId);
    }

    private static QuizCardView of(StudyQueue.StudyCard card, Question question, Long chosen) {
        List<QuestionOption> options = new ArrayList<>(question.options);
        Collections.shuffle(options, new Random(card.id() * 31 + card.state().reps()));
        List<Choice> choices = new ArrayList<>();
        for (QuestionOption option : options) {
            String mark = chosen == null ? "" : option.correct ? "correct" : option.id.equals(chosen) ? "wrong" : "";
            choices.add(new Choice(option.id, option.text, choices.size() + 1, option.correct, mark));
        }
        return new QuizCardView(card, question.id, question.stem, List.copyOf(choices), chosen);
    }
}
