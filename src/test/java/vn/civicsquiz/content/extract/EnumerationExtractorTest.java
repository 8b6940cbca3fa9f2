package vn.civicsquiz.content.extract;

import org.junit.jupiter.api.Test;
import vn.civicsquiz.content.fact.Fact;
import vn.civicsquiz.content.fact.FactSet;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class EnumerationExtractorTest {

    @Test
    void itemsAfterAnAnnouncedCountBecomeAnOrderedSet() {
        ExtractionResult result = ExtractionFixtures.extract("""
                Bộ trưởng cho biết, ngành ngoại giao sẽ tập trung vào 3 nhiệm vụ trọng tâm.

                Một là, nâng cao chất lượng công tác nghiên cứu, dự báo tình hình.

                Hai là, đẩy mạnh ngoại giao kinh tế phục vụ phát triển. Lấy doanh nghiệp làm trung tâm.

                Ba là, kiện toàn tổ chức bộ máy các cơ quan đại diện.
                """);

        List<Fact> tasks = result.facts(FactSet.NINE_TASKS);
        assertThat(tasks).extracting(Fact::ordinal).containsExactly(1, 2, 3);
        assertThat(tasks).extracting(Fact::label).containsExactly(
                "Nâng cao chất lượng công tác nghiên cứu, dự báo tình hình",
                "Đẩy mạnh ngoại giao kinh tế phục vụ phát triển",
                "Kiện toàn tổ chức bộ máy các cơ quan đại diện");
        assertThat(tasks.get(1).quote()).isEqualTo("Hai là, đẩy mạnh ngoại giao kinh tế phục vụ phát triển.");
        assertThat(tasks.get(1).text()).endsWith("Lấy doanh nghiệp làm trung tâm.");
        assertThat(tasks.get(0).attribute("header")).isEqualTo("3 nhiệm vụ trọng tâm");
        assertThat(result.warnings()).isEmpty();
    }

    @Test
    void aCountThatDoesNotMatchTheItemsIsReportedNotAccepted() {
        ExtractionResult result = ExtractionFixtures.extract("""
                Có thể rút ra bốn bài học sau: Thứ nhất, giữ vững độc lập, tự chủ. Thứ hai, kiên trì đối thoại.

                Thứ ba, chủ động hội nhập quốc tế.
                """);

        assertThat(result.facts(FactSet.FIVE_LESSONS)).hasSize(3);
        assertThat(result.warnings()).singleElement().satisfies(w -> {
            assertThat(w.code()).isEqualTo(ExtractionWarning.COUNT_MISMATCH);
            assertThat(w.message()).contains("bốn bài học").contains("4").contains("3");
        });
    }

    @Test
    void anEnumerationOfSomethingElseGetsAGenericSetName() {
        ExtractionResult result = ExtractionFixtures.extract("""
                Hội nghị thống nhất 2 nguyên tắc phối hợp.

                1. Thông tin kịp thời giữa các bộ, ngành.

                2. Phân công rõ trách nhiệm của từng đơn vị.
                """);

        assertThat(result.proposals()).filteredOn(p -> p.fact().ordinal() != null)
                .extracting(ProposedFact::setName).containsOnly("enumeration-nguyen-tac-phoi-hop");
        assertThat(result.proposals()).filteredOn(p -> p.fact().ordinal() != null)
                .allSatisfy(p -> assertThat(p.fact().set()).isNull());
        assertThat(result.facts("enumeration-nguyen-tac-phoi-hop")).extracting(Fact::label)
                .containsExactly("Thông tin kịp thời giữa các bộ, ngành", "Phân công rõ trách nhiệm của từng đơn vị");
    }

    @Test
    void anEnumerationWithoutAnnouncedCountIsKeptWithAWarning() {
        ExtractionResult result = ExtractionFixtures.extract("""
                Đại biểu nêu ý kiến về công tác đối ngoại địa phương.

                Thứ nhất, tăng cường quảng bá hình ảnh địa phương. Thứ hai, thu hút đầu tư có chọn lọc.
                """);

        assertThat(result.facts("enumeration")).hasSize(2);
        assertThat(result.warnings()).extracting(ExtractionWarning::code)
                .containsExactly(ExtractionWarning.NO_ANNOUNCED_COUNT);
    }

    @Test
    void aWeekdayOrALoneOrdinalIsNotAnEnumeration() {
        ExtractionResult result = ExtractionFixtures.extract("""
                Thứ Ba, lãnh đạo tỉnh tiếp đoàn đại biểu nước bạn tại trụ sở Tỉnh ủy.

                Đây là lần thứ hai đoàn đến thăm tỉnh trong năm nay.
                """);

        assertThat(result.proposals()).noneMatch(p -> p.fact().ordinal() != null);
        assertThat(result.warnings()).isEmpty();
    }
}
