package vn.civicsquiz.content.fact;

import vn.civicsquiz.content.text.TextNormaliser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class FactCatalogTest {

    private static final FactCatalog CATALOG = FactCatalog.load();

    @Test
    void loadsEverySetFromItsOwnFile() {
        for (FactSet set : FactSet.values()) {
            assertThat(CATALOG.bySet(set)).as(set.slug()).isNotEmpty().allMatch(f -> f.set() == set);
        }
    }

    @Test
    void ordersTheNineTasksByOrdinal() {
        List<Fact> tasks = CATALOG.bySet(FactSet.NINE_TASKS);

        assertThat(tasks).extracting(Fact::ordinal).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9);
        assertThat(tasks.get(0).label()).isEqualTo("Xây dựng nền ngoại giao toàn diện, hiện đại với ba trụ cột");
        assertThat(tasks.get(3).text()).contains("thế chân kiềng");
    }

    @Test
    void theThreePillarsAreTheArticlesThree() {
        assertThat(CATALOG.bySet(FactSet.THREE_PILLARS)).extracting(Fact::label)
                .containsExactly("Đối ngoại Đảng", "Ngoại giao Nhà nước", "Đối ngoại nhân dân");
    }

    @Test
    void displayTextsUseNewTonePlacementWhileQuotesStayVerbatim() {
        Fact lesson = CATALOG.find("lesson-2").orElseThrow();

        assertThat(lesson.text()).contains("đa phương hóa, đa dạng hóa").doesNotContain("hoá");
        assertThat(lesson.quote()).contains("đa phương hoá, đa dạng hoá");
        assertThat(lesson.label()).as("a label is printed in «…» as the article's words").contains("đa phương hoá");
    }

    @Test
    void aFigureThatChangedOverTimeIsKeptOncePerDate() {
        Fact in2021 = CATALOG.find("fig-diplomatic-relations-2021").orElseThrow();
        Fact in2024 = CATALOG.find("fig-diplomatic-relations-2024").orElseThrow();

        assertThat(in2021.value()).isEqualByComparingTo("189");
        assertThat(in2021.attribute("of")).isEqualTo("193");
        assertThat(in2021.asOf()).startsWith("2021");
        assertThat(in2024.value()).isEqualByComparingTo("193");
        assertThat(in2024.asOf()).startsWith("2024");
        assertThat(in2021.attribute("relatedTo")).isEqualTo(in2024.id());
    }

    @Test
    void theSameMeasureReportedDifferentlyKeepsBothVersionsWithTheirSources() {
        Fact thousands = CATALOG.find("fig-people-organisations-thousands").orElseThrow();
        Fact exact = CATALOG.find("fig-people-organisations-1200").orElseThrow();

        assertThat(thousands.source()).isEqualTo("000_7edb9b8851f52cde");
        assertThat(thousands.attribute("display")).isEqualTo("hàng nghìn");
        assertThat(exact.source()).isEqualTo("004_eb37e1d492f2c415");
        assertThat(exact.quote()).contains("1.200");
    }

    @Test
    void theEconomicPillarOfHanoiIsATrapNotAFourthPillar() {
        assertThat(CATALOG.bySet(FactSet.PHRASES)).filteredOn(f -> "true".equals(f.attribute("trap")))
                .anySatisfy(f -> {
                    assertThat(f.attribute("phrase")).isEqualTo("đối ngoại kinh tế là trụ cột chính");
                    assertThat(f.attribute("trapFor")).isEqualTo("three-pillars");
                });
        assertThat(CATALOG.bySet(FactSet.THREE_PILLARS)).extracting(Fact::label)
                .noneMatch(label -> TextNormaliser.fold(label).contains("kinh tế"));
    }

    @Test
    void hedgedFiguresCarryTheirQualifier() {
        assertThat(CATALOG.find("fig-parliament-relations").orElseThrow().attribute("qualifier")).isEqualTo("hơn");
        assertThat(CATALOG.find("fig-danang-delegations").orElseThrow().attribute("qualifier")).isEqualTo("gần");
        assertThat(CATALOG.find("fig-foreign-investment-since-doi-moi").orElseThrow().attribute("qualifier"))
                .isEqualTo("khoảng");
        assertThat(CATALOG.find("fig-trade-partners").orElseThrow().attribute("qualifier")).isNull();
    }
}
