package vn.civicsquiz.content.article;

import vn.civicsquiz.content.text.SentenceSplitter;

import java.util.regex.Pattern;

/**
 * Line patterns that recognise page noise in collected Vietnamese news pages. Each rule looks at one normalised,
 * trimmed line; the position-dependent decisions (header, caption after a photo, end of article) are made by
 * {@link ArticleCleaner}.
 */
public final class LineRules {

    private static final String NAME_WORD = "\\p{Lu}[\\p{Ll}\\p{M}]*";
    private static final String NAME = NAME_WORD + "(?: " + NAME_WORD + "){0,3}";
    private static final String NAMES = NAME + "(?:\\s*[-,/]\\s*" + NAME + ")*";

    /** "Minh Tân", "Phương - Diệp (TTXVN)", "Trần Long - Ảnh: Tuấn Anh, Thanh Hải", "Tin, ảnh: Phương Liên". */
    private static final Pattern BYLINE = Pattern.compile(
            "(?:(?:Tin|Bài|Tin, ảnh|Tin và ảnh|Bài và ảnh|Theo)\\s*:?\\s*" + NAMES + "|" + NAMES + ")"
                    + "(?:\\s*-\\s*Ảnh\\s*:\\s*" + NAMES + ")?(?:\\s*\\((?:\\p{Lu}{2,10}|" + NAME + ")\\))?");
    /** A photo credit at the end of a line: "... Ảnh: TTXVN", "(Ảnh: Tuấn Anh)", "(Nguồn: TTXVN)", "- Ảnh 8". */
    private static final Pattern PHOTO_CREDIT = Pattern.compile(
            "(?:(?:^|[\\s.(])(?:Ảnh|Nguồn)\\s*:\\s*[^.:;]{1,60}\\)?\\.?|\\s-\\s*Ảnh\\s*\\d+)$");
    private static final Pattern CAPTION_LABEL = Pattern.compile("(?iU)chú thích ảnh:?");
    /** Scene captions: "Quang cảnh hội nghị.", "Các đại biểu dự hội nghị tại điểm cầu tỉnh Điện Biên." */
    private static final Pattern SCENE_CAPTION = Pattern.compile(
            "^(?:Quang cảnh|Toàn cảnh|Các đại biểu|Đại biểu|Các đồng chí|Các vị đại biểu)\\s.*");
    /** Speaker captions: "<role> <name> phát biểu tham luận tại Hội nghị". */
    private static final Pattern SPEAKER_CAPTION = Pattern.compile(
            ".*\\s(?:phát biểu|tham luận)(?:\\s[\\p{L}]+){0,3}\\s(?:tại|ở)\\s[Hh]ội nghị[^.,;]{0,60}\\.?$");
    private static final Pattern METADATA = Pattern.compile(
            "(?iU).*(?:lượt xem|in bài viết|lượt đọc|cập nhật lúc).*|^\\d{1,2}:\\d{2}\\b.*\\d{1,2}/\\d{1,2}/\\d{4}.*"
                    + "|^(?:thứ \\p{L}+,?\\s*)?\\d{1,2}/\\d{1,2}/\\d{4}(?:\\s*[-,]?\\s*\\d{1,2}:\\d{2})?$");
    private static final Pattern SHARE_WIDGET = Pattern.compile(
            "(?iU)^(?:chia sẻ|share|gửi bài|in bài|lưu bài|tweet|zalo|facebook)\\b.{0,30}$");
    /** Headings of related-news blocks and comment boxes: what follows is not the article any more. */
    private static final Pattern END_MARKER = Pattern.compile(
            "(?iU)^(?:có thể bạn quan tâm|tin liên quan|tin cùng chuyên mục|bài viết liên quan|tin khác|tin mới nhất"
                    + "|xem thêm|đọc thêm|bình luận|ý kiến bạn đọc|tiếp tục cập nhật|back to top)\\b.{0,20}$");
    private static final Pattern ADVERTISEMENT = Pattern.compile(
            "(?iU).*\\b(?:quảng cáo|rao vặt|tài trợ bởi|thông cáo báo chí)\\b.*");
    private static final Pattern DATELINE = Pattern.compile("^[\\p{L}.]{2,15}\\s+-\\s+(?=\\p{Lu})");
    private static final Pattern CLOSING_PUNCTUATION = Pattern.compile(".*[.!?…:;”\"»)]$");

    private LineRules() {
    }

    static boolean isByline(String line) {
        return line.length() <= 60 && BYLINE.matcher(line).matches();
    }

    static boolean hasPhotoCredit(String line) {
        return line.length() <= 250 && PHOTO_CREDIT.matcher(line).find();
    }

    static boolean isCaptionLabel(String line) {
        return CAPTION_LABEL.matcher(line).matches();
    }

    static boolean looksLikeCaption(String line) {
        if (!isSingleSentence(line)) {
            return false;
        }
        return (line.length() <= 100 && SCENE_CAPTION.matcher(line).matches())
                || (line.length() <= 160 && SPEAKER_CAPTION.matcher(line).matches());
    }

    /** A caption right under a photo: short, a single sentence or phrase. */
    static boolean couldBeCaption(String line) {
        return line.length() <= 200 && isSingleSentence(line);
    }

    static boolean isMetadata(String line) {
        return line.length() <= 120 && METADATA.matcher(line).matches();
    }

    static boolean isShareWidget(String line) {
        return SHARE_WIDGET.matcher(line).matches();
    }

    static boolean isEndMarker(String line) {
        return END_MARKER.matcher(line).matches();
    }

    static boolean isAdvertisement(String line) {
        return line.length() <= 200 && ADVERTISEMENT.matcher(line).matches();
    }

    static boolean isFragment(String line) {
        return line.split(" ").length <= 2 && !CLOSING_PUNCTUATION.matcher(line).matches();
    }

    public static boolean isHeading(String line) {
        return line.length() <= 120 && !CLOSING_PUNCTUATION.matcher(line).matches();
    }

    /** Length of an outlet tag at the start of the lead ("ĐBP - "), or 0. */
    static int datelineLength(String line) {
        var matcher = DATELINE.matcher(line);
        return matcher.find() ? matcher.end() : 0;
    }

    private static boolean isSingleSentence(String line) {
        return SentenceSplitter.split(line).size() == 1 && !line.contains(";");
    }
}
