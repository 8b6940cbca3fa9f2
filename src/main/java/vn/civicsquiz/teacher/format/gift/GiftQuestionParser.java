package vn.civicsquiz.teacher.format.gift;

import java.util.List;
import vn.civicsquiz.question.QuestionDraft;
import vn.civicsquiz.teacher.format.ImportResult;
import vn.civicsquiz.teacher.format.ImportResult.Problem;
import vn.civicsquiz.teacher.format.ImportedText;

/**
 * One GIFT question: {@code ::title::}, question text, one answer block, text after it. An answer block in
 * the middle of the text leaves a blank {@value Gift#BLANK} in the stem; the stray {@code ";} Moodle writes
 * after some closing braces is ignored.
 */
final class GiftQuestionParser {

    record Parsed(int line, QuestionDraft draft, List<Problem> warnings) {
    }

    private record Block(GiftText stem, GiftText answers) {
    }

    private GiftQuestionParser() {
    }

    /** @throws GiftProblem for invalid GIFT and for items the app cannot hold */
    static Parsed parse(GiftText item, String topic) {
        GiftText rest = item;
        String title = null;
        if (rest.startsWith("::")) {
            rest = rest.sub(2);
            int end = rest.indexOf("::");
            if (end >= 0) {
                String name = Gift.trim(ImportedText.nfc(rest.sub(0, end).plain()));
                title = name.isEmpty() ? null : name;
                rest = rest.sub(end + 2).trim();
            }
        }
        Block block = block(rest);
        GiftText answers = block.answers();
        GiftText generalFeedback = null;
        int separator = answers.lastIndexOf(Gift.GENERAL_FEEDBACK);
        if (separator >= 0) {
            generalFeedback = answers.sub(separator + Gift.GENERAL_FEEDBACK.length());
            answers = answers.sub(0, separator).trim();
        }
        GiftMarkup.Formatted stem = GiftMarkup.read(block.stem(), GiftMarkup.DEFAULT_FORMAT);
        if (stem.text().isEmpty()) {
            throw GiftProblem.error(item.line(), "Câu hỏi chưa có nội dung", "the question has no text");
        }
        if (answers.isEmpty()) {
            throw GiftProblem.unsupported("Ứng dụng không hỗ trợ câu hỏi tự luận ({})",
                    "essay questions ({}) are not supported");
        }
        GiftContext context = new GiftContext(stem.format());
        if (stem.converted()) {
            context.htmlConverted(block.stem().line());
        }
        String explanation = context.optional(generalFeedback);
        GiftAnswers read = GiftAnswers.read(answers, context);
        QuestionDraft draft = new QuestionDraft(read.kind(), topic, title, stem.text(), read.options(),
                read.numericAnswer(), read.tolerance(), explanation, ImportResult.DEFAULT_DIFFICULTY, List.of(), null, null);
        return new Parsed(item.line(), draft, context.warnings());
    }

    private static Block block(GiftText text) {
        int open = text.indexOf("{");
        int close = text.indexOf("}");
        if (open < 0 && close < 0) {
            throw GiftProblem.unsupported("Đoạn mô tả (văn bản không có khối đáp án) không phải là câu hỏi",
                    "a description (text without an answer block) is not a question");
        }
        if (close < 0) {
            throw GiftProblem.error(text.lineAt(open), "Khối đáp án mở ở đây chưa được đóng bằng '}'",
                    "the answer block opened here is not closed with '}'");
        }
        if (open < 0 || close < open) {
            throw GiftProblem.error(text.lineAt(close), "Có '}' mà không có '{' mở trước; muốn viết dấu ngoặc nhọn thì hãy"
                    + " viết \\}", "'}' without an opening '{'; write \\} for a literal brace");
        }
        int inner = text.indexOf("{", open + 1);
        if (inner >= 0 && inner < close) {
            throw GiftProblem.error(text.lineAt(inner), "Có '{' nằm trong khối đáp án; muốn viết dấu ngoặc nhọn thì"
                    + " hãy viết \\{", "'{' inside an answer block; write \\{ for a literal brace");
        }
        GiftText after = text.sub(close + 1);
        int another = firstOf(after.indexOf("{"), after.indexOf("}"));
        if (another >= 0) {
            throw GiftProblem.error(after.lineAt(another),
                    "Mỗi câu hỏi chỉ có một khối đáp án; muốn viết dấu ngoặc nhọn thì hãy viết \\{ và \\}",
                    "a question has one answer block; write \\{ and \\} for literal braces");
        }
        String tail = Gift.trim(after.plain());
        GiftText before = text.sub(0, open);
        GiftText stem = tail.isEmpty() || tail.equals(Gift.STRAY_TAIL) ? before : before.join(Gift.BLANK, after);
        return new Block(stem, text.sub(open + 1, close).trim());
    }

    private static int firstOf(int a, int b) {
        return a < 0 ? b : b < 0 ? a : Math.min(a, b);
    }
}
