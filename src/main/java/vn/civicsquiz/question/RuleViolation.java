package vn.civicsquiz.question;

/**
 * One broken rule of a question, said in both languages of the API.
 *
 * @param field      JSON path of the field at fault, relative to the question ({@code options[2].text})
 * @param message    what is wrong and how to fix it, in English
 * @param vietnamese the same in Vietnamese, the API's default language
 */
public record RuleViolation(String field, String message, String vietnamese) {

    static RuleViolation of(String field, String vietnamese, String english) {
        return new RuleViolation(field, english, vietnamese);
    }

    static RuleViolation required(String field) {
        return of(field, "bắt buộc: hãy điền trường này", "required");
    }

    /** An import's category that names no topic, so its questions need the request's {@code topic}. */
    public static RuleViolation notATopic(String category) {
        return of("topic", "danh mục " + category + " không phải một chủ đề nên trở thành một bộ câu hỏi; hãy thêm"
                + " ?topic= cho các câu hỏi của nó", "the category " + category + " is not a topic, so it becomes a"
                + " question set; give ?topic= for its questions");
    }

    /** The message in the language the request prefers. */
    public String in(boolean english) {
        return english ? message : vietnamese;
    }
}
