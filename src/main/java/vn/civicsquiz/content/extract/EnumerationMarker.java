package vn.civicsquiz.content.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An item marker that starts a sentence: "Một là," … "Chín là,", "Thứ nhất," … "Thứ năm,", or "1." / "2)" / "(3)"
 * at the start of a paragraph.
 */
record EnumerationMarker(Style style, int ordinal, int start, int end) {

    enum Style { LA, THU, DIGIT }

    private static final Map<String, Integer> ORDINALS = Map.ofEntries(Map.entry("nhất", 1), Map.entry("một", 1),
            Map.entry("hai", 2), Map.entry("ba", 3), Map.entry("bốn", 4), Map.entry("tư", 4), Map.entry("năm", 5),
            Map.entry("sáu", 6), Map.entry("bảy", 7), Map.entry("tám", 8), Map.entry("chín", 9),
            Map.entry("mười", 10));
    // explicit [Mm] classes instead of a case-insensitive flag: this runs over whole articles and stays cheap
    private static final String NUMBER_WORDS = "[Mm]ột|[Hh]ai|[Bb]a|[Bb]ốn|[Nn]ăm|[Ss]áu|[Bb]ảy|[Tt]ám|[Cc]hín|[Mm]ười";
    private static final Pattern LA = Pattern.compile("(?<!\\p{L})(" + NUMBER_WORDS + ")\\s+là\\s*[,:]\\s*");
    private static final Pattern THU = Pattern.compile(
            "(?<!\\p{L})[Tt]hứ\\s+([Nn]hất|[Tt]ư|" + NUMBER_WORDS + ")(?:\\s+là)?\\s*[,:]\\s*");
    private static final Pattern DIGIT = Pattern.compile("(?m)^\\(?(\\d{1,2})[.)]\\s+(?=\\p{L})");

    static List<EnumerationMarker> find(String text) {
        List<EnumerationMarker> markers = new ArrayList<>();
        collect(text, LA, Style.LA, markers);
        collect(text, THU, Style.THU, markers);
        Matcher m = DIGIT.matcher(text);
        while (m.find()) {
            markers.add(new EnumerationMarker(Style.DIGIT, Integer.parseInt(m.group(1)), m.start(), m.end()));
        }
        markers.sort(java.util.Comparator.comparingInt(EnumerationMarker::start));
        return markers;
    }

    private static void collect(String text, Pattern pattern, Style style, List<EnumerationMarker> out) {
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            if (startsSentence(text, m.start())) {
                out.add(new EnumerationMarker(style, ORDINALS.get(m.group(1).toLowerCase(java.util.Locale.ROOT)),
                        m.start(), m.end()));
            }
        }
    }

    /** At a paragraph start, or after sentence-ending punctuation, a colon or a semicolon. */
    private static boolean startsSentence(String text, int at) {
        int i = at - 1;
        while (i >= 0 && text.charAt(i) == ' ') {
            i--;
        }
        if (i < 0 || text.charAt(i) == '\n') {
            return true;
        }
        if (i == at - 1) {
            return false;
        }
        char c = text.charAt(i);
        return ".!?:;…”\"".indexOf(c) >= 0;
    }
}
