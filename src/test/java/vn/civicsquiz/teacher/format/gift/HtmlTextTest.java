package vn.civicsquiz.teacher.format.gift;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class HtmlTextTest {

    @Test
    void commentsAreDroppedAndAnUnclosedOneIsKept() {
        assertThat(HtmlText.withoutComments("a<!-- x -->b<!--y-->c")).isEqualTo("abc");
        assertThat(HtmlText.withoutComments("a<!-- x --> b <!-- open")).isEqualTo("a b <!-- open");
        assertThat(HtmlText.withoutComments("<!--<!-- -->x-->")).isEqualTo("x-->");
        assertThat(HtmlText.toText("<p>Trụ cột<!-- ghi chú --> thứ ba</p>")).isEqualTo("Trụ cột thứ ba");
    }

    /**
     * A file's worth (1 MB) of unclosed comment openers is read in one pass. The timeout only guards against a hang:
     * the one-pass reading takes milliseconds, the regex it replaced took 9.5 s for 16 000 openers and grows with
     * the square, so 256 000 would take hours. Speed itself is measured in bench/, not here.
     */
    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void a_megabyte_of_unclosed_comment_openers_is_kept_as_it_is() {
        String html = "<!--".repeat(256_000);
        assertThat(HtmlText.withoutComments(html)).isEqualTo(html);
        assertThat(HtmlText.toText("<!--".repeat(3))).isEqualTo("<!--<!--<!--");
    }

    @Test
    void formattingIsKeptInTheStoredFormAndOtherTagsAreDropped() {
        String html = "<p>Ba <STRONG style=\"x\">trụ cột</STRONG>:</p><ul class=\"a\"><li><em>Đảng</em></li>"
                + "<li><a href=\"https://x\">Nhà nước</a></li></ul>";
        assertThat(HtmlText.toText(html)).isEqualTo("Ba <b>trụ cột</b>:\n<ul><li><i>Đảng</i></li><li>Nhà nước</li></ul>");
        assertThat(HtmlText.losesTags(html)).isTrue();
        assertThat(HtmlText.losesTags("<p>a<br/><b>b</b></p>")).isFalse();
        // the private-use marks that carry formatting through the conversion cannot be forged by the input
        assertThat(HtmlText.toText("x \uE0000\uE000")).isEqualTo("x 0");
    }

    @Test
    void anImageIsNoticed() {
        assertThat(HtmlText.holdsImage("Quan sát ảnh sau: <IMG src=\"@@PLUGINFILE@@/a.png\">")).isTrue();
        assertThat(HtmlText.holdsImage("<img/>")).isTrue();
        assertThat(HtmlText.holdsImage("<imgx> img")).isFalse();
    }

    @Test
    void aSoundAVideoOrALinkToAMediaFileIsNoticed() {
        assertThat(HtmlText.holdsMedia("<a href=\"http://demo.moodle.net/file.php/5/media/bonjour.mp3\">Listen</a>"))
                .isTrue();
        assertThat(HtmlText.holdsMedia("Nghe đoạn sau: <AUDIO controls src=\"bai-hat.ogg\"></AUDIO>")).isTrue();
        assertThat(HtmlText.holdsMedia("<video><source src=\"x.webm\"></video>")).isTrue();
        assertThat(HtmlText.holdsMedia("<iframe src=\"https://www.youtube.com/embed/x\"></iframe>")).isTrue();
        assertThat(HtmlText.holdsMedia("<a href='anh.JPG?v=2'>ảnh</a>")).isTrue();
        assertThat(HtmlText.holdsMedia("<a href=\"https://baochinhphu.vn/bai-viet.htm\">bài viết</a>")).isFalse();
        assertThat(HtmlText.holdsMedia("tệp bonjour.mp3 và thẻ <audition>")).isFalse();
    }
}
