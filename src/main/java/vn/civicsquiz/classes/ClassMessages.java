package vn.civicsquiz.classes;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Texts of the join-a-class and assignments pages ({@code {classes:key}}); English in classes_en.properties. */
@MessageBundle(value = "classes", locale = "vi")
public interface ClassMessages {

    @Message("Vào lớp")
    String join_title();

    @Message("Nhập mã lớp mà giáo viên đã đưa cho bạn.")
    String join_intro();

    @Message("Mã lớp")
    String join_code_label();

    @Message("Gồm 8 chữ cái và chữ số, ví dụ K7QW2MZP.")
    String join_code_hint();

    @Message("Vào lớp")
    String join_button();

    @Message("Mã lớp phải gồm 8 chữ cái và chữ số. Hãy kiểm tra lại.")
    String error_code_invalid();

    @Message("Không có lớp nào có mã này. Hãy hỏi lại giáo viên.")
    String error_code_unknown();

    @Message("Bạn đã vào lớp {name}.")
    String joined(String name);

    @Message("Bài được giao")
    String assignments_title();

    @Message("Các lớp của bạn chưa được giao bài nào.")
    String assignments_empty();

    @Message("Lớp")
    String assignment_class();

    @Message("Chủ đề")
    String assignment_topic();

    @Message("Số câu")
    String assignment_size();

    @Message("Hạn nộp")
    String assignment_deadline();

    @Message("Quá hạn")
    String assignment_overdue();

    @Message("Làm bài")
    String assignment_start();

    @Message("Đã làm: {score}/{size} câu đúng")
    String assignment_done(String score, int size);

    @Message("nộp lúc {time}")
    String assignment_finished_at(String time);

    @Message("Nộp muộn")
    String assignment_late();

    @Message("Vào một lớp khác")
    String join_another();

    @Message("Bài lớp bạn được giao")
    String home_assignments_title();

    @Message("Tất cả bài được giao, kể cả bài đã quá hạn")
    String assignments_all();
}
