package vn.civicsquiz.teacher.format;

import java.text.Normalizer;

/**
 * Text entering the app from an import file is stored in Unicode NFC, so a question typed with combining
 * diacritics ("Đúng" as D-stroke + u + combining acute) equals the same question typed precomposed.
 */
public final class ImportedText {

    private ImportedText() {
    }

    public static String nfc(String text) {
        return text == null ? null : Normalizer.normalize(text, Normalizer.Form.NFC);
    }
}
