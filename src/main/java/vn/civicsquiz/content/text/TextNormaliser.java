package vn.civicsquiz.content.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The single text normaliser of the application. Every Vietnamese text that enters the system (source articles,
 * curated facts, user input that is compared with them) goes through here once, at the edge.
 *
 * <ul>
 *   <li>{@link #nfc(String)}: canonical single-line text (NFC, look-alike letters, spaces, controls).</li>
 *   <li>{@link #nfcLines(String)}: the same but keeps line breaks, for whole documents.</li>
 *   <li>{@link #newTonePlacement(String)}: old tone placement (hoá, thuỷ) rewritten to the new one (hóa, thủy).</li>
 *   <li>{@link #display(String)}: text shown to learners (nfc + new tone placement, case kept).</li>
 *   <li>{@link #fold(String)}: comparison key that keeps diacritics (nfc + tone placement + lower case).</li>
 *   <li>{@link #searchKey(String)}: diacritic-insensitive key (đ → d, marks removed, lower case).</li>
 * </ul>
 * All methods return an empty string for {@code null}.
 */
public final class TextNormaliser {

    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    /** Spaces that look like a space but are not U+0020 (no-break, en/em, thin, narrow no-break, ideographic ...). */
    private static final Pattern ODD_SPACES = Pattern.compile("[\\u00A0\\u1680\\u2000-\\u200A\\u202F\\u205F\\u3000]");
    /** Invisible format characters that only break comparisons: zero-width space/joiners, BOM, soft hyphen. */
    private static final Pattern INVISIBLES = Pattern.compile("[\\u00AD\\u200B-\\u200D\\u2060\\uFEFF]");
    private static final Pattern CONTROLS_EXCEPT_NEWLINE_AND_TAB = Pattern.compile("[\\p{Cc}&&[^\\n\\t]]");
    private static final Pattern CONTROLS = Pattern.compile("\\p{Cc}");
    private static final Pattern INLINE_WHITESPACE = Pattern.compile("[ \\t]+");
    private static final Pattern ANY_WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern LINE_BREAK = Pattern.compile("\\r\\n?");

    private static final String TONE_MARKS = "\\u0300\\u0301\\u0303\\u0309\\u0323";
    /**
     * In an open syllable ending in oa, oe or uy the new style puts the tone on the first vowel (hóa, khỏe, thủy).
     * Works on NFD text: the vowels must carry no other mark, and the syllable must end right after the tone mark.
     * "qu" is a consonant, so quý/quỷ keep the tone on y.
     */
    private static final Pattern OLD_TONE_OA_OE = Pattern.compile(
            "([oO])([aAeE])([" + TONE_MARKS + "])(?![\\p{L}\\p{M}])");
    private static final Pattern OLD_TONE_UY = Pattern.compile(
            "(?<![qQ])([uU])([yY])([" + TONE_MARKS + "])(?![\\p{L}\\p{M}])");
    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");

    private TextNormaliser() {
    }

    /** Canonical single-line text: NFC, Đ/đ look-alikes folded, all whitespace runs collapsed to one space, trimmed. */
    public static String nfc(String text) {
        String s = canonicalCharacters(text);
        s = CONTROLS.matcher(s.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ')).replaceAll("");
        return composed(ANY_WHITESPACE.matcher(s).replaceAll(" ").strip());
    }

    /**
     * Canonical multi-line text: like {@link #nfc(String)} but line breaks survive (CRLF/CR become \n); spaces and
     * tabs inside a line are collapsed to one space and every line is trimmed. Other control characters are removed.
     */
    public static String nfcLines(String text) {
        String s = LINE_BREAK.matcher(canonicalCharacters(text)).replaceAll("\n");
        s = CONTROLS_EXCEPT_NEWLINE_AND_TAB.matcher(s).replaceAll("");
        StringBuilder out = new StringBuilder(s.length());
        for (String line : s.split("\n", -1)) {
            if (out.length() > 0 || !line.isEmpty()) {
                out.append(INLINE_WHITESPACE.matcher(line).replaceAll(" ").strip());
            }
            out.append('\n');
        }
        return composed(out.toString().strip());
    }

    /** Moves tone marks from old placement (hoá, hoà, khoẻ, thuỷ, uý) to new placement (hóa, hòa, khỏe, thủy, úy). */
    public static String newTonePlacement(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        decomposed = swapToneToFirstVowel(OLD_TONE_OA_OE, decomposed);
        decomposed = swapToneToFirstVowel(OLD_TONE_UY, decomposed);
        return Normalizer.normalize(decomposed, Normalizer.Form.NFC);
    }

    /** Text shown to learners: canonical single-line text in the new tone placement, case kept. */
    public static String display(String text) {
        return newTonePlacement(nfc(text));
    }

    /** Comparison key that still distinguishes diacritics: nfc + new tone placement + Vietnamese lower case. */
    public static String fold(String text) {
        return display(text).toLowerCase(VIETNAMESE);
    }

    /** Diacritic-insensitive key for search: "Đảng Cộng sản" and "dang cong san" give the same key. */
    public static String searchKey(String text) {
        String lower = fold(text).replace('đ', 'd');
        String stripped = COMBINING_MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
        return Normalizer.normalize(stripped, Normalizer.Form.NFC);
    }

    /** Look-alikes and odd spaces replaced, invisibles removed; composed by the caller once nothing else goes. */
    private static String canonicalCharacters(String text) {
        if (text == null) {
            return "";
        }
        String s = text.replace('\u00D0', '\u0110').replace('\u00F0', '\u0111');
        s = ODD_SPACES.matcher(s).replaceAll(" ");
        return INVISIBLES.matcher(s).replaceAll("");
    }

    /**
     * NFC, as the last step: a character removed earlier (a NUL, a zero-width space) may have stood between a letter
     * and its mark ("p\u0000\u0301"), which compose only once it is gone.
     */
    private static String composed(String s) {
        return Normalizer.isNormalized(s, Normalizer.Form.NFC) ? s : Normalizer.normalize(s, Normalizer.Form.NFC);
    }

    private static String swapToneToFirstVowel(Pattern pattern, String decomposed) {
        Matcher m = pattern.matcher(decomposed);
        return m.replaceAll(r -> Matcher.quoteReplacement(r.group(1) + r.group(3) + r.group(2)));
    }
}
