package vn.civicsquiz.content.extract;

import vn.civicsquiz.content.TextNormaliser;

import java.util.Set;

/**
 * The unit of a figure: the head noun of what is counted ("quốc gia" in "189/193 quốc gia thành viên ..."),
 * prefixed by the large scale when there is one ("triệu liều", "tỷ USD").
 */
final class Units {

    /** Two-syllable nouns that are counted as one word; anything else takes its first syllable ("nước", "người"). */
    private static final Set<String> COMPOUNDS = Set.of("quốc gia", "chính đảng", "thị trường", "đối tác", "tổ chức",
            "điều ước", "hiệp định", "thành phố", "thủ đô", "lượt khách", "đoàn khách", "du khách", "doanh nghiệp",
            "dự án", "hoạt động", "điểm cầu", "đại sứ", "đại biểu", "cán bộ", "công dân", "học sinh", "sinh viên",
            "lao động", "hải lý", "nhiệm vụ", "bài học", "trụ cột", "sự kiện", "văn bản", "thỏa thuận", "diễn đàn",
            "cơ chế", "di sản", "nghị viện", "quốc hội", "đơn vị", "cơ quan", "lô đất", "chiến sĩ", "thành viên",
            "địa phương", "lĩnh vực", "giải pháp", "chương trình", "đề án", "kiều bào", "nhân dân", "chuyến thăm",
            "cuộc họp", "hội nghị", "ngoại tệ", "gia đình", "hộ dân", "trường hợp", "vùng lãnh thổ", "tỉnh thành",
            "đoàn thể", "tầng lớp", "con người", "sáng kiến", "ý kiến", "hiệp hội", "trung tâm", "bệnh viện");
    private static final Set<String> UPPER_CASE_UNITS = Set.of("km", "ha");

    private Units() {
    }

    /** @param counted the counted noun phrase as written; {@code scale} may be null */
    static String of(String counted, String scale, boolean percent) {
        if (percent) {
            return "%";
        }
        String head = head(counted);
        if (head.isEmpty()) {
            return scale;
        }
        return scale == null ? head : scale + " " + head;
    }

    /** The head noun in comparison form (lower case, new tone placement); currency and acronyms keep their case. */
    static String head(String counted) {
        String[] words = counted.strip().split("\\s+");
        if (words[0].isEmpty()) {
            return "";
        }
        boolean acronym = words[0].length() > 1 && words[0].equals(words[0].toUpperCase(TextNormaliser.VIETNAMESE));
        if (acronym || UPPER_CASE_UNITS.contains(words[0])) {
            return words[0];
        }
        String first = TextNormaliser.fold(words[0]);
        if (words.length > 1) {
            String pair = first + " " + TextNormaliser.fold(words[1]);
            if (COMPOUNDS.contains(pair)) {
                return pair;
            }
        }
        return first;
    }
}
