package vn.civicsquiz.teacher.sources;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import vn.civicsquiz.content.article.SourceDocument;
import vn.civicsquiz.platform.problem.ProblemException;

import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Drafting an article grows about linearly with its figures: four times the sentences must not cost more than
 * twelve times the time (quadratic work would cost sixteen times, the quartic drafting this replaced hundreds: 60 short
 * sentences of figures took 57 s). Compared as a ratio on the same machine, never against a fixed duration.
 */
class SourceDraftingScaleTest {

    static String figures(int sentences) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < sentences; i++) {
            text.append("Tỉnh đã ký ").append(10 + i).append(" thỏa thuận hợp tác với ").append(20 + i)
                    .append(" địa phương của ").append(3 + i).append(" quốc gia. ");
            if (i % 5 == 4) {
                text.append("\n\n");
            }
        }
        return text.toString();
    }

    static SourceDocument document(int sentences) {
        return new SourceDocument("upload_scale" + sentences, "upload_scale.txt", "Báo Quảng Ninh",
                "Quảng Ninh đẩy mạnh đối ngoại địa phương", "2025-03-05", null, figures(sentences));
    }

    /**
     * 160 figure sentences are drafted. The timeout only guards against a hang: drafting takes well under a second,
     * the O(n⁴) drafting it replaced took 57 s for 60 sentences, so 160 would take hours. No speed is asserted here:
     * timings belong to bench/.
     */
    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void an_article_of_160_figure_sentences_is_drafted() {
        SourceDrafting.Drafted drafted = SourceDrafting.draft(document(160));
        assertThat(drafted.facts()).hasSizeGreaterThan(400);
        assertThat(drafted.questions()).hasSizeGreaterThan(400);
    }

    @Test
    void anArticleWithMoreFactsThanOneArticleMayIsRefusedBeforeDrafting() {
        assertThatThrownBy(() -> SourceDrafting.draft(document(SourceDrafting.MAX_FACTS / 2)))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(vn.civicsquiz.platform.problem.ErrorResponses.statusOf(e)).isEqualTo(422);
                    assertThat(e.getMessage()).contains("split it");
                });
    }
}
