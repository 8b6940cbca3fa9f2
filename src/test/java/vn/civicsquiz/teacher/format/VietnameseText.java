package vn.civicsquiz.teacher.format;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/** Random Vietnamese civics text sprinkled with characters import formats must escape. */
public final class VietnameseText {

    public static final List<String> WORDS = List.of("Hội", "nghị", "Đối", "ngoại", "toàn", "quốc", "lần", "thứ",
            "nhất", "năm", "2021", "Đảng", "Nhà", "nước", "nhân", "dân", "giao", "cây", "tre", "Việt", "Nam", "độc",
            "lập", "tự", "chủ", "hòa", "bình", "hữu", "nghị", "hợp", "tác", "phát", "triển", "Tổng", "Bí", "thư",
            "Nguyễn", "Phú", "Trọng", "ưu", "tiên", "đa", "phương", "hóa", "dạng", "189", "quốc", "gia", "Ưu",
            "ẵ", "ỹ", "Đúng", "Sai", "14/12/2021", "“cây", "tre”", "3,5");

    /** Tokens with a meaning in GIFT (or in JSON, HTML) that must survive as plain text. */
    public static final List<String> SPECIAL = List.of("~", "=", "#", "{", "}", ":", "\\", "\\n", "::", "####",
            "->", "%50%", "%-100%", "[html]", "[plain]", "[markdown]", "//", "_____", "\";", "$CATEGORY:", "T",
            "TRUE", "FALSE", "<b>", "&amp;", "%", "..", "/", "*", "{}", "\\~", "\"", "\\u00e9", "=%", "-", ">");

    private VietnameseText() {
    }

    /** Text as the app stores it (normalised: NFC, single spaces, trimmed lines): 1..8 tokens, some on new lines. */
    public static Arbitrary<String> text() {
        return tokens(Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(7, Arbitraries.of(WORDS)), net.jqwik.api.Tuple.of(3, Arbitraries.of(SPECIAL))));
    }

    public static Arbitrary<String> textWithoutArrow() {
        return text().filter(t -> !t.contains("->"));
    }

    private static Arbitrary<String> tokens(Arbitrary<String> token) {
        Arbitrary<String> separator = Arbitraries.frequency(
                net.jqwik.api.Tuple.of(12, " "), net.jqwik.api.Tuple.of(1, "\n"));
        return token.list().ofMinSize(1).ofMaxSize(8).flatMap(words -> separator.list()
                .ofSize(words.size()).map(seps -> {
                    StringBuilder out = new StringBuilder(words.get(0));
                    for (int i = 1; i < words.size(); i++) {
                        out.append(seps.get(i)).append(words.get(i));
                    }
                    return out.toString();
                }));
    }
}
