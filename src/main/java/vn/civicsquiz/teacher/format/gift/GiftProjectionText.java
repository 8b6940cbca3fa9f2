package vn.civicsquiz.teacher.format.gift;

import java.math.BigDecimal;
import vn.civicsquiz.teacher.format.ImportedText;

/** Texts and numbers as they come back from GIFT. */
final class GiftProjectionText {

    private GiftProjectionText() {
    }

    /** Trimmed NFC text with line breaks as '\n', or null when blank. */
    static String text(String text) {
        if (text == null) {
            return null;
        }
        String t = text.replace("\r\n", "\n").replace('\r', '\n');
        t = Gift.trim(ImportedText.nfc(Gift.trim(ImportedText.nfc(t))));
        return t.isEmpty() ? null : t;
    }

    static String orEmpty(String text) {
        String t = text(text);
        return t == null ? "" : t;
    }

    /**
     * The topic a category line gives back: a leading slash cannot be written, so it is dropped; a category is one
     * line, so line breaks become spaces.
     */
    static String topic(String topic) {
        String t = text(topic == null ? null : GiftCategory.oneLine(topic));
        while (t != null && t.startsWith("/")) {
            t = text(t.substring(1));
        }
        return t;
    }

    /** Numbers are written in plain notation, so a negative scale (1E+3) comes back as 1000. */
    static BigDecimal scale(BigDecimal n) {
        return n != null && n.scale() < 0 ? n.setScale(0) : n;
    }
}
