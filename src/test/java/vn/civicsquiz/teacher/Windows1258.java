package vn.civicsquiz.teacher;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.text.Normalizer;

/**
 * Vietnamese text encoded the way Windows writes it in code page 1258: letters with breve, circumflex or horn
 * precomposed (ă â ê ô ơ ư), tone marks as separate combining characters (ệ = ê + U+0323). Java's encoder cannot
 * encode the precomposed toned letters, so the text is first split this way.
 */
public final class Windows1258 {

    private static final String TONES = "\u0300\u0301\u0303\u0309\u0323";

    private Windows1258() {
    }

    public static byte[] encode(String text) {
        String nfd = Normalizer.normalize(text, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder();
        StringBuilder letter = new StringBuilder();
        StringBuilder tones = new StringBuilder();
        for (int i = 0; i < nfd.length(); i++) {
            char c = nfd.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                (TONES.indexOf(c) >= 0 ? tones : letter).append(c);
            } else {
                flush(out, letter, tones);
                letter.append(c);
            }
        }
        flush(out, letter, tones);
        try {
            ByteBuffer bytes = Charset.forName("windows-1258").newEncoder()
                    .onUnmappableCharacter(CodingErrorAction.REPORT).encode(CharBuffer.wrap(out));
            byte[] array = new byte[bytes.remaining()];
            bytes.get(array);
            return array;
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("not encodable in Windows-1258: " + text, e);
        }
    }

    private static void flush(StringBuilder out, StringBuilder letter, StringBuilder tones) {
        out.append(Normalizer.normalize(letter, Normalizer.Form.NFC)).append(tones);
        letter.setLength(0);
        tones.setLength(0);
    }
}
