package vn.civicsquiz.teacher.console;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import vn.civicsquiz.classes.AssignmentInput;
import vn.civicsquiz.platform.problem.Problem;
import vn.civicsquiz.platform.problem.ProblemException;

/**
 * The console's "give an assignment" form as typed, so a refused form comes back filled in. Its fields carry the
 * API's names; {@code source} is {@code set:<id>} or {@code topic:<slug>}; times are the browser's
 * {@code datetime-local} values, read in the quiz zone. The rules are the API's ({@code Assignments.validate}); only
 * what a form can get wrong that JSON cannot (a blank or malformed field) is checked here.
 */
public record AssignmentForm(String title, String source, String size, String mode, String timeLimitMinutes,
                             String opensAt, String closesAt, String attemptsAllowed) {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    /** A fresh form: ten questions, a test, due in a week at 17:00 in the quiz zone. */
    static AssignmentForm fresh(ZoneId zone) {
        LocalDateTime due = LocalDateTime.now(zone).plusDays(7).withHour(17).withMinute(0).withSecond(0).withNano(0);
        return new AssignmentForm("", "", "10", "test", "", "", due.format(LOCAL), "");
    }

    /** The API's input, or a 400 naming the fields a form got wrong. */
    AssignmentInput input(ZoneId zone, boolean english) {
        List<Problem.FieldError> errors = new ArrayList<>();
        String topic = null;
        List<Long> sets = null;
        String chosen = source == null ? "" : source.strip();
        if (chosen.startsWith("topic:") && chosen.length() > "topic:".length()) {
            topic = chosen.substring("topic:".length());
        } else if (chosen.startsWith("set:")) {
            Long set = number(chosen.substring("set:".length()), "sets", errors, english);
            sets = set == null ? null : List.of(set);
        } else {
            errors.add(new Problem.FieldError("sets", english ? "choose a question set or a topic"
                    : "chọn một bộ câu hỏi hoặc một chủ đề"));
        }
        Long questions = number(size, "size", errors, english);
        Long minutes = number(timeLimitMinutes, "timeLimitMinutes", errors, english);
        Long attempts = number(attemptsAllowed, "attemptsAllowed", errors, english);
        OffsetDateTime opens = time(opensAt, zone, "opensAt", errors, english);
        OffsetDateTime closes = time(closesAt, zone, "closesAt", errors, english);
        if (closes == null && (closesAt == null || closesAt.isBlank())) {
            errors.add(new Problem.FieldError("closesAt", english ? "choose when it closes" : "chọn hạn nộp"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.badRequest(english ? "The assignment is not valid" : "Bài tập chưa hợp lệ", errors);
        }
        return new AssignmentInput(topic, questions == null ? null : (int) Math.min(questions, Integer.MAX_VALUE),
                null, title, null, sets, mode, minutes == null ? null : (int) Math.min(minutes, Integer.MAX_VALUE),
                opens, closes, attempts == null ? null : (int) Math.min(attempts, Integer.MAX_VALUE));
    }

    /** The form's label for an API field named in a refusal. */
    static String labelKey(String field) {
        String f = field == null ? "" : field.replaceFirst("\\[\\d+]$", "");
        return switch (f) {
            case "title" -> "assignment_title_label";
            case "size" -> "size_label";
            case "mode" -> "mode_label";
            case "timeLimitMinutes" -> "time_limit_label";
            case "opensAt" -> "opens_label";
            case "closesAt", "deadline" -> "closes_label";
            case "attemptsAllowed" -> "attempts_label";
            default -> "source_label";
        };
    }

    private static Long number(String value, String field, List<Problem.FieldError> errors, boolean english) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String digits = value.strip();
        if (!digits.matches("\\d{1,9}")) {
            errors.add(new Problem.FieldError(field, english ? "a whole number" : "cần một số nguyên"));
            return null;
        }
        return Long.parseLong(digits);
    }

    private static OffsetDateTime time(String value, ZoneId zone, String field, List<Problem.FieldError> errors,
                                       boolean english) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(value.strip()).atZone(zone).toOffsetDateTime();
        } catch (DateTimeException e) {
            errors.add(new Problem.FieldError(field, english ? "a date and time such as 2026-12-20T17:00"
                    : "cần ngày giờ như 2026-12-20T17:00"));
            return null;
        }
    }
}
