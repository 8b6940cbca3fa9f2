package vn.civicsquiz.learner.habit;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Texts of the daily goal card. English in {@code messages/habit_en.properties}. */
@MessageBundle(value = "habit", locale = "vi")
public interface HabitMessages {

    @Message("Hôm nay")
    String title();

    @Message("Đã trả lời {answered}/{goal} câu của mục tiêu hôm nay.")
    String goal_progress(int answered, int goal);

    @Message("Đã đạt mục tiêu hôm nay! Hẹn gặp lại ngày mai.")
    String goal_reached();

    @Message("{xp} XP · cấp {level}")
    String xp_level(long xp, int level);

    @Message("Còn {left} XP để lên cấp {next}")
    String next_level(long left, int next);

    @Message("Tuần này: {xp} XP")
    String xp_week(long xp);

    @Message("Bốn tuần gần đây")
    String calendar_label();

    @Message("{date}: {answered} câu")
    String calendar_day(String date, int answered);

    @Message("Mục tiêu mỗi ngày")
    String goal_label();

    @Message("{n} câu")
    String goal_choice(int n);

    @Message("Lưu mục tiêu")
    String goal_save();

    @Message("+{xp} XP cho bài này")
    String quiz_xp(long xp);
}
