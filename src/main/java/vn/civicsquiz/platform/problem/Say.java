package vn.civicsquiz.platform.problem;

/**
 * A message for the teacher in both languages the app answers in. Readers stay free of HTTP: the answer picks one
 * text by the request's language.
 */
public record Say(String vietnamese, String english) {

    public String in(boolean english) {
        return english ? this.english : vietnamese;
    }
}
