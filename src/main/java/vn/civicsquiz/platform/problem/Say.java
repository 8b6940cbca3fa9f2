package vn.civicsquiz.platform.problem;

/**
 * A message in both languages the app answers in. Services stay free of HTTP: the answer picks one text by the
 * request's language ({@link ApiLanguage}).
 */
public record Say(String vietnamese, String english) {

    /** A text already written in the request's language (picked where it was made), the same in both slots. */
    public static Say same(String text) {
        return new Say(text, text);
    }

    public String in(boolean english) {
        return english ? this.english : vietnamese;
    }
}
