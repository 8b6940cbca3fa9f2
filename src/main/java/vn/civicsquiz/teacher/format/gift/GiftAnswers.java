package vn.civicsquiz.teacher.format.gift;

import java.math.BigDecimal;
import java.util.List;
import vn.civicsquiz.question.QuestionKind;
import vn.civicsquiz.question.QuestionDraft.OptionDraft;

/** The answers of a question and the kind they make. */
record GiftAnswers(QuestionKind kind, List<OptionDraft> options, BigDecimal numericAnswer, BigDecimal tolerance) {

    private static final List<String> TRUE_FALSE = List.of("T", "TRUE", "F", "FALSE");

    /** Decides the kind from the answer block exactly as Moodle does, then reads it. */
    static GiftAnswers read(GiftText block, GiftContext context) {
        if (block.startsWith("#")) {
            return GiftNumericAnswer.read(block, context);
        }
        if (block.contains("~")) {
            return GiftChoiceAnswers.multipleChoice(block, context);
        }
        if (block.contains("=") && block.contains("->")) {
            return GiftChoiceAnswers.matching(block, context);
        }
        int hash = block.indexOf("#");
        String value = Gift.trim((hash > 0 ? block.sub(0, hash) : block).plain());
        if (TRUE_FALSE.contains(value)) {
            return GiftChoiceAnswers.trueFalse(block, value.startsWith("T"), context);
        }
        return GiftChoiceAnswers.shortAnswer(block, context);
    }
}
