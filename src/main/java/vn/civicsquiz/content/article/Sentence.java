package vn.civicsquiz.content.article;

import vn.civicsquiz.content.text.TextSpan;

/**
 * One sentence of a clean article.
 *
 * @param paragraph index of the paragraph it belongs to
 * @param span      where it lies in {@link CleanArticle#text()}
 * @param text      the sentence text
 */
public record Sentence(int paragraph, TextSpan span, String text) {
}
