package vn.civicsquiz.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import vn.civicsquiz.question.QuestionDraft;
import vn.civicsquiz.question.QuestionDraft.OptionDraft;
import vn.civicsquiz.question.QuestionKind;

/** The oracle the bank-wide test relies on does catch a true distractor. */
class TruthOracleTest {

    private final TruthOracle oracle = new TruthOracle(SeedFacts.all());

    private static QuestionDraft single(String topic, String stem, String factId, String correct, String... wrong) {
        List<OptionDraft> options = new java.util.ArrayList<>(List.of(OptionDraft.choice(correct, true)));
        for (String w : wrong) {
            options.add(OptionDraft.choice(w, false));
        }
        return new QuestionDraft(QuestionKind.SINGLE, topic, null, stem, options, null, null, "x", 0.4,
                List.of(factId), "000_7edb9b8851f52cde", "q");
    }

    @Test
    void flagsTheOtherDatesCountOfCountriesAsATrueDistractor() {
        QuestionDraft q = single("figures", "Đến năm 2021, có bao nhiêu quốc gia có quan hệ ngoại giao với Việt Nam?",
                "fig-diplomatic-relations-2021", "189 quốc gia", "193 quốc gia", "174 quốc gia", "161 quốc gia");
        assertThat(oracle.problems(q)).hasSize(1);
    }

    @Test
    void flagsAWrongPersonWhoActuallyHoldsTheRole() {
        QuestionDraft q = single("people", "Vào ngày 14/12/2021, ai là Tổng Bí thư?", "person-nguyen-phu-trong",
                "Nguyễn Phú Trọng", "Tô Lâm", "Phạm Bình Minh", "Bùi Thanh Sơn");
        assertThat(oracle.problems(q)).singleElement().asString().contains("Tô Lâm");
    }

    @Test
    void flagsAnOddOneOutThatIsAMember() {
        QuestionDraft q = new QuestionDraft(QuestionKind.NEGATIVE, "three-pillars", null, "Đâu KHÔNG phải …?",
                List.of(OptionDraft.choice("Đối ngoại Đảng", true), OptionDraft.choice("Ngoại giao Nhà nước", false),
                        OptionDraft.choice("Đối ngoại nhân dân", false), OptionDraft.choice("Đối ngoại kinh tế", false)),
                null, null, "x", 0.4, List.of("pillar-1"), "000_7edb9b8851f52cde", "q");
        assertThat(oracle.problems(q)).hasSize(2);
    }

    @Test
    void flagsAnEventWhoseDayFallsInTheAskedYear() {
        List<vn.civicsquiz.content.fact.Fact> facts = new java.util.ArrayList<>(SeedFacts.all());
        facts.add(new vn.civicsquiz.content.fact.Fact("event-network-chair", vn.civicsquiz.content.fact.FactSet.EVENTS, null,
                "Mạng lưới", "Mạng lưới", null, null, "2021", SeedFacts.A001, "q",
                java.util.Map.of("name", "Mạng lưới các chính quyền địa phương", "date", "2021")));
        TruthOracle withYearEvent = new TruthOracle(facts);
        QuestionDraft q = single("events", "Theo các bài viết, sự kiện nào diễn ra vào năm 2021?",
                "event-network-chair", "Mạng lưới các chính quyền địa phương", "Đại hội VI",
                "Hội nghị Ngoại giao lần thứ 32", "Hội nghị Ngoại vụ toàn quốc lần thứ 20");
        assertThat(withYearEvent.problems(q)).singleElement().asString().contains("Hội nghị Ngoại vụ toàn quốc lần thứ 20");
    }

    @Test
    void flagsAFillInValueThatTheArticlesBoundMakesTrueAsWell() {
        String stem = FigureWording.FILL_IN + "Đến tháng 12/2021, Quốc hội Việt Nam có quan hệ với quốc hội, nghị viện "
                + "của hơn … nước.";
        QuestionDraft below = single("figures", stem, "fig-parliaments", "140", "120", "150", "160");
        QuestionDraft above = single("figures", stem, "fig-parliaments", "140", "150", "160", "175");
        assertThat(oracle.problems(below)).singleElement().asString().contains("120");
        assertThat(oracle.problems(above)).isEmpty();
    }

    @Test
    void acceptsAnHonestQuestion() {
        QuestionDraft q = single("nine-tasks",
                "Nhiệm vụ trọng tâm thứ ba trong các nhiệm vụ trọng tâm của đối ngoại theo tinh thần Đại hội XIII là gì?",
                "task-3", "Triển khai mạnh mẽ, hiệu quả, sáng tạo hơn nữa đối ngoại đa phương",
                "Giữ gìn, phát huy bản sắc ngoại giao Việt Nam", "Xây dựng nền ngoại giao toàn diện, hiện đại với ba trụ cột",
                "Củng cố tin cậy chính trị, làm sâu sắc hơn quan hệ với các đối tác");
        assertThat(oracle.problems(q)).isEmpty();
    }
}
