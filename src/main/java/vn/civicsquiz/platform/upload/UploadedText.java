package vn.civicsquiz.platform.upload;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.text.Normalizer;
import java.util.List;
import vn.civicsquiz.platform.problem.Problem;
import vn.civicsquiz.platform.problem.ProblemException;
import vn.civicsquiz.platform.problem.Say;

/**
 * The bytes of an uploaded question file as text, never with a character guessed wrong. A {@code charset} named in
 * the Content-Type is honoured (strictly: a byte it cannot decode is a 400). Without one, the charset is detected: a
 * byte order mark (UTF-8, UTF-16), else strict UTF-8, else Windows-1258 when every non-ASCII character it gives is
 * one Vietnamese text uses — what Vietnamese Windows editors write, tone marks as combining characters, so the
 * text is composed to NFC here. Anything else is refused: a teacher can re-send with the charset named.
 */
public final class UploadedText {

    static final Charset WINDOWS_1258 = Charset.forName("windows-1258");

    /** @param charset the charset the text was read in, as reported back to the teacher */
    public record Decoded(String text, String charset) {
    }

    private static final Say HOW_TO_NAME = new Say("ghi bảng mã trong Content-Type (ví dụ "
            + "'text/x-gift; charset=windows-1258') hoặc lưu tệp dưới dạng UTF-8",
            "name it in the Content-Type (e.g. 'text/x-gift; charset=windows-1258') or save the file as UTF-8");

    private UploadedText() {
    }

    /** The charset parameter of the request's Content-Type, or null when it names none. */
    public static String declaredCharset(jakarta.ws.rs.core.HttpHeaders headers, boolean english) {
        jakarta.ws.rs.core.MediaType type;
        try {
            type = headers.getMediaType();
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest(english ? "The Content-Type is not a media type"
                    : "Content-Type không phải một kiểu dữ liệu", List.of(new Problem.FieldError("Content-Type",
                    english ? "a media type such as text/csv; charset=UTF-8"
                            : "cần một kiểu dữ liệu như text/csv; charset=UTF-8")));
        }
        return type == null ? null : type.getParameters().get(jakarta.ws.rs.core.MediaType.CHARSET_PARAMETER);
    }

    /**
     * @param declared the charset parameter of the Content-Type, or null
     * @param english  refusals in English rather than Vietnamese
     */
    public static Decoded decode(byte[] bytes, String declared, boolean english) {
        if (declared != null && !declared.isBlank()) {
            Charset charset = named(declared.strip(), english);
            String text = strict(bytes, charset, new Say("không phải " + charset.name() + " hợp lệ (bảng mã "
                    + "Content-Type ghi); hãy sửa tham số charset, hoặc bỏ nó đi để ứng dụng tự nhận ra bảng mã",
                    "is not valid " + charset.name() + " (the charset the Content-Type names); correct the charset "
                            + "parameter, or leave it out to let the file be recognised"), english);
            return checked(text, charset.name(), english);
        }
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return checked(strict(bytes, StandardCharsets.UTF_8, new Say("không phải UTF-8 hợp lệ dù bắt đầu bằng "
                    + "dấu BOM của UTF-8", "is not valid UTF-8 although the file starts with a UTF-8 byte order mark"),
                    english), "UTF-8", english);
        }
        if (startsWith(bytes, 0xFE, 0xFF) || startsWith(bytes, 0xFF, 0xFE)) {
            return checked(strict(bytes, StandardCharsets.UTF_16, new Say("không phải UTF-16 hợp lệ dù bắt đầu bằng "
                    + "dấu BOM của UTF-16", "is not valid UTF-16 although the file starts with a UTF-16 byte order "
                    + "mark"), english), "UTF-16", english);
        }
        String utf8 = lenientlyOrNull(bytes, StandardCharsets.UTF_8);
        if (utf8 != null) {
            return checked(utf8, "UTF-8", english);
        }
        String windows = lenientlyOrNull(bytes, WINDOWS_1258);
        if (windows != null && VietnameseLetters.plausible(windows)) {
            return checked(windows, WINDOWS_1258.name(), english);
        }
        throw undecidable(new Say("Không nhận ra bảng mã của tệp: không phải UTF-8 (có hay không có BOM), UTF-16 có "
                + "BOM, cũng không phải văn bản tiếng Việt Windows-1258", "The file's characters cannot be "
                + "recognised: it is not UTF-8 (with or without a byte order mark), UTF-16 with a byte order mark, nor "
                + "Vietnamese text in Windows-1258"), english);
    }

    private static Decoded checked(String decoded, String charset, boolean english) {
        String text = Normalizer.normalize(decoded.startsWith("\uFEFF") ? decoded.substring(1) : decoded,
                Normalizer.Form.NFC);
        int nul = text.indexOf('\0');
        if (nul >= 0) {
            int line = lineAt(text, nul);
            throw undecidable(new Say("Đọc theo " + charset + ", dòng " + line + " của tệp có ký tự NUL: tệp không "
                    + "phải văn bản theo bảng mã đó (UTF-16 không có BOM?)", "Read as " + charset + ", the file "
                    + "holds a NUL character on line " + line + ": it is not text in that charset (UTF-16 without a "
                    + "byte order mark?)"), english);
        }
        int lost = text.indexOf('\uFFFD');
        if (lost >= 0) {
            throw ProblemException.badRequest(english ? "The file holds U+FFFD, the mark of a character lost by an "
                    + "earlier conversion; nothing was imported" : "Tệp có ký tự U+FFFD, dấu vết của một ký tự đã mất "
                    + "khi chuyển đổi trước đó; chưa nhập gì", List.of(new Problem.FieldError("file", english
                    ? "replace the '\uFFFD' with the character meant" : "thay '\uFFFD' bằng ký tự đúng",
                    lineAt(text, lost))));
        }
        return new Decoded(text, charset);
    }

    private static Charset named(String name, boolean english) {
        String unquoted = name.length() > 1 && name.startsWith("\"") && name.endsWith("\"")
                ? name.substring(1, name.length() - 1) : name;
        try {
            return Charset.forName(unquoted);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            String allowed = "UTF-8, UTF-16 (BOM), UTF-16LE, UTF-16BE, windows-1258";
            throw new ProblemException.UnsupportedContent(new Say("Không biết bảng mã '" + unquoted + "'",
                    "The charset '" + unquoted + "' is unknown"), ProblemException.fault("charset",
                    "cần một trong: " + allowed, "expected one of " + allowed));
        }
    }

    /** Decodes every byte or reports the first that does not decode, with its offset and line. */
    private static String strict(byte[] bytes, Charset charset, Say problem, boolean english) {
        CharsetDecoder decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate((int) Math.ceil(bytes.length * (double) decoder.maxCharsPerByte()) + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int offset = in.position();
            int line = lineOfByte(bytes, offset);
            throw undecidable(new Say("Tệp " + problem.vietnamese() + ": byte " + offset + " (dòng " + line
                    + ") không giải mã được", "The file " + problem.english() + ": byte " + offset + " (line " + line
                    + ") does not decode"), english);
        }
        return out.flip().toString();
    }

    private static String lenientlyOrNull(byte[] bytes, Charset charset) {
        try {
            return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static ProblemException undecidable(Say detail, boolean english) {
        return ProblemException.badRequest(detail.in(english) + (english ? "; nothing was imported" : "; chưa nhập gì"),
                List.of(new Problem.FieldError("charset", HOW_TO_NAME.in(english))));
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** 1-based; counts LF bytes, right for the ASCII-compatible charsets where strict decoding can fail mid-file. */
    private static int lineOfByte(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    private static int lineAt(String text, int index) {
        int line = 1;
        for (int i = 0; i < index; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }
}
