package vn.civicsquiz.study;

/**
 * What a flashcard shows: the prompt on the front, and on the back the short answer, the full fact, the sentence of
 * the article it comes from and a link to that passage.
 */
public record CardFace(String front, String answer, String text, String quote, String sourceUrl) {
}
