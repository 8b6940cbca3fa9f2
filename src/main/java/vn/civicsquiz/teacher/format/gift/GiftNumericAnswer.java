package vn.civicsquiz.teacher.format.gift;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import vn.civicsquiz.question.QuestionKind;

/**
 * {@code {#3:2}}, {@code {#1..5}} and {@code {#=1822:0 =%50%1822:2}}. The app keeps one expected value and a
 * tolerance, so the first full-credit answer is kept; partial-credit answers and per-answer feedback are
 * reported as warnings.
 */
final class GiftNumericAnswer {

    /** Plain decimals only: no exponent, so a hostile "1e999999999" cannot blow up. */
    private static final Pattern NUMBER = Pattern.compile("[+-]?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)");
    private static final BigDecimal FULL = BigDecimal.valueOf(100);

    private record Candidate(BigDecimal weight, BigDecimal value, BigDecimal tolerance, int line) {
    }

    private GiftNumericAnswer() {
    }

    static GiftAnswers read(GiftText block, GiftContext context) {
        GiftText body = block.sub(1);
        int tilde = body.indexOf("~");
        if (tilde >= 0) {
            GiftText wrong = body.sub(tilde + 1);
            if (!wrong.trim().isEmpty()) {
                context.warn(wrong.line(), "Phản hồi cho các số sai " + GiftParts.quote(wrong.plain())
                        + " không được giữ lại", "feedback for wrong numbers " + GiftParts.quote(wrong.plain())
                        + " is not kept");
            }
            body = body.sub(0, tilde);
        }
        List<Candidate> candidates = new ArrayList<>();
        for (GiftParts.Part part : GiftParts.answers(body, "=")) {
            GiftParts.Weighted weighted = GiftParts.weight(part.body());
            GiftParts.Commented commented = GiftParts.comment(weighted.rest());
            if (commented.feedback() != null && !commented.feedback().trim().isEmpty()) {
                context.warn(commented.feedback().line(), "Phản hồi cho đáp án số không được giữ lại",
                        "feedback on a numerical answer is not kept");
            }
            candidates.add(candidate(weighted.weight(), commented.text()));
        }
        if (candidates.isEmpty()) {
            throw GiftProblem.error(block.line(), "Câu hỏi dạng số cần có đáp án, ví dụ {#3:2}",
                    "a numerical question needs an answer, e.g. {#3:2}");
        }
        Candidate kept = candidates.stream()
                .filter(c -> c.weight() == null || c.weight().compareTo(FULL) == 0)
                .findFirst()
                .orElseThrow(() -> GiftProblem.error(block.line(),
                        "Câu hỏi dạng số cần một đáp án được trọn điểm (không ghi trọng số hoặc ghi %100%)",
                        "a numerical question needs a full-credit answer (without a weight or with %100%)"));
        for (Candidate c : candidates) {
            if (c != kept) {
                String answer = c.value().toPlainString() + " ± " + c.tolerance().toPlainString()
                        + (c.weight() == null ? "" : " (" + c.weight().toPlainString() + "%)");
                context.warn(c.line(), "Đáp án " + answer + " không được giữ lại; chỉ giữ đáp án trọn điểm đầu tiên",
                        "answer " + answer + " is not kept; only the first full-credit answer is");
            }
        }
        return new GiftAnswers(QuestionKind.NUMERIC, List.of(), kept.value(), kept.tolerance());
    }

    private static Candidate candidate(BigDecimal weight, GiftText answer) {
        String text = Gift.trim(answer.plain());
        int line = answer.line();
        int dots = text.indexOf("..");
        if (dots > 0) {
            BigDecimal min = number(text.substring(0, dots), line);
            BigDecimal max = number(text.substring(dots + 2), line);
            if (min.compareTo(max) > 0) {
                throw GiftProblem.error(line, "Khoảng " + GiftParts.quote(text) + " có đầu lớn hơn cuối",
                        "range " + GiftParts.quote(text) + " starts above its end");
            }
            BigDecimal middle = min.add(max).divide(BigDecimal.valueOf(2));
            return new Candidate(weight, middle, max.subtract(middle), line);
        }
        int colon = text.indexOf(':');
        if (colon > 0) {
            BigDecimal tolerance = number(text.substring(colon + 1), line);
            if (tolerance.signum() < 0) {
                throw GiftProblem.error(line, "Sai số " + GiftParts.quote(text.substring(colon + 1)) + " bị âm",
                        "tolerance " + GiftParts.quote(text.substring(colon + 1)) + " is negative");
            }
            return new Candidate(weight, number(text.substring(0, colon), line), tolerance, line);
        }
        return new Candidate(weight, number(text, line), BigDecimal.ZERO, line);
    }

    private static BigDecimal number(String text, int line) {
        String t = Gift.trim(text);
        if (!NUMBER.matcher(t).matches()) {
            throw GiftProblem.error(line, GiftParts.quote(t) + " không phải là số; hãy viết số như 1822, -5 hoặc 3.14",
                    GiftParts.quote(t) + " is not a number; write numbers like 1822, -5 or 3.14");
        }
        return new BigDecimal(t);
    }
}
