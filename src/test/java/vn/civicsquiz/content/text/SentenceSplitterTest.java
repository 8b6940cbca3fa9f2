package vn.civicsquiz.content.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {

    private static List<String> sentences(String text) {
        return SentenceSplitter.split(text).stream().map(s -> text.substring(s.start(), s.end())).toList();
    }

    @Test
    void keepsVietnameseThousandsAndDecimalSeparatorsInsideTheSentence() {
        String text = "Các tổ chức hữu nghị nhân dân có quan hệ với 1.200 tổ chức. "
                + "Thành phố đã thu hút được 24,8 tỷ USD vốn FDI.";

        assertThat(sentences(text)).containsExactly(
                "Các tổ chức hữu nghị nhân dân có quan hệ với 1.200 tổ chức.",
                "Thành phố đã thu hút được 24,8 tỷ USD vốn FDI.");
    }

    @Test
    void splitsBeforeASentenceThatStartsWithANumber() {
        String text = "Việt Nam đã có quan hệ thương mại với 224 thị trường và đối tác. "
                + "71 nước đã công nhận quy chế kinh tế thị trường cho Việt Nam.";

        assertThat(sentences(text)).hasSize(2).last().asString().startsWith("71 nước");
    }

    @Test
    void doesNotSplitAtAbbreviations() {
        String text = "Sáng nay (14/12), tại Nhà Quốc hội (TP. Hà Nội), Ban Bí thư T.Ư Đảng tổ chức Hội nghị. "
                + "Tổng Bí thư chủ trì.";

        assertThat(sentences(text)).containsExactly(
                "Sáng nay (14/12), tại Nhà Quốc hội (TP. Hà Nội), Ban Bí thư T.Ư Đảng tổ chức Hội nghị.",
                "Tổng Bí thư chủ trì.");
    }

    @Test
    void keepsClosingQuotesWithTheirSentence() {
        String text = "Đại hội XIII đã đề ra chủ trương “xây dựng nền ngoại giao toàn diện, hiện đại”. "
                + "Chủ trương mới này phản ánh sự trưởng thành.";

        assertThat(sentences(text).get(0)).endsWith("hiện đại”.");
    }

    @Test
    void anEllipsisFollowedByLowerCaseContinuesTheSentence() {
        String text = "Ranh giới ngoài 200 hải lý ở khu vực giữa Biển Đông… cũng như xử lý tốt vấn đề dân chủ.";

        assertThat(sentences(text)).containsExactly(text);
    }

    @Test
    void lastSentenceWithoutFullStopIsKept() {
        assertThat(sentences("Thứ năm, nắm vững thời cơ. Tiếp tục cập nhật  "))
                .containsExactly("Thứ năm, nắm vững thời cơ.", "Tiếp tục cập nhật");
    }
}
