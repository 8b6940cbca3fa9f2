package vn.civicsquiz.question;

/** Only published questions reach learners; retired ones stay for history and statistics. */
public enum QuestionStatus {
    draft, published, retired
}
