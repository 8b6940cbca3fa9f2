package vn.civicsquiz.content.fact;

import vn.civicsquiz.content.article.SourceCatalog;
import vn.civicsquiz.content.text.VietnameseNumbers;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The shipped fact base is grounded, and every grounding rule really rejects a bad fact. */
class FactGroundingTest {

    private static final FactCatalog CATALOG = FactCatalog.load();
    private static final FactGrounding GROUNDING = FactGrounding.of(SourceCatalog.load());
    private static final String ARTICLE_000 = "000_7edb9b8851f52cde";
    private static final String ARTICLE_002 = "002_17586b125ab360a7";

    @Test
    void everyShippedFactIsGrounded() {
        assertThat(GROUNDING.problems(CATALOG.facts())).isEmpty();
    }

    @Test
    void theFactBaseCoversEnoughFiguresAndPeople() {
        assertThat(CATALOG.bySet(FactSet.FIGURES)).hasSizeGreaterThanOrEqualTo(30);
        assertThat(CATALOG.bySet(FactSet.PEOPLE)).hasSizeGreaterThanOrEqualTo(10);
        assertThat(CATALOG.bySet(FactSet.NINE_TASKS)).hasSize(9);
        assertThat(CATALOG.bySet(FactSet.FIVE_LESSONS)).hasSize(5);
        assertThat(CATALOG.bySet(FactSet.THREE_PILLARS)).hasSize(3);
    }

    @Test
    void rejectsAQuoteThatIsNotInTheArticle() {
        Fact invented = copy(CATALOG.find("fig-trade-partners").orElseThrow(), "quote",
                "Việt Nam đã có quan hệ thương mại với 230 thị trường và đối tác");

        assertThat(problemsWith(invented)).anyMatch(p -> p.contains("quote not found"));
    }

    @Test
    void rejectsAQuoteTakenFromPageNoise() {
        Fact fromAnUnrelatedStory = new Fact("fig-phu-quoc-building", FactSet.FIGURES, null, "12 tầng",
                "Tòa nhà xây trái phép ở Phú Quốc cao 12 tầng.", new BigDecimal("12"), "tầng", "2024", ARTICLE_002,
                "tòa nhà 12 tầng xây trái phép ở Phú Quốc", Map.of("counts", "tầng"));

        assertThat(problemsWith(fromAnUnrelatedStory)).anyMatch(p -> p.contains("AFTER_END noise"))
                .anyMatch(p -> p.contains("quote not found"));
    }

    @Test
    void rejectsAFactFromAPhotoCaptionEvenIfTheWordsAlsoAppearInTheBody() {
        Fact caption = new Fact("person-caption", FactSet.PEOPLE, null, "Phạm Bình Minh", "Ông phát biểu.", null,
                null, "2021-12-14", ARTICLE_000, "Phó Thủ tướng Thường trực Phạm Bình Minh phát biểu tại Hội nghị",
                Map.of("name", "Phạm Bình Minh", "role", "Phó Thủ tướng Thường trực"));

        assertThat(problemsWith(caption)).anyMatch(p -> p.contains("PHOTO_CAPTION noise"));
    }

    @Test
    void rejectsAnUnknownSource() {
        Fact fact = copy(CATALOG.find("person-to-lam").orElseThrow(), "source", "005_missing");

        assertThat(problemsWith(fact)).anyMatch(p -> p.contains("unknown source 005_missing"));
    }

    @Test
    void rejectsDuplicateIdsAndDuplicateTexts() {
        Fact original = CATALOG.find("phrase-the-chan-kieng").orElseThrow();
        Fact sameId = copy(original, "text", "Một văn bản khác hẳn.");
        Fact sameText = copy(original, "id", "phrase-the-chan-kieng-again");

        List<String> problems = GROUNDING.problems(withExtra(sameId, sameText));

        assertThat(problems).anyMatch(p -> p.equals("phrase-the-chan-kieng: duplicate id"))
                .anyMatch(p -> p.startsWith("phrase-the-chan-kieng-again: same text"));
    }

    @Test
    void rejectsAnOrderedSetWithAGap() {
        List<Fact> facts = new ArrayList<>(CATALOG.facts());
        facts.removeIf(f -> f.id().equals("task-4"));

        assertThat(GROUNDING.problems(facts)).anyMatch(p -> p.startsWith("nine-tasks: ordinals must run"))
                .anyMatch(p -> p.equals("nine-tasks: the article announces 9 but the set has 8"));
    }

    @Test
    void rejectsATaskFiledUnderTheWrongOrdinal() {
        List<Fact> facts = new ArrayList<>(CATALOG.facts());
        Fact third = CATALOG.find("task-3").orElseThrow();
        Fact fourth = CATALOG.find("task-4").orElseThrow();
        facts.replaceAll(f -> f == third ? copy(third, "quote", fourth.quote())
                : f == fourth ? copy(fourth, "quote", third.quote()) : f);

        assertThat(GROUNDING.problems(facts)).contains(
                "task-3: quote is item 4 of the article's list, ordinal says 3",
                "task-4: quote is item 3 of the article's list, ordinal says 4");
    }

    @Test
    void rejectsPillarsInAnotherOrderThanTheArticleLists() {
        List<Fact> facts = new ArrayList<>(CATALOG.facts());
        facts.replaceAll(f -> f.id().equals("pillar-1") ? copy(f, "label", "Ngoại giao Nhà nước")
                : f.id().equals("pillar-2") ? copy(f, "label", "Đối ngoại Đảng") : f);

        assertThat(GROUNDING.problems(facts)).anyMatch(p -> p.startsWith("pillar-2: 'Đối ngoại Đảng' is not listed"));
    }

    @Test
    void rejectsAFigureWhoseNumberIsNotInItsQuote() {
        Fact wrongNumber = copyValue(CATALOG.find("fig-party-relations").orElseThrow(), new BigDecimal("248"));

        assertThat(problemsWith(wrongNumber)).anyMatch(p -> p.contains("does not contain the number '248'"));
    }

    @Test
    void rejectsAFigureThatDropsTheArticlesHedge() {
        Fact fact = CATALOG.find("fig-parliament-relations").orElseThrow();
        Map<String, String> attributes = new HashMap<>(fact.attributes());
        attributes.remove("qualifier");
        Fact unhedged = new Fact(fact.id(), fact.set(), null, fact.label(), fact.text(), fact.value(), fact.unit(),
                fact.asOf(), fact.source(), fact.quote(), attributes);

        assertThat(problemsWith(unhedged)).anyMatch(p -> p.contains("the article says 'hơn 140'"));
    }

    @Test
    void readsVietnameseNumberFormatsInQuotes() {
        assertThat(CATALOG.find("fig-people-organisations-1200").orElseThrow().value()).isEqualByComparingTo("1200");
        assertThat(CATALOG.find("fig-hanoi-fdi-since-2016").orElseThrow().value()).isEqualByComparingTo("24.8");
        assertThat(VietnameseNumbers.format(new BigDecimal("1200"))).isEqualTo("1.200");
        assertThat(VietnameseNumbers.format(new BigDecimal("1.467"))).isEqualTo("1,467");
        assertThat(VietnameseNumbers.indexOfNumber("với 189/193 quốc gia", "193")).isEqualTo(8);
        assertThat(VietnameseNumbers.indexOfNumber("lên 1.200 tổ chức", "200")).isEqualTo(-1);
    }

    private static List<String> problemsWith(Fact extra) {
        List<Fact> facts = new ArrayList<>(CATALOG.facts());
        facts.removeIf(f -> f.id().equals(extra.id()));
        facts.add(extra);
        return GROUNDING.problems(facts);
    }

    private static List<Fact> withExtra(Fact... extra) {
        List<Fact> facts = new ArrayList<>(CATALOG.facts());
        facts.addAll(List.of(extra));
        return facts;
    }

    private static Fact copy(Fact f, String field, String value) {
        return new Fact(field.equals("id") ? value : f.id(), f.set(), f.ordinal(),
                field.equals("label") ? value : f.label(), field.equals("text") ? value : f.text(), f.value(),
                f.unit(), f.asOf(), field.equals("source") ? value : f.source(),
                field.equals("quote") ? value : f.quote(), f.attributes());
    }

    private static Fact copyValue(Fact f, BigDecimal value) {
        return new Fact(f.id(), f.set(), f.ordinal(), f.label(), f.text(), value, f.unit(), f.asOf(), f.source(),
                f.quote(), f.attributes());
    }
}
