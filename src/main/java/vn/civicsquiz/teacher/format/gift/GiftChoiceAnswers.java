package vn.civicsquiz.teacher.format.gift;

import java.util.ArrayList;
import java.util.List;
import vn.civicsquiz.question.QuestionDraft.OptionDraft;
import vn.civicsquiz.question.QuestionKind;
import vn.civicsquiz.teacher.format.ImportedText;

/** Multiple choice, multiple answers, matching, true/false and short answer blocks. */
final class GiftChoiceAnswers {

    private GiftChoiceAnswers() {
    }

    /**
     * {@code {=right ~wrong}} is SINGLE; without '=' every answer is '~' with a weight and the question is
     * MULTIPLE, an answer being correct when its weight is positive. Weights after '=' are not read (Moodle
     * does not either), so {@code =%50%x} is the answer "%50%x".
     */
    static GiftAnswers multipleChoice(GiftText block, GiftContext context) {
        List<GiftParts.Part> parts = GiftParts.answers(block, "~=");
        if (parts.size() < 2) {
            throw GiftProblem.error(block.line(), "Câu hỏi trắc nghiệm cần ít nhất hai đáp án",
                    "a multiple-choice question needs at least two answers");
        }
        long right = parts.stream().filter(p -> p.marker() == '=').count();
        if (right > 1) {
            throw GiftProblem.unsupported("Có " + right + " đáp án được đánh dấu '=' (đáp án nào cũng đúng); câu hỏi"
                    + " một lựa chọn của ứng dụng chỉ có đúng một đáp án đúng", right + " answers are marked '=' (any"
                    + " one of them right); the app's single-choice questions have exactly one right answer");
        }
        List<OptionDraft> options = new ArrayList<>();
        for (GiftParts.Part part : parts) {
            boolean marked = part.marker() == '=';
            GiftParts.Weighted weighted = marked ? new GiftParts.Weighted(null, part.body())
                    : GiftParts.weight(part.body());
            GiftParts.Commented commented = GiftParts.comment(weighted.rest());
            boolean correct = right == 1 ? marked : weighted.weight() != null && weighted.weight().signum() > 0;
            options.add(new OptionDraft(context.required(commented.text(), "Đáp án", "an answer"), correct, null, null,
                    weighted.weight(), context.optional(commented.feedback())));
        }
        return new GiftAnswers(right == 1 ? QuestionKind.SINGLE : QuestionKind.MULTIPLE, options, null, null);
    }

    /** {@code =item -> match}; {@code = -> extra} is an answer that matches no item (blank option text). */
    static GiftAnswers matching(GiftText block, GiftContext context) {
        List<GiftParts.Part> parts = GiftParts.answers(block, "=");
        if (parts.size() < 2) {
            throw GiftProblem.error(block.line(), "Câu hỏi ghép cặp cần ít nhất hai cặp",
                    "a matching question needs at least two pairs");
        }
        List<OptionDraft> options = new ArrayList<>();
        for (GiftParts.Part part : parts) {
            GiftText pair = part.body();
            int arrow = pair.indexOf("->");
            if (arrow < 0) {
                throw GiftProblem.error(pair.line(), "Đáp án ghép cặp " + GiftParts.quote(pair.plain())
                        + " cần viết theo dạng 'item -> match'", "matching answer " + GiftParts.quote(pair.plain())
                        + " needs the form 'item -> match'");
            }
            String match = Gift.trim(ImportedText.nfc(pair.sub(arrow + 2).plain()));
            if (match.isEmpty()) {
                throw GiftProblem.error(pair.line(), "Đáp án ghép cặp " + GiftParts.quote(pair.plain())
                        + " không có gì sau '->'", "matching answer " + GiftParts.quote(pair.plain())
                        + " has nothing after '->'");
            }
            options.add(new OptionDraft(context.text(pair.sub(0, arrow)), false, null, match, null, null));
        }
        return new GiftAnswers(QuestionKind.MATCHING, options, null, null);
    }

    /**
     * {@code {TRUE#feedback when wrong#feedback when right}}. Each feedback is kept on the option that shows it:
     * the wrong-answer feedback on the wrong option, the right-answer feedback on the right one.
     */
    static GiftAnswers trueFalse(GiftText block, boolean truth, GiftContext context) {
        int first = block.indexOf("#");
        GiftText whenWrong = null;
        GiftText whenRight = null;
        if (first >= 0) {
            GiftText rest = block.sub(first + 1);
            int second = rest.indexOf("#");
            whenWrong = second < 0 ? rest : rest.sub(0, second);
            whenRight = second < 0 ? null : rest.sub(second + 1);
        }
        String wrong = context.optional(whenWrong);
        String right = context.optional(whenRight);
        return new GiftAnswers(QuestionKind.TRUE_FALSE, List.of(
                new OptionDraft(Gift.TRUE_LABEL, truth, null, null, null, truth ? right : wrong),
                new OptionDraft(Gift.FALSE_LABEL, !truth, null, null, null, truth ? wrong : right)), null, null);
    }

    /** {@code {=answer =%50%half right#feedback}}: accepted answers, correct unless weighted 0% or less. */
    static GiftAnswers shortAnswer(GiftText block, GiftContext context) {
        List<OptionDraft> options = new ArrayList<>();
        for (GiftParts.Part part : GiftParts.answers(block, "=")) {
            GiftParts.Weighted weighted = GiftParts.weight(part.body());
            GiftParts.Commented commented = GiftParts.comment(weighted.rest());
            boolean correct = weighted.weight() == null || weighted.weight().signum() > 0;
            options.add(new OptionDraft(context.required(commented.text(), "Đáp án", "an answer"), correct, null, null,
                    weighted.weight(), context.optional(commented.feedback())));
        }
        if (options.isEmpty()) {
            throw GiftProblem.error(block.line(), "Câu hỏi trả lời ngắn cần ít nhất một đáp án",
                    "a short-answer question needs at least one answer");
        }
        return new GiftAnswers(QuestionKind.SHORT_ANSWER, options, null, null);
    }
}
