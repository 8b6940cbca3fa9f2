package vn.civicsquiz.teacher.console;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Texts of the teachers' console ({@code {console:key}}); English in console_en.properties. */
@MessageBundle(value = "console", locale = "vi")
public interface ConsoleMessages {

    @Message("Bảng điều khiển giáo viên")
    String title();

    @Message("Ngân hàng câu hỏi")
    String nav_bank();

    @Message("Nhập câu hỏi")
    String nav_import();

    @Message("Lớp học")
    String nav_classes();

    @Message("Tìm (không cần dấu)")
    String search_label();

    @Message("Chủ đề")
    String topic_label();

    @Message("Trạng thái")
    String status_label();

    @Message("Bộ câu hỏi")
    String set_label();

    @Message("Tất cả")
    String any();

    @Message("Lọc")
    String filter_button();

    @Message("{total} câu hỏi")
    String total(long total);

    @Message("Trang {page}/{pages}")
    String page_of(int page, int pages);

    @Message("Trang trước")
    String previous();

    @Message("Trang sau")
    String next();

    @Message("Chọn")
    String select();

    @Message("Câu hỏi")
    String question();

    @Message("Loại")
    String kind();

    @Message("Với các câu đã chọn")
    String bulk_label();

    @Message("Xuất bản")
    String publish();

    @Message("Ngừng dùng")
    String retire();

    @Message("Chuyển về nháp")
    String to_draft();

    @Message("Làm")
    String apply();

    @Message("Đã thay đổi {count} câu hỏi.")
    String bulk_done(String count);

    @Message("Không câu nào được thay đổi:")
    String bulk_refused();

    @Message("Hãy chọn ít nhất một câu hỏi.")
    String bulk_none();

    @Message("Không có câu hỏi nào khớp.")
    String empty();

    @Message("nháp")
    String status_draft();

    @Message("đã xuất bản")
    String status_published();

    @Message("ngừng dùng")
    String status_retired();

    @Message("Học sinh sẽ thấy")
    String preview();

    @Message("Đáp án và phản hồi")
    String key();

    @Message("đúng")
    String right();

    @Message("Điểm một phần: {weight}%")
    String weight(java.math.BigDecimal weight);

    @Message("Đáp án số: {value} (sai số cho phép {tolerance})")
    String numeric(java.math.BigDecimal value, String tolerance);

    @Message("Giải thích")
    String explanation();

    @Message("Lịch sử thay đổi")
    String history();

    @Message("Chưa có thay đổi nào được ghi (câu hỏi do ứng dụng tạo).")
    String history_none();

    @Message("phiên bản {version}")
    String version(int version);

    @Message("tài khoản {id}")
    String account(Long id);

    @Message("Nhân bản thành nháp mới")
    String duplicate();

    @Message("Sửa nội dung qua API: PUT hoặc PATCH /api/v1/questions/{id} (xem README).")
    String edit_hint(long id);

    @Message("Câu hỏi đã đổi từ khi bạn mở trang; hãy tải lại rồi thử lại.")
    String stale();

    @Message("Chỉ hiển thị nguyên văn (không phải định dạng): {tags}")
    String shown_as_written(String tags);

    @Message("Tệp câu hỏi")
    String file_label();

    @Message("Định dạng")
    String format_label();

    @Message("Chủ đề cho câu hỏi không ghi chủ đề")
    String default_topic_label();

    @Message("Chỉ kiểm tra, chưa lưu")
    String dry_run_label();

    @Message("Xuất bản ngay")
    String publish_label();

    @Message("Gửi tệp")
    String import_button();

    @Message("Kết quả kiểm tra (chưa lưu gì)")
    String report_dry();

    @Message("Đã nhập")
    String report_done();

    @Message("Tệp có lỗi; không câu nào được nhập:")
    String report_errors();

    @Message("Dòng")
    String line();

    @Message("Bỏ qua")
    String skipped();

    @Message("Lưu ý")
    String warnings();

    @Message("Tệp lớn đang được lưu trong nền. Tải lại trang này để xem kết quả.")
    String job_running();

    @Message("Không nhập được tệp: {problem}")
    String job_failed(String problem);

    @Message("Hãy chọn một tệp.")
    String no_file();

    @Message("Mã vào lớp")
    String join_code();

    @Message("{count} học sinh")
    String members(long count);

    @Message("Bài được giao")
    String assignments();

    @Message("Hạn nộp")
    String deadline();

    @Message("Kết quả")
    String results();

    @Message("Chưa có lớp nào. Tạo lớp qua API: POST /api/v1/classes.")
    String no_classes();

    @Message("Tải danh sách lớp lên (CSV: một học sinh một dòng)")
    String roster_label();

    @Message("Tạo tài khoản")
    String roster_button();

    @Message("Mật khẩu dùng một lần chỉ hiện lần này: hãy in hoặc chép lại ngay.")
    String roster_once();

    @Message("Tên đăng nhập")
    String username();

    @Message("Mật khẩu dùng một lần")
    String one_time_password();

    @Message("Đã có trong lớp")
    String already_member();

    @Message("Học sinh")
    String learner();

    @Message("Điểm")
    String score();

    @Message("Nộp lúc")
    String finished();

    @Message("chưa làm")
    String status_not_started();

    @Message("đang làm")
    String status_in_progress();

    @Message("đã nộp")
    String status_done();

    @Message("nộp muộn")
    String status_late();

    @Message("Phân bố điểm")
    String distribution();

    @Message("Tỉ lệ trả lời đúng từng câu")
    String facility();

    @Message("{count} bài")
    String count(long count);

    @Message("Tải CSV")
    String csv();

    @Message("Tải CSV cho Excel tiếng Việt (dấu ;)")
    String csv_semicolon();

    @Message("Chưa ai nộp bài.")
    String no_results();
}
