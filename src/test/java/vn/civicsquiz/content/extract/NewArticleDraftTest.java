package vn.civicsquiz.content.extract;

import vn.civicsquiz.content.article.CleanArticle;
import vn.civicsquiz.content.fact.Fact;
import vn.civicsquiz.content.fact.FactSet;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A new article (written for this test, page noise included) gets a first draft of facts for review. */
class NewArticleDraftTest {

    private static final String TITLE = "Quảng Ninh đẩy mạnh đối ngoại địa phương trong năm 2024";
    private static final String PAGE = """
            08:15 - Thứ Tư, 05/03/2025 Lượt xem: 3456
            Chia sẻ Zalo

            QNO - Năm 2024, tỉnh Quảng Ninh đã đón hơn 1.500 đoàn khách quốc tế và thu hút khoảng 2,3 tỷ USD vốn \
            đầu tư trực tiếp nước ngoài.

            Đến nay, tỉnh đã ký thỏa thuận hợp tác với 27 địa phương của 12 quốc gia. Ngành du lịch đã đón gần ba \
            triệu lượt khách quốc tế.

            Tỉnh xác định công tác đối ngoại dựa trên hai mũi nhọn là ngoại giao kinh tế và ngoại giao văn hoá.

            Để thực hiện mục tiêu đến năm 2030, Tỉnh ủy đề ra 4 giải pháp trọng tâm.

            Thứ nhất, nâng cao chất lượng thông tin đối ngoại. Thứ hai, hỗ trợ doanh nghiệp tiếp cận thị trường mới.

            Thứ ba, mở rộng hợp tác với các địa phương láng giềng.

            Thứ tư, đào tạo đội ngũ cán bộ làm công tác đối ngoại.

            Minh Anh

            Tin liên quan
            Giá vàng hôm nay tăng thêm 2 triệu đồng mỗi lượng
            """;

    private final CleanArticle article = ExtractionFixtures.clean("qn-2024", TITLE, PAGE);
    private final ExtractionResult draft = new FactExtractor().extract("qn-2024", "2025-03-05", article);

    @Test
    void theAnnouncedSolutionsBecomeAnOrderedDraftSet() {
        List<Fact> solutions = draft.facts("enumeration-giai-phap-trong-tam");
        assertThat(solutions).extracting(Fact::ordinal).containsExactly(1, 2, 3, 4);
        assertThat(solutions).extracting(Fact::label).containsExactly(
                "Nâng cao chất lượng thông tin đối ngoại",
                "Hỗ trợ doanh nghiệp tiếp cận thị trường mới",
                "Mở rộng hợp tác với các địa phương láng giềng",
                "Đào tạo đội ngũ cán bộ làm công tác đối ngoại");
        assertThat(solutions).allSatisfy(f -> {
            assertThat(f.set()).as("not one of the curated sets: left to a reviewer").isNull();
            assertThat(f.source()).isEqualTo("qn-2024");
            assertThat(f.attribute("announcedCount")).isEqualTo("4");
        });
        assertThat(draft.warnings()).isEmpty();
    }

    @Test
    void theNamedGroupIsProposedWithItsMembers() {
        assertThat(draft.facts("group-mui-nhon")).extracting(Fact::label)
                .containsExactly("Ngoại giao kinh tế", "Ngoại giao văn hoá");
    }

    @Test
    void figuresComeWithUnitQualifierAndDate() {
        List<Fact> figures = draft.facts(FactSet.FIGURES);
        assertThat(figures).extracting(f -> f.value().toPlainString() + " " + f.unit() + " @" + f.asOf())
                .containsExactlyInAnyOrder(
                        "1500 đoàn khách @2024",
                        "2.3 tỷ USD @2024",
                        "27 địa phương @2025-03-05",
                        "12 quốc gia @2025-03-05",
                        "3 triệu lượt khách @2025-03-05",
                        "2 mũi nhọn @2025-03-05",
                        "4 giải pháp @2025-03-05");
        assertThat(figures).filteredOn(f -> f.unit().equals("đoàn khách")).singleElement()
                .satisfies(f -> assertThat(f.attribute("qualifier")).isEqualTo("hơn"));
        assertThat(figures).filteredOn(f -> f.unit().equals("giải pháp")).singleElement().satisfies(f -> {
            assertThat(f.attribute("announces")).isEqualTo("enumeration-giai-phap-trong-tam");
            assertThat(f.asOf()).as("2030 is the target, not when it was said").isEqualTo("2025-03-05");
        });
    }

    @Test
    void theDraftQuotesTheArticleAndNeverItsNoise() {
        assertThat(draft.proposals()).isNotEmpty().allSatisfy(p -> {
            assertThat(article.locate(p.fact().quote())).as(p.fact().quote()).isPresent();
            assertThat(p.fact().quote()).doesNotContain("Lượt xem", "Giá vàng", "Zalo", "QNO");
        });
        assertThat(draft.proposals()).noneMatch(p -> p.fact().value() != null
                && p.fact().value().intValue() == 3456);
    }
}
