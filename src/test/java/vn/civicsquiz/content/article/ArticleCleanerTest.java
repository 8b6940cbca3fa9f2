package vn.civicsquiz.content.article;

import vn.civicsquiz.content.text.TextSpan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ArticleCleanerTest {

    private static final SourceCatalog CATALOG = SourceCatalog.load();
    private final ArticleCleaner cleaner = new ArticleCleaner();

    private CleanArticle clean(String id) {
        return cleaner.clean(CATALOG.get(id));
    }

    /** A letter whose lower case is two characters (İ) once stopped a new article with an exception. */
    @Test
    void aLetterThatLowerCasesLongerKeepsOffsetsAndQuotesAreStillFound() {
        String body = "Bài viết\n\nÔng İnan nói về ngoại giao.\n\nBa trụ cột của nền ngoại giao Việt Nam.";
        CleanArticle article = cleaner.clean(new SourceDocument("thu", "thu.txt", "Báo thử", "Bài viết", "2025-03-05",
                null, body));

        assertThat(article.locate("ba trụ cột")).hasValueSatisfying(span ->
                assertThat(article.text().substring(span.start(), span.end())).isEqualTo("Ba trụ cột"));
        assertThat(article.locate("ngoại giao.")).isPresent();
    }

    @Test
    void article000LosesShareButtonBylineCaptionsAndUpdateNotice() {
        CleanArticle article = clean("000_7edb9b8851f52cde");

        assertThat(article.text()).doesNotContain("Chia sẻ Zalo", "Trần Long", "Ảnh: Tuấn Anh", "Ảnh: TTXVN",
                "Quang cảnh Hội nghị", "Tiếp tục cập nhật", "Kinhtedothi", "Ảnh 8",
                "Nguyễn Phương Nga phát biểu tham luận tại Hội nghị",
                "Nguyễn Thị Tuyến phát biểu tham luận tại hội nghị.");
        assertThat(article.text()).startsWith("Sáng nay, 14/12, Bộ Chính trị, Ban Bí thư T.Ư Đảng")
                .contains("189/193 quốc gia thành viên Liên Hợp Quốc", "Chín là, kiện toàn",
                        "đối ngoại kinh tế là trụ cột chính")
                .endsWith("quảng bá tinh hoa văn hóa Hà Nội đến với bạn bè khắp năm châu.");
        assertThat(article.paragraphs()).filteredOn(Paragraph::heading).extracting(Paragraph::text)
                .contains("5 bài học kinh nghiệm trong đối ngoại", "Thực hiện 9 nhiệm vụ trọng tâm trong ngoại giao");
    }

    @Test
    void article001EndsAtTheBylineAndDropsTheTeaserAndFooter() {
        CleanArticle article = clean("001_e7ae9201b7159bae");

        assertThat(article.text()).doesNotContain("Chú thích ảnh", "Phương Hoa/TTXVN", "Phương - Diệp",
                "Vận dụng linh hoạt", "Rao vặt", "Các đơn vị thông tin của TTXVN", "Chia sẻ");
        assertThat(article.text()).contains("gần 5.200 đoàn khách quốc tế")
                .endsWith("Bí thư Thành ủy Đà Nẵng nhấn mạnh.");
        assertThat(article.removed()).anySatisfy(line -> {
            assertThat(line.text()).isEqualTo("Phương - Diệp (TTXVN)");
            assertThat(line.kind()).isEqualTo(NoiseKind.BYLINE);
        });
    }

    @Test
    void article002DropsUnrelatedStoriesAdsAndThePhotoCaption() {
        CleanArticle article = clean("002_17586b125ab360a7");

        assertThat(article.text()).doesNotContain("Phú Quốc", "Cần Thơ", "cúp điện", "Ago Mom", "Ago Dad",
                "Co loi xay ra", "Có thể bạn quan tâm", "07:20", "Nguyễn Minh Vũ", "(Nguồn: TTXVN)", "Putin");
        assertThat(article.text()).contains("lên 193 nước", "vừa hồng, vừa chuyên")
                .endsWith("phục vụ đắc lực cho các mục tiêu chiến lược của đất nước.");
        assertThat(article.removed()).filteredOn(line -> line.text().contains("Phú Quốc"))
                .extracting(RemovedLine::kind).containsOnly(NoiseKind.AFTER_END);
        assertThat(article.removed()).filteredOn(line -> line.text().equals("Có thể bạn quan tâm"))
                .extracting(RemovedLine::kind).containsExactly(NoiseKind.RELATED_NEWS);
    }

    @Test
    void article003DropsTheDateTagAndEndsAtTheEndSign() {
        CleanArticle article = clean("003_5bfd67e8d18ffaa3");

        assertThat(article.text()).doesNotContain("date 2021-12", "Minh Tân", "./.")
                .startsWith("Sáng 13-12, Bộ Ngoại giao tổ chức hội nghị Ngoại vụ toàn quốc lần thứ 20")
                .endsWith("đối ngoại Đảng, ngoại giao Nhà nước và đối ngoại nhân dân”.");
    }

    @Test
    void article004DropsBreadcrumbViewCounterDatelineCaptionAndComments() {
        CleanArticle article = clean("004_eb37e1d492f2c415");

        assertThat(article.text()).doesNotContain("Lượt xem", "12285", "Chính trịĐối ngoại", "In bài viết",
                "Tin, ảnh", "Phương Liên", "Bình luận", "Back To Top", "ĐBP -",
                "Các đại biểu dự hội nghị tại điểm cầu tỉnh Điện Biên.");
        assertThat(article.text()).startsWith("Sáng nay (14/12), tại Phòng họp Diên Hồng")
                .contains("1.200 tổ chức nhân dân và tổ chức phi chính phủ nước ngoài");
        assertThat(article.removed()).anySatisfy(line -> {
            assertThat(line.text()).contains("Lượt xem: 12285");
            assertThat(line.kind()).isEqualTo(NoiseKind.METADATA);
        });
    }

    @Test
    void offsetsOfParagraphsAndSentencesPointIntoTheCleanText() {
        for (SourceDocument document : CATALOG.all()) {
            CleanArticle article = cleaner.clean(document);
            assertThat(article.paragraphs()).as(document.id()).isNotEmpty().allSatisfy(p ->
                    assertThat(article.text().substring(p.span().start(), p.span().end())).isEqualTo(p.text()));
            assertThat(article.sentences()).as(document.id()).allSatisfy(s -> {
                assertThat(article.text().substring(s.span().start(), s.span().end())).isEqualTo(s.text());
                assertThat(article.paragraphs().get(s.paragraph()).span().contains(s.span())).isTrue();
            });
        }
    }

    @Test
    void locatesAQuoteWhateverTheTonePlacementAndCase() {
        CleanArticle article = clean("000_7edb9b8851f52cde");
        String newSpelling = "Nhất quán thực hiện đường lối đối ngoại độc lập, tự chủ, đa phương hóa, đa dạng hóa";

        TextSpan span = article.locate(newSpelling).orElseThrow();

        assertThat(article.text().substring(span.start(), span.end()))
                .isEqualTo("nhất quán thực hiện đường lối đối ngoại độc lập, tự chủ, đa phương hoá, đa dạng hoá");
        assertThat(article.sentenceAt(span).orElseThrow().text()).startsWith("Thứ hai,");
    }

    @Test
    void aPassageThatOnlyExistsInNoiseCannotBeLocated() {
        CleanArticle article = clean("002_17586b125ab360a7");
        String unrelated = "tòa nhà 12 tầng xây dựng trái phép";

        assertThat(article.locate(unrelated)).isEmpty();
        assertThat(article.noiseContaining(unrelated)).isNotEmpty();
    }

    @Test
    void theSameRulesCleanAnUnseenPage() {
        String page = String.join("\n",
                "Thời sự",
                "Việt Nam dự Hội nghị Bộ trưởng Ngoại giao ASEAN",
                "08:15 - Thứ Hai, 10/07/2023 Lượt xem: 345",
                "Chia sẻ Facebook",
                "HNM - Chiều 10/7, Bộ trưởng Ngoại giao dẫn đầu đoàn Việt Nam dự hội nghị. Đoàn gồm 12 thành viên.",
                "Toàn cảnh phiên khai mạc. (Ảnh: Quang Hòa)",
                "Các bên nhất trí thúc đẩy hợp tác kinh tế, với kim ngạch đạt 1.234,5 triệu USD.",
                "Hoàng Anh",
                "Tin liên quan",
                "Giá vàng hôm nay tăng mạnh",
                "Quảng cáo: thực phẩm chức năng giảm cân");
        SourceDocument document = new SourceDocument("999_test", "999_test.txt", "Báo Hà Nội mới",
                "Việt Nam dự Hội nghị Bộ trưởng Ngoại giao ASEAN", "2023-07-10", null, page);

        CleanArticle article = cleaner.clean(document);

        assertThat(article.paragraphs()).extracting(Paragraph::text).containsExactly(
                "Chiều 10/7, Bộ trưởng Ngoại giao dẫn đầu đoàn Việt Nam dự hội nghị. Đoàn gồm 12 thành viên.",
                "Các bên nhất trí thúc đẩy hợp tác kinh tế, với kim ngạch đạt 1.234,5 triệu USD.");
        assertThat(article.removed()).extracting(RemovedLine::kind).containsExactly(
                NoiseKind.HEADER, NoiseKind.HEADER, NoiseKind.METADATA, NoiseKind.SHARE_WIDGET, NoiseKind.DATELINE,
                NoiseKind.PHOTO_CAPTION, NoiseKind.BYLINE, NoiseKind.AFTER_END, NoiseKind.AFTER_END,
                NoiseKind.AFTER_END);
        assertThat(article.sentences()).hasSize(3);
    }
}
