package vn.civicsquiz.question.report;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Texts of the "Báo lỗi câu hỏi" form and its confirmation ({@code {report:key}}); English in report_en.properties. */
@MessageBundle(value = "report", locale = "vi")
public interface ReportMessages {

    @Message("Báo lỗi câu hỏi")
    String report_button();

    @Message("Câu hỏi sai, có hai đáp án đúng hay khó hiểu? Hãy báo cho giáo viên.")
    String report_intro();

    @Message("Ghi chú (không bắt buộc)")
    String comment_label();

    @Message("Tối đa {max} ký tự, ví dụ: «Đáp án B cũng đúng».")
    String comment_hint(int max);

    @Message("Ghi chú dài quá {max} ký tự. Hãy rút ngắn lại.")
    String error_too_long(int max);

    @Message("Cảm ơn bạn! Câu hỏi đã được báo lỗi; giáo viên sẽ xem lại.")
    String sent();

    @Message("Bạn đã báo lỗi câu hỏi này rồi. Giáo viên sẽ xem lại.")
    String already_sent();

    @Message("Quay lại câu hỏi")
    String back_to_question();

    @Message("Xem kết quả")
    String back_to_result();
}
