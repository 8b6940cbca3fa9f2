package vn.civicsquiz.question;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkupTest {

    @Test
    void typedFormattingIsStoredInOneCanonicalForm() {
        assertThat(Markup.canonical("Trụ cột nào <STRONG>KHÔNG</strong> thuộc <em>nền</EM> ngoại giao?<br/>Chọn một"))
                .isEqualTo("Trụ cột nào <b>KHÔNG</b> thuộc <i>nền</i> ngoại giao?\nChọn một");
        assertThat(Markup.canonical("Ba trụ cột:\n<ul>\n  <li>Đảng</li>\n  <li>Nhà nước</li>\n</ul>\nhết"))
                .isEqualTo("Ba trụ cột:<ul><li>Đảng</li><li>Nhà nước</li></ul>hết");
        String canonical = Markup.canonical("<b>a</b><ol><li>x</li></ol>");
        assertThat(Markup.canonical(canonical)).isEqualTo(canonical);
        assertThat(Markup.canonical(null)).isNull();
    }

    @Test
    void pagesShowFormattingAsElementsAndEverythingElseEscaped() {
        assertThat(Markup.pageHtml("<b>KHÔNG</b> & <script>x</script> \"a\" 'b'\ndòng hai"))
                .isEqualTo("<b>KHÔNG</b> &amp; &lt;script&gt;x&lt;/script&gt; &quot;a&quot; &#39;b&#39;<br>dòng hai");
        assertThat(Markup.pageHtml("<ol><li><i>Đảng</i></li></ol>"))
                .isEqualTo("<span class=\"md-ol\" role=\"list\"><span class=\"md-li\" role=\"listitem\"><i>Đảng</i>"
                        + "</span></span>");
        assertThat(Markup.html("<ul><li>a &lt; b</li></ul>")).isEqualTo("<ul><li>a &amp;lt; b</li></ul>");
    }

    @Test
    void aTagFormatsOnlyWhenClosedInOrderSoNoTextLeavesAnElementOpen() {
        assertThat(Markup.pageHtml("<b>mở")).isEqualTo("&lt;b&gt;mở");
        assertThat(Markup.pageHtml("đóng</i>")).isEqualTo("đóng&lt;/i&gt;");
        assertThat(Markup.pageHtml("<b><i>chéo</b></i>")).isEqualTo("&lt;b&gt;<i>chéo&lt;/b&gt;</i>");
        assertThat(Markup.pageHtml("<li>ngoài danh sách</li>")).isEqualTo("&lt;li&gt;ngoài danh sách&lt;/li&gt;");
        assertThat(Markup.pageHtml("<ul><b>x</b></ul>")).startsWith("<span class=\"md-ul\" role=\"list\">&lt;b&gt;");
        assertThat(Markup.pageHtml("<b><ul><li>x</li></ul></b>")).startsWith("<b>&lt;ul&gt;");
    }

    @Test
    void whatDoesNotFormatIsReportedOnceInOrder() {
        assertThat(Markup.shownAsWritten("<span style=\"x\">a</span> <b>b</b> <b>c <span style=\"x\">d</span>"))
                .containsExactly("<span style=\"x\">", "</span>", "<b>");
        assertThat(Markup.shownAsWritten("a < b và 3 > 2")).isEmpty();
        assertThat(Markup.shownAsWritten("<ul><li>x</li></ul>")).isEmpty();
    }

    @Test
    void plainTextDropsFormattingAndPutsListItemsOnLines() {
        assertThat(Markup.plain("Ba <b>trụ cột</b>:<ul><li>Đảng</li><li>Nhà nước</li></ul>"))
                .isEqualTo("Ba trụ cột:\n- Đảng\n- Nhà nước");
        assertThat(Markup.plain("<b>mở")).isEqualTo("<b>mở");
        assertThat(Markup.formatted("<b>x</b>")).isTrue();
        assertThat(Markup.formatted("<b>x")).isFalse();
        assertThat(Markup.formatted("a\nb")).isTrue();
    }

    /** A hang guard only: the reading is linear, a regex with a leading \\s* was quadratic in a run of spaces. */
    @Test
    @org.junit.jupiter.api.Timeout(20)
    void aMegabyteOfSpacesAndTagShapesIsReadInOnePass() {
        String spaces = " ".repeat(1_000_000);
        assertThat(Markup.canonical("<" + spaces + "x")).hasSize(1_000_002);
        assertThat(Markup.canonical("<ul>" + spaces + "<li>x</li>" + spaces + "</ul>")).isEqualTo("<ul><li>x</li></ul>");
        String shapes = "<b ".repeat(300_000);
        assertThat(Markup.shownAsWritten(shapes)).isEmpty();
        assertThat(Markup.pageHtml("<b>".repeat(100_000) + "</b>".repeat(100_000))).startsWith("<b><b>");
    }
}
