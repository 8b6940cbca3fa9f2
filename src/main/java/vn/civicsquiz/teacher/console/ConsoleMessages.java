package vn.civicsquiz.teacher.console;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Texts of the teachers' console ({@code {console:key}}); English in console_en.properties. */
@MessageBundle(value = "console", locale = "vi")
public interface ConsoleMessages {

    @Message("Ngân hàng câu hỏi")
    String nav_console();

    @Message("Ngân hàng câu hỏi")
    String bank_title();

    @Message("Lọc")
    String filters_title();

    @Message("Tìm trong đề và phương án")
    String search_label();

    @Message("Chủ đề")
    String topic_label();

    @Message("Bộ câu hỏi")
    String set_label();

    @Message("Nhãn")
    String tag_label();

    @Message("Trạng thái")
    String status_label();

    @Message("Nguồn gốc")
    String origin_label();

    @Message("Chỉ câu của tôi")
    String mine_label();

    @Message("Tất cả")
    String any();

    @Message("Lọc")
    String filter_button();

    @Message("Bỏ lọc")
    String clear_filters();

    @Message("{total} câu hỏi")
    String total(long total);

    @Message("Không có câu hỏi nào khớp.")
    String none_found();

    @Message("Chọn")
    String choose_column();

    @Message("Câu hỏi")
    String question_column();

    @Message("Chọn câu {id}")
    String choose_question(long id);

    @Message("Với các câu đã chọn")
    String bulk_title();

    @Message("Thao tác")
    String action_label();

    @Message("Xuất bản")
    String action_publish();

    @Message("Ngừng dùng")
    String action_retire();

    @Message("Chuyển sang bộ")
    String action_move();

    @Message("Thêm nhãn")
    String action_tag();

    @Message("Chuyển sang bộ (khi chuyển)")
    String move_set_label();

    @Message("Nhãn thêm vào (khi thêm nhãn hoặc chuyển)")
    String add_tag_label();

    @Message("Áp dụng")
    String apply_button();

    @Message("Đã áp dụng cho {count} câu.")
    String done(int count);

    @Message("Không câu nào thay đổi")
    String refused_title();

    @Message("Trang trước")
    String previous_page();

    @Message("Trang sau")
    String next_page();

    @Message("Trang {page}")
    String page_number(int page);

    @Message("nháp")
    String status_draft();

    @Message("đã xuất bản")
    String status_published();

    @Message("đã ngừng dùng")
    String status_retired();

    @Message("tự sinh")
    String origin_generated();

    @Message("giáo viên viết")
    String origin_teacher();

    @Message("nhập từ tệp")
    String origin_imported();

    @Message("Câu hỏi #{id}")
    String question_title(long id);

    @Message("← Ngân hàng câu hỏi")
    String back_to_bank();

    @Message("phiên bản")
    String version_label();

    @Message("học sinh đã trả lời: sửa nội dung sẽ tạo câu mới")
    String answered_note();

    @Message("Đã lưu.")
    String saved_edited();

    @Message("Câu cũ đã có người trả lời nên được ngừng dùng; đây là câu mới thay thế.")
    String saved_replaced();

    @Message("Đã đổi trạng thái.")
    String saved_status();

    @Message("Đây là bản sao (bản nháp).")
    String saved_copy();

    @Message("Câu hỏi đã được sửa ở nơi khác sau khi bạn mở. Những gì bạn nhập vẫn còn bên dưới; hãy mở lại câu hỏi để xem bản mới.")
    String stale_edit();

    @Message("Học sinh sẽ thấy")
    String preview_title();

    @Message("Trạng thái")
    String actions_title();

    @Message("Nhân bản")
    String action_duplicate();

    @Message("Sửa câu hỏi")
    String edit_title();

    @Message("Đề bài")
    String stem_label();

    @Message("Phương án {n}")
    String option_legend(int n);

    @Message("Nội dung")
    String option_text();

    @Message("Đúng")
    String option_correct();

    @Message("Trọng số (%)")
    String option_weight();

    @Message("Phản hồi khi chọn")
    String option_feedback();

    @Message("Giải thích")
    String explanation_label();

    @Message("Nhãn (cách nhau bằng dấu phẩy)")
    String tags_label();

    @Message("Lưu")
    String save_button();

    @Message("Nhập câu hỏi")
    String nav_import();

    @Message("Nhập câu hỏi từ tệp")
    String import_title();

    @Message("Không câu nào được nhập")
    String import_refused();

    @Message("dòng {n}")
    String line(int n);

    @Message("Tệp có {count} câu: đã kiểm tra xong và đang được lưu ở chế độ nền.")
    String import_job(int count);

    @Message("Kiểm tra xong: {count} câu sẽ được nhập")
    String report_checked(int count);

    @Message("Đã nhập {count} câu")
    String report_imported(int count);

    @Message("Bỏ qua")
    String report_skipped();

    @Message("Lưu ý")
    String report_warnings();

    @Message("Xuất bản ngay")
    String publish_label();

    @Message("Nhập")
    String import_button();

    @Message("Kiểm tra trước (chưa lưu)")
    String check_button();

    @Message("Chọn tệp")
    String upload_title();

    @Message("Tệp câu hỏi")
    String file_label();

    @Message("Định dạng")
    String format_label();

    @Message("Chủ đề cho câu không ghi chủ đề")
    String default_topic_label();

    @Message("GIFT (Moodle)")
    String format_gift();

    @Message("Aiken")
    String format_aiken();

    @Message("JSON")
    String format_json();

    @Message("Moodle XML")
    String format_moodlexml();

    // classes, results and import jobs
    @Message("Dòng")
    String line_header();

    @Message("Bảng điều khiển giáo viên")
    String title();

    @Message("Ngân hàng câu hỏi")
    String nav_bank();

    @Message("Lớp học")
    String nav_classes();

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

    @Message("Chỉ kiểm tra, chưa lưu")
    String dry_run_label();

    @Message("Kết quả kiểm tra (chưa lưu gì)")
    String report_dry();

    @Message("Đã nhập")
    String report_done();

    @Message("Tệp có lỗi; không câu nào được nhập:")
    String report_errors();

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

    @Message("Chưa có lớp nào: tạo lớp ở biểu mẫu dưới đây.")
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

    @Message("Tạo lớp")
    String new_class_title();

    @Message("Tên lớp")
    String class_name_label();

    @Message("Tạo lớp")
    String create_class_button();

    @Message("Chưa có bài nào được giao.")
    String no_assignments();

    @Message("Giao bài mới")
    String new_assignment_title();

    @Message("Tên bài (không bắt buộc)")
    String assignment_title_label();

    @Message("Câu hỏi lấy từ")
    String source_label();

    @Message("Số câu hỏi")
    String size_label();

    @Message("Hình thức")
    String mode_label();

    @Message("Kiểm tra: xem đáp án khi nộp bài")
    String mode_test();

    @Message("Luyện tập: phản hồi sau mỗi câu")
    String mode_practice();

    @Message("Thời gian làm bài, phút (chỉ với kiểm tra; để trống: không giới hạn)")
    String time_limit_label();

    @Message("Mở từ (để trống: ngay bây giờ)")
    String opens_label();

    @Message("Hạn nộp")
    String closes_label();

    @Message("Số lượt làm tối đa (để trống: không giới hạn)")
    String attempts_label();

    @Message("Giao bài")
    String assign_button();

    @Message("Đã giao bài cho lớp.")
    String assigned_notice();

    @Message("Đã xoá bài.")
    String deleted_notice();

    @Message("Xoá")
    String delete_assignment();

    @Message("Xoá bài {title}")
    String delete_assignment_named(String title);

    @Message("{count} câu")
    String questions_count(int count);

    @Message("{count} phút")
    String minutes(Integer count);

    @Message("Tỉ lệ đúng")
    String facility_column();

    @Message("Độ phân biệt")
    String discrimination_column();

    @Message("Độ phân biệt: tỉ lệ đúng của 27 % bài điểm cao nhất trừ tỉ lệ đúng của 27 % bài điểm thấp nhất; "
            + "từ 0,3 trở lên là câu phân loại tốt, âm là câu cần xem lại. — : chưa đủ bài nộp để tính.")
    String discrimination_hint();

    @Message("Học sinh trong lớp")
    String members_title();

    @Message("Chưa có học sinh nào: đưa mã lớp cho học sinh, hoặc tải danh sách lớp lên dưới đây.")
    String no_members();

    @Message("Vào lớp")
    String joined();

    @Message("Đưa ra khỏi lớp")
    String remove_member();

    @Message("Đưa {name} ra khỏi lớp")
    String remove_member_named(String name);

    @Message("Đã đưa học sinh ra khỏi lớp; tài khoản và các bài đã làm vẫn còn.")
    String removed_notice();

    @Message("Thao tác")
    String member_actions();

    @Message("Tệp danh sách lớp (CSV: Họ và tên, mỗi dòng một học sinh)")
    String roster_file_label();
}
