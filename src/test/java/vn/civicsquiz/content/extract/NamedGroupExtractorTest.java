package vn.civicsquiz.content.extract;

import vn.civicsquiz.content.fact.Fact;
import org.junit.jupiter.api.Test;
import vn.civicsquiz.content.fact.FactSet;

import static org.assertj.core.api.Assertions.assertThat;

class NamedGroupExtractorTest {

    @Test
    void countWordThenLaListsTheMembersInOrder() {
        ExtractionResult result = ExtractionFixtures.extract("""
                Việc xây dựng nền ngoại giao toàn diện, hiện đại phải dựa trên ba trụ cột là đối ngoại Đảng, \
                ngoại giao Nhà nước và đối ngoại nhân dân.
                """);

        assertThat(result.facts(FactSet.THREE_PILLARS)).extracting(Fact::ordinal, Fact::label).containsExactly(
                org.assertj.core.groups.Tuple.tuple(1, "Đối ngoại Đảng"),
                org.assertj.core.groups.Tuple.tuple(2, "Ngoại giao Nhà nước"),
                org.assertj.core.groups.Tuple.tuple(3, "Đối ngoại nhân dân"));
        assertThat(result.warnings()).isEmpty();
    }

    @Test
    void digitCountWithColonAndClosingQuote() {
        ExtractionResult result = ExtractionFixtures.extract("""
                Đại hội đề ra chủ trương “xây dựng nền ngoại giao toàn diện, hiện đại với 3 trụ cột là: đối ngoại \
                Đảng, ngoại giao Nhà nước và đối ngoại nhân dân”. Chủ trương này phản ánh sự trưởng thành.
                """);

        assertThat(result.facts(FactSet.THREE_PILLARS)).extracting(Fact::label)
                .containsExactly("Đối ngoại Đảng", "Ngoại giao Nhà nước", "Đối ngoại nhân dân");
        assertThat(result.facts(FactSet.THREE_PILLARS).get(0).quote()).startsWith("Đại hội đề ra chủ trương");
    }

    @Test
    void gomIntroducesAGenericGroup() {
        ExtractionResult result = ExtractionFixtures.extract("""
                Đoàn công tác gồm hai nhóm gồm nhóm kinh tế và nhóm văn hóa.
                """);

        assertThat(result.facts("group-nhom")).extracting(Fact::label).containsExactly("Nhóm kinh tế", "Nhóm văn hóa");
    }

    @Test
    void aMemberCountThatDoesNotMatchIsAWarning() {
        ExtractionResult result = ExtractionFixtures.extract("""
                Tỉnh xác định hai trụ cột là du lịch, nông nghiệp sạch và công nghiệp chế biến.
                """);

        assertThat(result.facts(FactSet.THREE_PILLARS)).hasSize(3);
        assertThat(result.warnings()).singleElement().satisfies(w -> {
            assertThat(w.code()).isEqualTo(ExtractionWarning.COUNT_MISMATCH);
            assertThat(w.message()).contains("hai trụ cột").contains("2").contains("3");
        });
    }

    @Test
    void aPillarWithoutCountIsNotAGroup() {
        ExtractionResult result = ExtractionFixtures.extract("""
                Trong đó, đối ngoại kinh tế là trụ cột chính, góp phần tạo động lực thúc đẩy tăng trưởng bền vững \
                của Thủ đô.
                """);

        assertThat(result.facts(FactSet.THREE_PILLARS)).isEmpty();
        assertThat(result.proposals()).isEmpty();
    }
}
