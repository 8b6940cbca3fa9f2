package vn.civicsquiz.content.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.civicsquiz.content.web.FactHighlighter.Highlight;

class FactHighlighterTest {

    private static final String PILLARS = "với 3 trụ cột là: đối ngoại Đảng, ngoại giao Nhà nước và đối ngoại nhân dân";

    @Test
    void wrapsAPassageInAnAnchoredMark() {
        String html = FactHighlighter.html("Quốc hội có quan hệ với hơn 140 nước.",
                List.of(new Highlight("fig-parliament-relations", "hơn 140 nước", 24, 36)));

        assertThat(html).isEqualTo("Quốc hội có quan hệ với <mark class=\"fact\" id=\"fact-fig-parliament-relations\""
                + " data-fact=\"fig-parliament-relations\" title=\"hơn 140 nước\">hơn 140 nước</mark>.");
    }

    @Test
    void factsSharingOnePassageNestAndEachKeepsItsAnchor() {
        List<Highlight> three = List.of(new Highlight("pillar-3", "Đối ngoại nhân dân", 0, PILLARS.length()),
                new Highlight("pillar-1", "Đối ngoại Đảng", 0, PILLARS.length()),
                new Highlight("pillar-2", "Ngoại giao Nhà nước", 0, PILLARS.length()));

        String html = FactHighlighter.html(PILLARS, three);

        assertThat(html).startsWith("<mark class=\"fact\" id=\"fact-pillar-1\"")
                .contains("id=\"fact-pillar-2\"", "id=\"fact-pillar-3\"").endsWith("nhân dân</mark></mark></mark>");
        assertThat(html.replaceAll("<[^>]+>", "")).isEqualTo(PILLARS);
    }

    @Test
    void aPassageCrossingAnotherIsSplitAndAnchoredOnce() {
        String text = "vừa hợp tác vừa đấu tranh; kiên trì về nguyên tắc";
        String html = FactHighlighter.html(text, List.of(new Highlight("a", "A", 0, 25),
                new Highlight("b", "B", 16, text.length())));

        assertThat(html).isEqualTo("<mark class=\"fact\" id=\"fact-a\" data-fact=\"a\" title=\"A\">vừa hợp tác vừa "
                + "<mark class=\"fact\" id=\"fact-b\" data-fact=\"b\" title=\"B\">đấu tranh</mark></mark>"
                + "<mark class=\"fact\" data-fact=\"b\" title=\"B\">; kiên trì về nguyên tắc</mark>");
    }

    @Test
    void escapesArticleTextAndLabels() {
        String html = FactHighlighter.html("Kinh tế & Đô thị <b>",
                List.of(new Highlight("x", "\"trích\" <dẫn>", 0, 8)));

        assertThat(html).contains("title=\"&quot;trích&quot; &lt;dẫn&gt;\"").contains("&amp; Đô thị &lt;b&gt;")
                .doesNotContain("<b>");
    }

    @Test
    void refusesAPassageOutsideTheParagraph() {
        assertThatThrownBy(() -> FactHighlighter.html("ngắn", List.of(new Highlight("x", "x", 2, 9))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("x");
    }
}
