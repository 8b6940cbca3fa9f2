package vn.civicsquiz.question;

/** Where a question came from; stored lower-case. */
public enum QuestionOrigin {
    generated, teacher, imported
}
