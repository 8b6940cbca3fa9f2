package vn.civicsquiz.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Texts of the layout, home, sign-in and error pages. Vietnamese is the default (the values below);
 * English lives in {@code messages/msg_en.properties}. Each feature keeps its own bundle next to its pages.
 */
@MessageBundle(value = "msg", locale = "vi")
public interface AppMessages {

    @Message("Ôn tập Đối ngoại")
    String app_name();

    @Message("Trang chủ")
    String nav_home();

    @Message("Đăng nhập")
    String nav_login();

    @Message("Đăng ký")
    String nav_signup();

    @Message("Đăng xuất")
    String nav_logout();

    @Message("English")
    String nav_language();

    @Message("Menu")
    String nav_menu();

    @Message("Bỏ qua đến nội dung chính")
    String skip_to_content();

    @Message("Ôn tập Hội nghị Đối ngoại toàn quốc 2021")
    String home_title();

    @Message("Câu hỏi trắc nghiệm về chín nhiệm vụ trọng tâm, năm bài học kinh nghiệm và ba trụ cột của nền ngoại giao toàn diện, hiện đại — mỗi câu trả lời kèm câu trích từ bài báo gốc.")
    String home_intro();

    @Message("Tên đăng nhập")
    String login_username();

    @Message("Mật khẩu")
    String login_password();

    @Message("Tên hiển thị")
    String signup_display_name();

    @Message("Tên đăng nhập hoặc mật khẩu không đúng.")
    String login_error();

    @Message("Bạn đã đăng nhập sai quá nhiều lần. Vui lòng đợi {minutes} phút rồi thử lại.")
    String login_throttled(long minutes);

    @Message("Trang bạn vừa mở cần có tài khoản. Hãy đăng nhập, hoặc tạo tài khoản miễn phí — những gì bạn đã làm khi chưa đăng nhập được giữ lại.")
    String login_account_needed();

    @Message("Chưa có tài khoản?")
    String login_no_account();

    @Message("Tạo tài khoản học viên")
    String signup_title();

    @Message("Tên đăng nhập gồm 3–64 chữ, số, dấu chấm, gạch ngang hoặc gạch dưới.")
    String error_username_invalid();

    @Message("Tên đăng nhập này đã có người dùng.")
    String error_username_taken();

    @Message("Mật khẩu cần ít nhất 10 ký tự.")
    String error_password_short();

    @Message("Mật khẩu dài quá 72 byte (khoảng 24–72 ký tự tiếng Việt). Hãy chọn mật khẩu ngắn hơn.")
    String error_password_long();

    @Message("Mật khẩu này nằm trong danh sách mật khẩu phổ biến, rất dễ bị đoán. Hãy chọn một cụm từ dài của riêng bạn.")
    String error_password_common();

    @Message("Mật khẩu mới phải khác mật khẩu hiện tại.")
    String error_password_same();

    @Message("Mật khẩu hiện tại không đúng.")
    String error_currentPassword_wrong();

    @Message("Tên hiển thị gồm 1–100 ký tự: chữ, số, dấu cách và . ' - _; không được có ký tự điều khiển, ký tự vô hình hay ký tự đổi chiều văn bản.")
    String error_displayName_invalid();

    @Message("Đổi mật khẩu")
    String password_title();

    @Message("Mật khẩu hiện tại")
    String password_current();

    @Message("Mật khẩu mới (ít nhất 10 ký tự)")
    String password_new();

    @Message("Đã đổi mật khẩu. Các phiên đăng nhập khác của tài khoản đã kết thúc.")
    String password_changed();

    @Message("Mật khẩu thầy cô phát chỉ dùng được một lần. Hãy đặt mật khẩu của riêng em để tiếp tục.")
    String password_first();

    @Message("Phiên biểu mẫu đã hết hạn hoặc không hợp lệ. Hãy tải lại trang và thử lại.")
    String error_csrf();

    @Message("Không tìm thấy trang bạn cần.")
    String error_not_found();

    @Message("Yêu cầu không hợp lệ.")
    String error_bad_request();

    @Message("Biểu mẫu gửi lên quá lớn hoặc có quá nhiều trường.")
    String error_too_large();

    @Message("Bạn không có quyền xem trang này.")
    String error_forbidden();

    @Message("Dịch vụ tạm thời không khả dụng. Vui lòng thử lại sau ít phút.")
    String error_unavailable();

    @Message("Đã có lỗi xảy ra. Vui lòng thử lại.")
    String error_internal();

    @Message("Quá nhiều lần thử. Vui lòng đợi một lát rồi thử lại.")
    String error_too_many();

    @Message("Bài tập này chưa mở. Hãy quay lại sau giờ mở.")
    String error_assignment_not_open();

    @Message("Bài tập này đã đóng: không thể bắt đầu làm nữa.")
    String error_assignment_closed();

    @Message("Bạn đã dùng hết số lượt làm bài tập này.")
    String error_assignment_no_attempts();
}
