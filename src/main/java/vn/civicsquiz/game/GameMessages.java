package vn.civicsquiz.game;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Texts of the host and player pages of a live game ({@code {game:key}}); English in game_en.properties. */
@MessageBundle(value = "game", locale = "vi")
public interface GameMessages {

    @Message("Trò chơi trực tiếp")
    String host_title();

    @Message("Tạo một trò chơi cho cả lớp: học sinh vào bằng mã PIN trên điện thoại và trả lời cùng lúc.")
    String host_intro();

    @Message("Chủ đề")
    String topic_label();

    @Message("Số câu hỏi (1–30)")
    String size_label();

    @Message("Số giây mỗi câu (5–120)")
    String seconds_label();

    @Message("Tạo trò chơi")
    String create_button();

    @Message("Chủ đề này chưa có câu hỏi nào chơi được.")
    String error_no_questions();

    @Message("Hãy kiểm tra lại số câu và số giây.")
    String error_settings();

    @Message("Mã PIN")
    String pin_label();

    @Message("Vào chơi tại")
    String join_at();

    @Message("Người chơi ({count})")
    String players_title(long count);

    @Message("Mã QR trên màn hình mở đúng địa chỉ này kèm mã PIN.")
    String join_qr_hint();

    @Message("Chờ người chơi vào")
    String lobby_title();

    @Message("Chưa có ai vào.")
    String no_players();

    @Message("Mời ra")
    String remove_button();

    @Message("Bắt đầu")
    String start_button();

    @Message("Tiếp")
    String next_button();

    @Message("Hiện đáp án")
    String close_button();

    @Message("Kết thúc")
    String end_button();

    @Message("Tạm dừng")
    String pause_button();

    @Message("Tiếp tục")
    String resume_button();

    @Message("Đang tạm dừng: đồng hồ đứng yên, chưa nhận câu trả lời.")
    String paused_note();

    @Message("Câu {index}/{total}")
    String question_of(int index, int total);

    @Message("Còn {seconds} giây")
    String seconds_left(long seconds);

    @Message("{count} câu trả lời")
    String answer_count(long count);

    @Message("Đáp án đúng")
    String right_answer();

    @Message("Đúng")
    String right();

    @Message("Sai")
    String wrong();

    @Message("Bảng xếp hạng")
    String top_title();

    @Message("Trò chơi đã kết thúc")
    String ended_title();

    @Message("Tải kết quả (CSV)")
    String results_csv();

    @Message("Làm mới")
    String refresh();

    @Message("Chờ giáo viên bắt đầu…")
    String waiting_start();

    @Message("Vào trò chơi")
    String play_title();

    @Message("Nhập mã PIN trên màn hình của giáo viên và chọn tên hiển thị.")
    String play_intro();

    @Message("Tên hiển thị")
    String nickname_label();

    @Message("1–20 ký tự: chữ, số, dấu cách, . ' - _")
    String nickname_hint();

    @Message("Vào chơi")
    String join_button();

    @Message("Không có trò chơi nào đang diễn ra với mã PIN này.")
    String error_pin();

    @Message("Tên này không dùng được: 1–20 ký tự gồm chữ, số, dấu cách, . ' - _")
    String error_nickname();

    @Message("Tên này đã có người dùng trong trò chơi. Hãy chọn tên khác.")
    String error_taken();

    @Message("Trò chơi đã đủ người.")
    String error_full();

    @Message("Bạn là {nickname}")
    String you_are(String nickname);

    @Message("Gửi")
    String submit_answer();

    @Message("Câu trả lời")
    String answer_label();

    @Message("Đã nhận câu trả lời. Chờ hết giờ…")
    String answered_wait();

    @Message("Hết giờ: câu này đã đóng.")
    String too_late();

    @Message("+{points} điểm")
    String plus_points(int points);

    @Message("Bạn chưa trả lời câu này.")
    String not_answered();

    @Message("Tổng điểm {score} · hạng {rank}/{players}")
    String standing(int score, int rank, long players);

    @Message("Tiếp tục trò chơi {pin}")
    String continue_game(String pin);
}
