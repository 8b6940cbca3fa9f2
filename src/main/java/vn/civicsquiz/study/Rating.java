package vn.civicsquiz.study;

/**
 * How well the learner recalled a card, the four FSRS grades. {@link #grade()} is the number the formulas use.
 * The keyboard shortcuts 1–4 on the study page are the grades.
 */
public enum Rating {
    AGAIN(1), HARD(2), GOOD(3), EASY(4);

    private final int grade;

    Rating(int grade) {
        this.grade = grade;
    }

    public int grade() {
        return grade;
    }

    public boolean recalled() {
        return this != AGAIN;
    }

    public static Rating ofGrade(int grade) {
        for (Rating rating : values()) {
            if (rating.grade == grade) {
                return rating;
            }
        }
        throw new IllegalArgumentException("rating must be 1 (Again) to 4 (Easy), got " + grade);
    }
}
