package vn.civicsquiz.question;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.civicsquiz.question.QuestionDraft.OptionDraft;

class QuestionHashTest {

    private static QuestionDraft single(String stem, List<OptionDraft> options, String explanation) {
        return new QuestionDraft(QuestionKind.SINGLE, "three-pillars", null, stem, options, null, null, explanation,
                0.4, List.of("pillar-1"), "000_7edb9b8851f52cde", "trích dẫn");
    }

    private static final List<OptionDraft> OPTIONS = List.of(
            OptionDraft.choice("Đối ngoại Đảng", true),
            OptionDraft.choice("Ngoại giao văn hóa", false),
            OptionDraft.choice("Đối ngoại kinh tế", false),
            OptionDraft.choice("Thông tin đối ngoại", false));

    @Test
    void isSixtyFourLowerCaseHexCharacters() {
        assertThat(QuestionHash.of(single("Trụ cột nào?", OPTIONS, "x"))).matches("[0-9a-f]{64}");
    }

    @Test
    void optionOrderExplanationAndSpellingVariantsDoNotChangeTheHash() {
        String hash = QuestionHash.of(single("Trụ cột nào là đúng?", OPTIONS, "Giải thích một"));
        List<OptionDraft> shuffledWithOldTonePlacement = List.of(OPTIONS.get(3),
                OptionDraft.choice("Ngoại giao văn hoá", false), OPTIONS.get(2), OPTIONS.get(0));
        assertThat(QuestionHash.of(single("Trụ\u00A0cột  nào là đúng?", shuffledWithOldTonePlacement,
                "Giải thích hai"))).isEqualTo(hash);
    }

    @Test
    void aDifferentStemCorrectFlagOrKindGivesADifferentHash() {
        String hash = QuestionHash.of(single("Trụ cột nào?", OPTIONS, "x"));
        assertThat(QuestionHash.of(single("Trụ cột nào sai?", OPTIONS, "x"))).isNotEqualTo(hash);
        List<OptionDraft> otherAnswer = List.of(OptionDraft.choice("Đối ngoại Đảng", false),
                OptionDraft.choice("Ngoại giao văn hóa", true), OPTIONS.get(2), OPTIONS.get(3));
        assertThat(QuestionHash.of(single("Trụ cột nào?", otherAnswer, "x"))).isNotEqualTo(hash);
        QuestionDraft negative = new QuestionDraft(QuestionKind.NEGATIVE, "three-pillars", null, "Trụ cột nào?",
                OPTIONS, null, null, "x", 0.4, List.of(), null, null);
        assertThat(QuestionHash.of(negative)).isNotEqualTo(hash);
    }

    @Test
    void numericAnswersCompareByValueNotByScale() {
        QuestionDraft a = new QuestionDraft(QuestionKind.NUMERIC, "figures", null, "Bao nhiêu?", List.of(),
                new BigDecimal("24.80"), new BigDecimal("1.0"), "x", 0.7, List.of(), null, null);
        QuestionDraft b = new QuestionDraft(QuestionKind.NUMERIC, "figures", null, "Bao nhiêu?", List.of(),
                new BigDecimal("24.8"), BigDecimal.ONE, "y", 0.5, List.of(), null, null);
        QuestionDraft c = new QuestionDraft(QuestionKind.NUMERIC, "figures", null, "Bao nhiêu?", List.of(),
                new BigDecimal("24.9"), BigDecimal.ONE, "y", 0.5, List.of(), null, null);
        assertThat(QuestionHash.of(a)).isEqualTo(QuestionHash.of(b)).isNotEqualTo(QuestionHash.of(c));
    }
}
