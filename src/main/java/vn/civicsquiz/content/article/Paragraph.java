package vn.civicsquiz.content.article;

import vn.civicsquiz.content.text.TextSpan;

/**
 * One paragraph (or section heading) of a clean article.
 *
 * @param index   0-based position in the article
 * @param span    where it lies in {@link CleanArticle#text()}
 * @param text    the paragraph text
 * @param heading true for a section heading (a short line without closing punctuation)
 */
public record Paragraph(int index, TextSpan span, String text, boolean heading) {
}
