package vn.civicsquiz.study.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Texts of the study pages ({@code {study:key}}). Vietnamese defaults here, English in
 * {@code messages/study_en.properties}. Card content is article text and is never translated.
 */
@MessageBundle(value = "study", locale = "vi")
public interface StudyMessages {

    @Message("Học thẻ")
    String nav_study();

    @Message("Học với thẻ ghi nhớ")
    String title();

    @Message("Hôm nay cần ôn: {n} thẻ")
    String due_today(long n);

    @Message("trong đó {n} thẻ mới")
    String of_which_new(long n);

    @Message("Đã ôn xong! Không còn thẻ nào đến hạn lúc này.")
    String all_done();

    @Message("Quay lại sau hoặc làm một bài ôn tập; câu trả lời trong bài ôn tập cũng cập nhật lịch ôn thẻ.")
    String all_done_hint();

    @Message("Câu hỏi")
    String front();

    @Message("Đáp án")
    String back();

    @Message("Hiện đáp án")
    String reveal();

    @Message("Phím tắt: Space hoặc Enter để hiện đáp án; 1–4 để chấm.")
    String shortcuts();

    @Message("Trích từ bài báo")
    String quote();

    @Message("Đọc đoạn nguồn")
    String read_source();

    @Message("Bạn nhớ thẻ này thế nào?")
    String how_well();

    @Message("Quên")
    String rating_1();

    @Message("Khó")
    String rating_2();

    @Message("Nhớ")
    String rating_3();

    @Message("Dễ")
    String rating_4();

    @Message("{n} phút")
    String minutes(long n);

    @Message("{n} giờ")
    String hours(long n);

    @Message("{n} ngày")
    String days(long n);

    @Message("mới")
    String phase_new();

    @Message("đang học")
    String phase_learning();

    @Message("ôn tập")
    String phase_review();

    @Message("học lại")
    String phase_relearning();

    @Message("Cài đặt học thẻ")
    String settings_title();

    @Message("Mức ghi nhớ mong muốn (0,70–0,99)")
    String retention_label();

    @Message("Càng cao thì thẻ quay lại càng sớm và bạn ôn nhiều hơn.")
    String retention_hint();

    @Message("Số thẻ mới mỗi ngày (0–200)")
    String limit_label();

    @Message("Lưu")
    String save();

    @Message("Đã lưu cài đặt.")
    String saved();

    @Message("Cài đặt chưa được lưu vì có lỗi:")
    String invalid();

    @Message("Mức ghi nhớ phải là một số từ 0,70 đến 0,99.")
    String retention_invalid();

    @Message("Số thẻ mới mỗi ngày phải là số nguyên từ 0 đến 200.")
    String limit_invalid();

    @Message("Thẻ ôn hôm nay")
    String dashboard_title();

    @Message("Học ngay")
    String study_now();

    @Message("Ôn kiểu trắc nghiệm")
    String quiz_mode();

    @Message("Ôn bằng thẻ ghi nhớ")
    String flashcard_mode();

    @Message("Ôn tập kiểu trắc nghiệm")
    String quiz_title();

    @Message("Trả lời")
    String quiz_submit();

    @Message("Hãy chọn một phương án rồi trả lời.")
    String quiz_choose_one();

    @Message("Phím tắt: 1–4 hoặc A–D để chọn phương án; Enter để trả lời.")
    String quiz_shortcuts();

    @Message("Các phương án")
    String quiz_options();

    @Message("Chính xác!")
    String quiz_right();

    @Message("Chưa đúng.")
    String quiz_wrong();

    @Message("Ghi nhận:")
    String quiz_counted_as();

    @Message("thẻ sẽ quay lại sau")
    String quiz_next_review();

    @Message("Thẻ tiếp theo")
    String quiz_next_card();

    @Message("Phím tắt: Enter hoặc Space để sang thẻ tiếp theo.")
    String quiz_next_shortcut();

    @Message("Chưa có câu hỏi trắc nghiệm cho thẻ này, nên ôn bằng thẻ ghi nhớ; chấm xong sẽ quay lại phần trắc nghiệm.")
    String quiz_no_question();
}
