package vn.civicsquiz.generate;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import vn.civicsquiz.content.text.TextNormaliser;

/**
 * {@link TextNormaliser#fold(String)} remembered: the generator compares the same few hundred fact texts many
 * thousand times, and folding (NFD, tone placement, NFC) is the expensive part of each comparison.
 */
final class Folding {

    /** Fact texts are bounded; the limit only guards against an unexpected flood of distinct strings. */
    private static final int LIMIT = 50_000;
    private static final Map<String, String> FOLDED = new ConcurrentHashMap<>();

    private Folding() {
    }

    static String fold(String text) {
        if (text == null) {
            return "";
        }
        String folded = FOLDED.get(text);
        if (folded == null) {
            if (FOLDED.size() > LIMIT) {
                FOLDED.clear();
            }
            folded = TextNormaliser.fold(text);
            FOLDED.put(text, folded);
        }
        return folded;
    }
}
