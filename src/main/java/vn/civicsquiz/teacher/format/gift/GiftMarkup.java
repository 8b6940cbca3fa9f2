package vn.civicsquiz.teacher.format.gift;

import vn.civicsquiz.teacher.format.ImportedText;

/**
 * GIFT text-format markers ({@code [html]}, {@code [moodle]}, {@code [plain]}, {@code [markdown]}). The app shows
 * text with a little formatting, so the marker is removed; {@code [html]} text is converted to it
 * (see {@link HtmlText}). Markdown and Moodle auto-format text is kept verbatim. Texts without a marker take
 * the question text's format, as in Moodle.
 */
final class GiftMarkup {

    static final String DEFAULT_FORMAT = "moodle";

    /**
     * @param text      plain, trimmed, NFC text
     * @param format    the marker given, or the inherited format
     * @param converted whether HTML tags beyond the app's formatting were dropped
     */
    record Formatted(String text, String format, boolean converted) {
    }

    private GiftMarkup() {
    }

    static Formatted read(GiftText raw, String defaultFormat) {
        String text = Gift.trim(raw.plain());
        int marker = markerLength(text);
        String format = marker > 0 ? text.substring(1, marker - 1) : defaultFormat;
        String body = text.substring(marker);
        if (HtmlText.holdsImage(body)) {
            throw GiftProblem.unsupported("Nội dung có hình ảnh (<img>); ứng dụng không hiển thị được hình ảnh nên"
                    + " câu hỏi sẽ hỏi về thứ người học không nhìn thấy: hãy mô tả hình bằng lời",
                    "the text holds an image (<img>); the app cannot show images, so the"
                    + " question would ask about something the learner cannot see: describe it in words");
        }
        if (HtmlText.holdsMedia(body)) {
            throw GiftProblem.unsupported("Nội dung có âm thanh, video hoặc liên kết tới tệp phương tiện; ứng dụng không"
                    + " phát được nên câu hỏi sẽ hỏi về thứ người học không nghe, không thấy: hãy viết nội dung đó bằng lời",
                    "the text holds a sound, a video or a link to a media file; the app cannot play them, so the"
                    + " question would ask about something the learner cannot hear or see: write it out in words");
        }
        boolean converted = false;
        if (format.equals("html")) {
            converted = HtmlText.losesTags(body);
            body = HtmlText.toText(body);
        }
        return new Formatted(Gift.trim(ImportedText.nfc(body)), format, converted);
    }

    /** Length of a leading {@code [html]}-style marker that Moodle would take as a format, else 0. */
    static int markerLength(String text) {
        if (!text.startsWith("[")) {
            return 0;
        }
        int end = text.indexOf(']');
        return end > 0 && Gift.TEXT_FORMATS.contains(text.substring(1, end)) ? end + 1 : 0;
    }
}
