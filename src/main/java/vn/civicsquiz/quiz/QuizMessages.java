package vn.civicsquiz.quiz;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Texts of the quiz, results, dashboard and leaderboard pages ({@code {quiz:key}} in templates). Vietnamese
 * defaults here, English in {@code messages/quiz_en.properties}. Question content is never translated.
 */
@MessageBundle(value = "quiz", locale = "vi")
public interface QuizMessages {

    @Message("Ôn tập")
    String nav_quiz();

    @Message("Tiến độ")
    String nav_dashboard();

    @Message("Bảng xếp hạng")
    String nav_leaderboard();

    @Message("Cách học")
    String home_how_title();

    @Message("Chọn chủ đề, số câu và chế độ rồi bắt đầu.")
    String home_how_1();

    @Message("Luyện tập: xem đáp án, lời giải thích và câu trích từ bài báo ngay sau mỗi câu.")
    String home_how_2();

    @Message("Kiểm tra: trả lời hết rồi nộp bài; có thể đặt giới hạn thời gian.")
    String home_how_3();

    @Message("Câu bạn đã trả lời đúng sẽ không lặp lại cho đến khi bạn làm hết các câu của chủ đề.")
    String home_how_4();

    @Message("Bắt đầu ôn tập")
    String start_title();

    @Message("Chủ đề")
    String topic_legend();

    @Message("{count} câu hỏi")
    String topic_count(int count);

    @Message("Số câu")
    String size_legend();

    @Message("{n} câu")
    String size_option(int n);

    @Message("Chế độ")
    String mode_legend();

    @Message("Luyện tập")
    String mode_practice();

    @Message("Xem đáp án và giải thích ngay sau mỗi câu.")
    String mode_practice_hint();

    @Message("Kiểm tra")
    String mode_test();

    @Message("Xem kết quả khi nộp bài; có thể giới hạn thời gian.")
    String mode_test_hint();

    @Message("Giới hạn thời gian (chỉ ở chế độ kiểm tra)")
    String limit_label();

    @Message("Không giới hạn")
    String limit_none();

    @Message("{n} phút")
    String limit_minutes(int n);

    @Message("Bắt đầu")
    String start_button();

    @Message("Đang gửi câu trả lời…")
    String answer_pending();

    @Message("Chưa gửi được câu trả lời, đang thử lại… (câu trả lời chưa được lưu)")
    String answer_retrying();

    @Message("Còn {minutes} phút để làm bài.")
    String timer_minutes_left(int minutes);

    @Message("Kết thúc bài khi còn câu chưa trả lời?")
    String confirm_title();

    @Message("Bạn còn {open} trên {size} câu chưa trả lời. Câu chưa trả lời được tính là sai.")
    String confirm_unanswered(int open, int size);

    @Message("Các câu chưa trả lời")
    String confirm_unanswered_list();

    @Message("Quay lại làm tiếp")
    String confirm_back();

    @Message("Vẫn nộp bài")
    String confirm_submit();

    @Message("Vẫn kết thúc luyện tập")
    String confirm_end_practice();

    @Message("Bắt đầu ngay: {size} câu luyện tập")
    String quick_start(int size);

    @Message("hoặc chọn chủ đề, số câu và chế độ")
    String quick_start_choose();

    @Message("Tiếp tục bài đang làm")
    String resume_title();

    @Message("Đã trả lời {answered}/{size} câu.")
    String resume_progress(int answered, int size);

    @Message("Tiếp tục")
    String resume_button();

    @Message("Ôn lại câu sai")
    String review_title();

    @Message("Có {n} câu bạn trả lời sai ở lần gần nhất.")
    String review_text(int n);

    @Message("Ôn lại câu sai")
    String review_button();

    @Message("Chủ đề này chưa có câu hỏi nào. Hãy chọn chủ đề khác.")
    String notice_empty();

    @Message("Bạn không còn câu sai nào để ôn lại.")
    String notice_no_mistakes();

    @Message("Bạn đang học với tư cách khách: bài làm được lưu cho trình duyệt này. Đăng ký để giữ tiến độ trên mọi thiết bị.")
    String guest_note();

    @Message("Chín nhiệm vụ trọng tâm")
    String topic_nine_tasks();

    @Message("Các nhiệm vụ đối ngoại trọng tâm trong thời gian tới.")
    String topic_nine_tasks_desc();

    @Message("Năm bài học kinh nghiệm")
    String topic_five_lessons();

    @Message("Bài học rút ra từ công tác đối ngoại.")
    String topic_five_lessons_desc();

    @Message("Ba trụ cột")
    String topic_three_pillars();

    @Message("Đối ngoại Đảng, ngoại giao Nhà nước và đối ngoại nhân dân.")
    String topic_three_pillars_desc();

    @Message("Con số nổi bật")
    String topic_figures();

    @Message("Thành tựu đối ngoại qua các con số.")
    String topic_figures_desc();

    @Message("Nhân vật")
    String topic_people();

    @Message("Ai phát biểu, ai giữ chức vụ gì.")
    String topic_people_desc();

    @Message("Sự kiện")
    String topic_events();

    @Message("Hội nghị, thời gian, địa điểm.")
    String topic_events_desc();

    @Message("Thuật ngữ")
    String topic_phrases();

    @Message("Các cụm từ và ý nghĩa của chúng.")
    String topic_phrases_desc();

    @Message("Tổng hợp")
    String topic_mixed();

    @Message("Câu hỏi từ mọi chủ đề.")
    String topic_mixed_desc();

    @Message("Câu {position}/{size}")
    String question_of(int position, int size);

    @Message("Tiến độ bài làm")
    String progress_label();

    @Message("Thời gian còn lại:")
    String time_left();

    @Message("Hết giờ lúc {time}.")
    String deadline_at(String time);

    @Message("Chọn một đáp án.")
    String hint_single();

    @Message("Chọn một đáp án — chú ý từ phủ định trong câu hỏi.")
    String hint_negative();

    @Message("Chọn Đúng hoặc Sai.")
    String hint_true_false();

    @Message("Chọn tất cả các đáp án đúng.")
    String hint_multiple();

    @Message("Chọn vị trí cho từng mục (1 là mục đầu tiên).")
    String hint_ordering();

    @Message("Với mỗi mục, chọn nội dung phù hợp.")
    String hint_matching();

    @Message("Nhập một số, viết như người Việt: 5.200 là năm nghìn hai trăm, 24,8 là hai mươi bốn phẩy tám.")
    String hint_numeric();

    @Message("Nhập câu trả lời ngắn (có dấu).")
    String hint_short_answer();

    @Message("— Chọn —")
    String choose_placeholder();

    @Message("— Vị trí —")
    String position_placeholder();

    @Message("Câu trả lời (số)")
    String numeric_label();

    @Message("Câu trả lời của bạn")
    String text_label();

    @Message("Trả lời")
    String submit_answer();

    @Message("Lưu và sang câu sau")
    String submit_save();

    @Message("Câu tiếp theo")
    String next_question();

    @Message("Câu trước")
    String previous_question();

    @Message("Nộp bài")
    String finish_button();

    @Message("Xem kết quả")
    String see_result();

    @Message("Kết thúc sớm")
    String end_practice();

    @Message("Đã lưu câu trả lời. Đáp án sẽ hiện khi bạn nộp bài.")
    String answered_saved();

    @Message("Bạn đã trả lời tất cả các câu. Hãy nộp bài để xem kết quả.")
    String all_answered();

    @Message("Chính xác!")
    String feedback_correct();

    @Message("Chưa chính xác.")
    String feedback_wrong();

    @Message("Đúng một phần: được {percent}% số điểm.")
    String feedback_partial(int percent);

    @Message("Đáp án đúng")
    String right_answer();

    /** Read out after an option marked right (tags/answermark, in the quiz and the study quiz alike). */
    @Message("đáp án đúng")
    String mark_right();

    /** Read out after the learner's option marked wrong. */
    @Message("lựa chọn của bạn, chưa đúng")
    String mark_wrong_choice();

    @Message("Câu trả lời của bạn")
    String your_answer();

    @Message("Giải thích")
    String explanation();

    @Message("Nhận xét về lựa chọn của bạn")
    String option_feedback();

    @Message("Câu trích từ bài báo")
    String source_sentence();

    @Message("Đọc đoạn này trong bài báo")
    String read_source();

    @Message("Danh sách câu hỏi")
    String question_nav();

    @Message("Câu {n}")
    String question_nav_item(int n);

    @Message("đã trả lời")
    String answered_state();

    @Message("chưa trả lời")
    String unanswered_state();

    @Message("câu đang xem")
    String current_state();

    @Message("Hãy chọn một đáp án.")
    String answer_choose_one();

    @Message("Hãy chọn ít nhất một đáp án.")
    String answer_choose_some();

    @Message("Hãy đặt mỗi mục vào một vị trí khác nhau.")
    String answer_order_incomplete();

    @Message("Hãy chọn nội dung phù hợp cho mọi mục.")
    String answer_pairs_incomplete();

    @Message("Mỗi nội dung chỉ được chọn cho một mục. Hãy chọn nội dung khác cho mục bị trùng.")
    String answer_pairs_duplicate();

    @Message("lên")
    String order_up();

    @Message("xuống")
    String order_down();

    @Message("vị trí")
    String order_position();

    @Message("Kéo thả các mục, hoặc chọn một mục rồi bấm „lên“, „xuống“ (hay Alt + ↑/↓) để sắp xếp; mục đầu tiên đứng trước.")
    String order_drag_hint();

    @Message("đã được chọn cho")
    String match_used();

    @Message("Bạn vẫn có thể đổi câu trả lời cho đến khi nộp bài.")
    String answer_changeable();

    @Message("Lựa chọn này không thuộc câu hỏi. Hãy tải lại trang.")
    String answer_unknown_option();

    @Message("Câu trả lời không đúng dạng. Hãy tải lại trang.")
    String answer_wrong_shape();

    @Message("Hãy nhập một số, ví dụ 189, 5.200 hoặc 2,5.")
    String answer_number();

    @Message("„{typed}“ có thể là {whole} (số nguyên) hoặc {decimal} (số thập phân, viết kiểu Anh là {decimalEn}). Câu trả lời chưa được chấm: hãy nhập lại {whole} hoặc {decimal}.")
    String answer_number_ambiguous(String typed, String whole, String decimal, String decimalEn);

    @Message("Số quá dài: tối đa 15 chữ số phần nguyên và 6 chữ số thập phân, không dùng số mũ.")
    String answer_number_range();

    @Message("Chấp nhận sai lệch ±{tolerance}.")
    String tolerance_note(String tolerance);

    @Message("Hãy nhập câu trả lời (tối đa 500 ký tự).")
    String answer_text();

    @Message("Kết quả bài làm")
    String result_title();

    @Message("{score}/{max} câu đúng")
    String result_score(int score, int max);

    @Message("{points}/{max} điểm")
    String result_points(String points, int max);

    @Message("Đúng một phần ({percent}%)")
    String result_partial(int percent);

    @Message("Thời gian làm bài: {minutes} phút {seconds} giây")
    String result_time(long minutes, long seconds);

    @Message("Đã hết giờ: bài được nộp tự động.")
    String result_time_up();

    @Message("Xem lại từng câu")
    String result_review();

    @Message("Đúng")
    String result_correct();

    @Message("Sai")
    String result_wrong();

    @Message("Chưa trả lời")
    String result_unanswered();

    @Message("Làm bài mới")
    String new_quiz();

    @Message("Xuất sắc! Bạn nắm rất vững nội dung này.")
    String praise_high();

    @Message("Khá tốt. Hãy ôn lại những câu sai.")
    String praise_mid();

    @Message("Hãy đọc lại phần giải thích và thử lại nhé.")
    String praise_low();

    @Message("Tiến độ học tập")
    String dashboard_title();

    @Message("Bài đã hoàn thành")
    String stat_attempts();

    @Message("Câu đã trả lời")
    String stat_answered();

    @Message("Tỉ lệ đúng")
    String stat_accuracy();

    @Message("Chuỗi ngày học")
    String stat_streak();

    @Message("{n} ngày")
    String streak_days(int n);

    @Message("Dài nhất: {n} ngày")
    String streak_longest(int n);

    @Message("Hôm nay bạn đã học.")
    String streak_today_done();

    @Message("Hôm nay bạn chưa học — làm một bài để giữ chuỗi.")
    String streak_today_todo();

    @Message("Điểm các bài gần đây")
    String history_title();

    @Message("Chưa có bài nào hoàn thành.")
    String history_empty();

    @Message("Biểu đồ phần trăm câu đúng của {n} bài gần nhất")
    String history_chart(int n);

    @Message("Bài {n}, {date}: {percent}%")
    String history_point(int n, String date, int percent);

    @Message("Điểm (%)")
    String history_axis_score();

    @Message("Ngày làm bài")
    String history_axis_date();

    @Message("Trục dọc: điểm từ 0 đến 100 %. Trục ngang: ngày làm bài, từ {first} đến {last}. Bài gần nhất {latest} %, cao nhất {best} %, thấp nhất {lowest} %. Hình tròn là bài luyện tập, hình vuông là bài kiểm tra. Số liệu từng bài ở bảng ngay dưới biểu đồ.")
    String history_chart_desc(String first, String last, int latest, int best, int lowest);

    @Message("Chú giải")
    String history_legend();

    @Message("Lọc biểu đồ")
    String history_filter();

    @Message("Mọi chủ đề")
    String history_all_topics();

    @Message("Cả hai chế độ")
    String history_all_modes();

    @Message("Lọc")
    String history_filter_apply();

    @Message("Bỏ lọc")
    String history_filter_clear();

    @Message("Không có bài nào khớp bộ lọc.")
    String history_filter_empty();

    @Message("Nắm vững theo nhóm dữ kiện")
    String fact_mastery_title();

    @Message("Số dữ kiện của nhóm mà lần trả lời gần nhất của bạn về nó là đúng.")
    String fact_mastery_hint();

    @Message("{mastered}/{total} dữ kiện ({percent}%)")
    String fact_mastery_row(int mastered, int total, int percent);

    @Message("Chưa bắt đầu")
    String fact_level_0();

    @Message("Cấp 1 · Làm quen")
    String fact_level_1();

    @Message("Cấp 2 · Tiến bộ")
    String fact_level_2();

    @Message("Cấp 3 · Vững vàng")
    String fact_level_3();

    @Message("Cấp 4 · Thành thạo")
    String fact_level_4();

    @Message("Lần gần nhất: {results}")
    String weak_last_results(String results);

    @Message("Mức độ nắm vững theo chủ đề")
    String mastery_title();

    @Message("Số câu hỏi mà lần trả lời gần nhất của bạn là đúng.")
    String mastery_hint();

    @Message("{mastered}/{total} câu ({percent}%)")
    String mastery_row(int mastered, int total, int percent);

    @Message("Những ý cần ôn thêm")
    String weak_title();

    @Message("Chưa có ý nào bạn trả lời sai.")
    String weak_empty();

    @Message("Sai {wrong}/{total} lần")
    String weak_row(int wrong, int total);

    @Message("Tham gia bảng xếp hạng")
    String leaderboard_settings();

    @Message("Hiện biệt danh của tôi trên bảng xếp hạng")
    String leaderboard_opt_in();

    @Message("Biệt danh (3–40 ký tự)")
    String nickname_label();

    @Message("Lưu")
    String save();

    @Message("Đã lưu cài đặt bảng xếp hạng.")
    String leaderboard_saved();

    @Message("Biệt danh cần từ 3 đến 40 ký tự: chữ, số, dấu cách và . ' - _; không được có ký tự vô hình hay ký tự đổi chiều văn bản.")
    String nickname_invalid();

    @Message("Biệt danh này (hoặc một biệt danh chỉ khác chữ hoa hay dấu) đã có người dùng. Hãy chọn biệt danh khác.")
    String nickname_taken();

    @Message("Đăng ký tài khoản để tham gia bảng xếp hạng.")
    String leaderboard_signup();

    @Message("Bảng xếp hạng")
    String leaderboard_title();

    @Message("Xếp theo số câu hỏi khác nhau đã trả lời đúng. Chỉ hiện những người học tự chọn tham gia.")
    String leaderboard_intro();

    @Message("Hạng")
    String leaderboard_rank();

    @Message("Biệt danh")
    String leaderboard_name();

    @Message("Câu đã trả lời đúng")
    String leaderboard_points();

    @Message("Chưa có ai tham gia bảng xếp hạng.")
    String leaderboard_empty();

    @Message("(bạn)")
    String leaderboard_you();

    @Message("Hết giờ lúc {time} — còn")
    String resume_deadline(String time);

    @Message("{minutes} phút")
    String resume_minutes(Integer minutes);

    @Message("Khoảng thời gian")
    String leaderboard_period();

    @Message("Tuần này")
    String leaderboard_week();

    @Message("Mọi lúc")
    String leaderboard_all();

    @Message("Xếp hạng trong")
    String leaderboard_scope();

    @Message("Mọi người học")
    String leaderboard_everyone();

    @Message("Tính từ 0 giờ thứ Hai tuần này (giờ Việt Nam).")
    String leaderboard_week_note();

    @Message("Câu trả lời đúng trong tuần")
    String leaderboard_week_points();

    @Message("Tuần này chưa có ai trả lời đúng câu nào.")
    String leaderboard_week_empty();

    @Message("Xem số liệu")
    String chart_data();

    @Message("Bài")
    String table_quiz();

    @Message("Chủ đề")
    String table_topic();

    @Message("Điểm")
    String table_score();

    @Message("Ngày")
    String table_date();

    @Message("Bạn đang học với tư cách khách. Đăng ký ngay trên trình duyệt này để giữ toàn bộ bài làm và tiến độ.")
    String guest_dashboard_note();
}
