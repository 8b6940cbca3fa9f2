package vn.civicsquiz.teacher.format.gift;

import java.util.ArrayList;
import java.util.List;
import vn.civicsquiz.teacher.format.ImportResult.Problem;
import vn.civicsquiz.platform.problem.Say;

/** Per-question reading state: the question text's format (inherited by answers) and the warnings so far. */
final class GiftContext {

    private final String format;
    private final List<Problem> warnings = new ArrayList<>();
    private int htmlLine = -1;

    GiftContext(String format) {
        this.format = format;
    }

    String format() {
        return format;
    }

    /** The text with its format marker applied; may be empty. */
    String text(GiftText raw) {
        GiftMarkup.Formatted formatted = GiftMarkup.read(raw, format);
        if (formatted.converted()) {
            htmlConverted(raw.line());
        }
        return formatted.text();
    }

    void htmlConverted(int line) {
        if (htmlLine < 0) {
            htmlLine = line;
        }
    }

    String required(GiftText raw, String whatVietnamese, String whatEnglish) {
        String text = text(raw);
        if (text.isEmpty()) {
            throw GiftProblem.error(raw.line(), whatVietnamese + " đang để trống", whatEnglish + " is empty");
        }
        return text;
    }

    /** The text, or null when absent or empty (GIFT writes no feedback as nothing, or as a bare '#'). */
    String optional(GiftText raw) {
        if (raw == null) {
            return null;
        }
        String text = text(raw);
        return text.isEmpty() ? null : text;
    }

    void warn(int line, String vietnamese, String english) {
        warnings.add(new Problem(line, new Say(vietnamese, english)));
    }

    List<Problem> warnings() {
        List<Problem> all = new ArrayList<>(warnings);
        if (htmlLine > 0) {
            all.add(0, new Problem(htmlLine, new Say("HTML ngoài chữ đậm, chữ nghiêng, danh sách và xuống dòng đã được"
                    + " chuyển thành văn bản thường (đã bỏ các thẻ)",
                    "HTML beyond bold, italic, lists and line breaks converted to plain text (tags removed)")));
        }
        return all;
    }
}
