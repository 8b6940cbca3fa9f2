package vn.civicsquiz.content.extract;

import java.util.List;
import java.util.Set;

/**
 * The unit of a figure: the noun that is counted, as written ("quốc gia" in "189/193 quốc gia thành viên ...",
 * "tỉnh, thành phố" in "63 tỉnh, thành phố", "thị trường và đối tác"), prefixed by the large scale when there is
 * one ("triệu liều", "tỉ USD").
 */
final class Units {

    /** Nouns of more than one syllable that are counted as a whole; others count by their first syllable. */
    private static final Set<String> COMPOUNDS = Set.of("quốc gia", "chính đảng", "thị trường", "đối tác", "tổ chức",
            "điều ước", "hiệp định", "thành phố", "thủ đô", "lượt khách", "đoàn khách", "du khách", "doanh nghiệp",
            "dự án", "hoạt động", "điểm cầu", "đại sứ", "đại biểu", "cán bộ", "công dân", "học sinh", "sinh viên",
            "lao động", "hải lý", "nhiệm vụ", "bài học", "trụ cột", "sự kiện", "văn bản", "thỏa thuận", "diễn đàn",
            "cơ chế", "di sản", "nghị viện", "quốc hội", "đơn vị", "cơ quan", "lô đất", "chiến sĩ", "thành viên",
            "địa phương", "lĩnh vực", "giải pháp", "chương trình", "đề án", "kiều bào", "chuyến thăm", "cuộc họp",
            "hội nghị", "gia đình", "hộ dân", "trường hợp", "tỉnh thành", "đoàn thể", "sáng kiến", "hiệp hội",
            "trung tâm", "bệnh viện", "tổng lãnh sự", "vùng lãnh thổ", "vùng địa phương", "tổ chức quốc tế",
            "tổ chức phi chính phủ", "mũi nhọn", "động lực", "mục tiêu", "chỉ tiêu", "nguyên tắc", "quan điểm",
            "định hướng", "đột phá");
    /** One-syllable nouns that may follow another noun in a coordinated unit ("quốc gia và vùng"). */
    private static final Set<String> SIMPLE_NOUNS = Set.of("nước", "tỉnh", "huyện", "xã", "đoàn", "người", "vùng",
            "trường", "nhóm", "liều");
    private static final int LONGEST_COMPOUND = 4;

    private Units() {
    }

    /** Token index after the unit that starts at {@code from}; nouns joined by "," or "và" stay together. */
    static int end(List<Token> tokens, int from) {
        if (from >= tokens.size() || tokens.get(from).kind() != Token.Kind.WORD) {
            return from;
        }
        int j = from + Math.max(1, compoundLength(tokens, from));
        boolean capitalised = isCapitalised(tokens.get(from));
        while (j + 1 < tokens.size() && (tokens.get(j).isPunct(",") || tokens.get(j).isWord("và"))) {
            int next = compoundLength(tokens, j + 1);
            boolean noun = next > 0 || SIMPLE_NOUNS.contains(tokens.get(j + 1).folded());
            // "111 quốc gia, Quốc hội Việt Nam có ..." : a capital after a comma starts a new clause
            if (!noun || isCapitalised(tokens.get(j + 1)) != capitalised) {
                break;
            }
            j = j + 1 + Math.max(next, 1);
        }
        return j;
    }

    /** The unit as written: "%" for percentages, the scale word in front of the noun when there is one. */
    static String of(String nounAsWritten, String scaleAsWritten, boolean percent) {
        if (percent) {
            return "%";
        }
        if (scaleAsWritten == null) {
            return nounAsWritten;
        }
        return nounAsWritten.isEmpty() ? scaleAsWritten : scaleAsWritten + " " + nounAsWritten;
    }

    private static boolean isCapitalised(Token token) {
        return token.kind() == Token.Kind.WORD && Character.isUpperCase(token.text().codePointAt(0));
    }

    /** How many tokens from {@code at} form a known compound noun (longest first), 0 if none. */
    private static int compoundLength(List<Token> tokens, int at) {
        for (int n = LONGEST_COMPOUND; n >= 2; n--) {
            if (at + n <= tokens.size() && COMPOUNDS.contains(words(tokens, at, n))) {
                return n;
            }
        }
        return 0;
    }

    private static String words(List<Token> tokens, int at, int n) {
        StringBuilder out = new StringBuilder();
        for (int i = at; i < at + n; i++) {
            if (tokens.get(i).kind() != Token.Kind.WORD) {
                return "";
            }
            out.append(i == at ? "" : " ").append(tokens.get(i).folded());
        }
        return out.toString();
    }
}
