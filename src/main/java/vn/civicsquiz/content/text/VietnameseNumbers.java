package vn.civicsquiz.content.text;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Numbers as Vietnamese texts write them: "1.200" (thousands), "24,8" (decimals), ordinals "Hai là", "Thứ tư". */
public final class VietnameseNumbers {

    private static final List<String> CARDINALS = List.of("một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám",
            "chín", "mười");
    private static final List<String> ORDINALS = List.of("nhất", "hai", "ba", "tư", "năm", "sáu", "bảy", "tám",
            "chín", "mười");
    private static final Pattern LIST_MARKER = Pattern.compile("^(\\p{L}+) là\\b", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern ORDINAL_MARKER = Pattern.compile("^thứ (\\p{L}+)\\b", Pattern.UNICODE_CHARACTER_CLASS);

    private VietnameseNumbers() {
    }

    /** 1200 -> "1.200", 24.8 -> "24,8", 1.467 -> "1,467", 193 -> "193". */
    public static String format(BigDecimal value) {
        BigDecimal plain = value.stripTrailingZeros();
        String text = plain.scale() <= 0 ? plain.toBigInteger().toString() : plain.toPlainString();
        int dot = text.indexOf('.');
        String integer = dot < 0 ? text : text.substring(0, dot);
        String fraction = dot < 0 ? "" : "," + text.substring(dot + 1);
        StringBuilder grouped = new StringBuilder();
        for (int i = 0; i < integer.length(); i++) {
            if (i > 0 && (integer.length() - i) % 3 == 0) {
                grouped.append('.');
            }
            grouped.append(integer.charAt(i));
        }
        return grouped + fraction;
    }

    /** Position of {@code number} in {@code text} as a whole number (not part of a longer one), or -1. */
    public static int indexOfNumber(String text, String number) {
        Matcher m = Pattern.compile("(?<![\\d.,])" + Pattern.quote(number) + "(?!\\d|[.,]\\d)").matcher(text);
        return m.find() ? m.start() : -1;
    }

    /** The position announced by a list marker at the start of a text: "Hai là, ..." -> 2, "Thứ tư, ..." -> 4. */
    public static Optional<Integer> leadingOrdinal(String text) {
        String folded = TextNormaliser.fold(text);
        Matcher list = LIST_MARKER.matcher(folded);
        if (list.find() && CARDINALS.contains(list.group(1))) {
            return Optional.of(CARDINALS.indexOf(list.group(1)) + 1);
        }
        Matcher ordinal = ORDINAL_MARKER.matcher(folded);
        if (ordinal.find() && ORDINALS.contains(ordinal.group(1))) {
            return Optional.of(ORDINALS.indexOf(ordinal.group(1)) + 1);
        }
        return Optional.empty();
    }
}
