package vn.civicsquiz.web;

import io.quarkus.qute.RawString;
import io.quarkus.qute.TemplateExtension;
import vn.civicsquiz.question.Markup;

/**
 * {@code {text.markup}} shows a question text with its formatting (see {@link Markup}), everything else escaped;
 * {@code {text.plainText}} shows it without formatting, where an element cannot hold any (a select's options).
 */
@TemplateExtension
public final class MarkupExtensions {

    private MarkupExtensions() {
    }

    static RawString markup(String text) {
        return new RawString(Markup.pageHtml(text));
    }

    static String plainText(String text) {
        return text == null ? "" : Markup.plain(text);
    }
}
