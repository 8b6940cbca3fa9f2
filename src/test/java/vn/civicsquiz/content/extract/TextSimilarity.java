package vn.civicsquiz.content.extract;

import vn.civicsquiz.content.text.TextNormaliser;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Comparisons used to check extracted facts against the reviewed ones. */
final class TextSimilarity {

    private TextSimilarity() {
    }

    /** Share of the words of {@code reference} (after fold) that also occur in {@code candidate}, counted once each. */
    static double coverage(String reference, String candidate) {
        List<String> wanted = words(reference);
        List<String> available = new ArrayList<>(words(candidate));
        int found = 0;
        for (String w : wanted) {
            if (available.remove(w)) {
                found++;
            }
        }
        return wanted.isEmpty() ? 0 : (double) found / wanted.size();
    }

    /**
     * Same unit: equal after fold (tỉ and tỷ are one word), or one names the head of the other: "đoàn" and
     * "đoàn khách", "nhóm" and "nhóm nhiệm vụ, giải pháp". Different nouns ("quốc gia" / "nước") do not match.
     */
    static boolean sameUnit(String a, String b) {
        List<String> x = words(a).stream().map(w -> w.equals("tỉ") ? "tỷ" : w).toList();
        List<String> y = words(b).stream().map(w -> w.equals("tỉ") ? "tỷ" : w).toList();
        int common = Math.min(x.size(), y.size());
        return common > 0 && x.subList(0, common).equals(y.subList(0, common));
    }

    private static List<String> words(String text) {
        return Arrays.stream(TextNormaliser.fold(text).split("[^\\p{L}\\p{N}%]+")).filter(w -> !w.isEmpty()).toList();
    }
}
