package vn.civicsquiz.content.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Texts of the reading pages; English in {@code messages/reading_en.properties}. */
@MessageBundle(value = "reading", locale = "vi")
public interface ReadingMessages {

    @Message("Bài báo nguồn")
    String sources_title();

    @Message("Năm bài báo là nguồn của mọi câu hỏi. Mỗi bài hiển thị phần nội dung chính (đã bỏ chú thích ảnh, quảng cáo, tin liên quan) và tô sáng đoạn văn của từng dữ kiện.")
    String sources_intro();

    @Message("{count} dữ kiện")
    String sources_fact_count(long count);

    @Message("Đăng ngày {date}")
    String source_published(String date);

    @Message("Tác giả:")
    String source_author();

    @Message("Các dữ kiện trong bài")
    String source_facts();

    @Message("Nội dung bài báo, các đoạn được tô sáng là nguồn của dữ kiện")
    String source_body();

    @Message("Tất cả bài báo nguồn")
    String source_back();

    @Message("Chín nhiệm vụ trọng tâm")
    String set_nine_tasks();

    @Message("Năm bài học kinh nghiệm")
    String set_five_lessons();

    @Message("Ba trụ cột")
    String set_three_pillars();

    @Message("Số liệu")
    String set_figures();

    @Message("Nhân vật")
    String set_people();

    @Message("Sự kiện")
    String set_events();

    @Message("Phương châm, nguyên tắc")
    String set_phrases();
}
