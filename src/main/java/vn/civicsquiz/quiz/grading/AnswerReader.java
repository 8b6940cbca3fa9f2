package vn.civicsquiz.quiz.grading;

/** Reads what a client sent against the question as laid out for that learner: the one parser of learner input. */
public final class AnswerReader {

    private AnswerReader() {
    }

    /**
     * @return the response in database ids, ready to grade and store
     * @throws InvalidAnswer when an id is not shown in this layout or a number cannot be read (or reads two ways)
     */
    public static LearnerResponse read(AnswerInput input, ItemLayout layout) {
        if (input instanceof AnswerInput.Choice c) {
            return layout.stored(new LearnerResponse.Choice(c.optionIds()));
        }
        if (input instanceof AnswerInput.Order o) {
            return layout.stored(new LearnerResponse.Order(o.optionIds()));
        }
        if (input instanceof AnswerInput.Pairs p) {
            return layout.stored(new LearnerResponse.Pairs(p.pairs()));
        }
        if (input instanceof AnswerInput.Number n) {
            return new LearnerResponse.Numeric(n.jsonNumber() ? NumberReader.readExact(n.text())
                    : NumberReader.read(n.text(), NumberReader.Context.of(layout.key())));
        }
        return new LearnerResponse.Text(((AnswerInput.Text) input).text());
    }

    /** Reads and grades in one step. */
    public static Graded grade(AnswerInput input, ItemLayout layout) {
        LearnerResponse response = read(input, layout);
        return new Graded(response, Grader.credit(layout.key(), response));
    }

    /** @param response in database ids, as stored */
    public record Graded(LearnerResponse response, Credit credit) {

        /** Right: full credit. */
        public boolean correct() {
            return credit.full();
        }
    }
}
