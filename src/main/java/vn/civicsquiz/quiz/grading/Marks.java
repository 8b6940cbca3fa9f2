package vn.civicsquiz.quiz.grading;

/** The one rule for the right/wrong marks next to an option once feedback is shown (quiz and study quiz alike). */
public final class Marks {

    public static final String CORRECT = "correct";
    public static final String WRONG = "wrong";

    private Marks() {
    }

    /**
     * "correct" on every right option, "wrong" on a wrong option the learner picked, else "" (and "" for every
     * kind not answered by picking options).
     *
     * @param stored the answer in database ids, or null when there is none
     */
    public static String of(GradingKey.KeyOption option, LearnerResponse stored) {
        if (!(stored instanceof LearnerResponse.Choice choice)) {
            return "";
        }
        if (option.correct()) {
            return CORRECT;
        }
        return choice.optionIds().contains(option.id()) ? WRONG : "";
    }
}
