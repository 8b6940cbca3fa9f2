package vn.civicsquiz.quiz.web;

import io.quarkus.qute.TemplateExtension;
import vn.civicsquiz.quiz.grading.Credit;

import java.math.BigDecimal;
import java.util.Locale;

/** {@code {score.points}} in a template: a score as the page's language writes it (3,5 or 3.5; 4 stays 4). */
@TemplateExtension
public final class ScoreFormat {

    private ScoreFormat() {
    }

    static String points(BigDecimal score, @TemplateExtension.TemplateAttribute("locale") Object locale) {
        Locale language = locale instanceof Locale l ? l : Locale.forLanguageTag(locale == null ? "vi" : locale.toString());
        return Credit.text(score == null ? BigDecimal.ZERO : score, language);
    }
}
