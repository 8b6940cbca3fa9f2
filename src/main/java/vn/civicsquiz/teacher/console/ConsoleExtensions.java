package vn.civicsquiz.teacher.console;

import io.quarkus.qute.TemplateExtension;
import vn.civicsquiz.question.QuestionStatus;

/** {@code {q.status.statusKey}}: the console message that names a status. */
@TemplateExtension
final class ConsoleExtensions {

    private ConsoleExtensions() {
    }

    static String statusKey(QuestionStatus status) {
        return "status_" + status.name();
    }

    /** {@code {q.shownAsWrittenText}}: the tags a question shows as written, one line. */
    static String shownAsWrittenText(vn.civicsquiz.teacher.QuestionView q) {
        return String.join(" ", q.shownAsWritten());
    }

    static String toleranceText(vn.civicsquiz.teacher.QuestionView q) {
        return q.tolerance() == null ? "0" : q.tolerance().toPlainString();
    }
}
