package vn.civicsquiz.teacher.format.gift;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the small HTML of Moodle question texts into the app's text: bold, italic and lists are kept as the app's
 * formatting ({@link vn.civicsquiz.question.Markup}), line breaks and paragraph ends become new lines, other tags are
 * dropped (link targets are lost), entities are decoded. Texts holding images never get here: the readers refuse
 * them first ({@link #holdsImage}).
 */
public final class HtmlText {

    private static final Pattern SPACE = Pattern.compile("[ \\t\\r\\n]+");
    private static final Pattern BREAK = Pattern.compile("(?i)<br\\s*/?>|</(?:p|div|h[1-6]|tr)\\s*>");
    /** The formatting tags, any case, attributes dropped; kept through the tag stripping as private-use marks. */
    private static final Pattern FORMATTING = Pattern.compile("(?i)<(/?)(b|strong|i|em|ul|ol|li)(?:\\s[^<>]*)?>");
    private static final String[] NAMES = {"b", "strong", "i", "em", "ul", "ol", "li"};
    /** Each of {@link #NAMES} as the app stores it. */
    private static final String[] STORED = {"b", "b", "i", "i", "ul", "ol", "li"};
    private static final char MARK = '\uE000';
    private static final Pattern MARKED = Pattern.compile(MARK + "(/?)([0-6])" + MARK);
    private static final Pattern KEPT_AS_LINES = Pattern.compile("(?i)<br\\s*/?>|</?(?:p|div)(?:\\s[^<>]*)?>");
    private static final Pattern IMAGE = Pattern.compile("(?i)<img[\\s/>]");
    /** A sound, a video or an embedded file: an element that plays one, or a link to a media or picture file. */
    private static final Pattern MEDIA = Pattern.compile("(?i)<(?:audio|video|source|object|embed|iframe)[\\s/>]"
            + "|<a\\s[^<>]*href\\s*=\\s*[\"']?[^\"'<>\\s]*\\.(?:mp3|wav|ogg|oga|opus|m4a|aac|flac|mid|midi|mp4|m4v|webm"
            + "|mov|avi|mkv|wmv|png|jpe?g|gif|svg|webp|bmp)(?:[?#][^\"'<>\\s]*)?[\"'\\s>]");
    private static final Pattern TAG = Pattern.compile("</?[a-zA-Z][^<>]*>");
    private static final Pattern ENTITY = Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});");
    private static final Pattern BLANK_LINES = Pattern.compile("\n{3,}");
    private static final Map<String, String> NAMED = namedEntities();

    private HtmlText() {
    }

    /** Whether the HTML shows an image: a question holding one cannot be imported without losing part of it. */
    public static boolean holdsImage(String html) {
        return IMAGE.matcher(html).find();
    }

    /**
     * Whether the HTML plays a sound or a video, embeds a file, or links to a media or picture file ("Listen to
     * this greeting" linking an .mp3): text alone would ask about something the learner cannot hear or see.
     */
    public static boolean holdsMedia(String html) {
        return MEDIA.matcher(html).find();
    }

    /**
     * Whether turning the HTML into the app's text loses a tag beyond formatting and paragraphs (a link, a span's
     * style, a table): what an import warns about.
     */
    public static boolean losesTags(String html) {
        Matcher m = TAG.matcher(html);
        while (m.find()) {
            String tag = m.group();
            if (!FORMATTING.matcher(tag).matches() && !KEPT_AS_LINES.matcher(tag).matches()) {
                return true;
            }
        }
        return false;
    }

    public static String toText(String html) {
        String s = SPACE.matcher(html.replace(MARK, ' ')).replaceAll(" ");
        s = BREAK.matcher(s).replaceAll("\n");
        s = withoutComments(s);
        s = FORMATTING.matcher(s).replaceAll(m -> MARK + m.group(1) + indexOf(m.group(2)) + MARK);
        s = TAG.matcher(s).replaceAll("");
        s = decodeEntities(s);
        s = MARKED.matcher(s).replaceAll(m -> "<" + m.group(1) + STORED[m.group(2).charAt(0) - '0'] + ">");
        StringBuilder lines = new StringBuilder();
        for (String line : s.split("\n", -1)) {
            lines.append(Gift.trim(line)).append('\n');
        }
        return Gift.trim(BLANK_LINES.matcher(lines).replaceAll("\n\n"));
    }

    /**
     * Drops every {@code <!-- ... -->}, in one pass: once no "-->" follows, no later comment can close either, so
     * the rest is kept as it is (a regex would rescan the rest from every "<!--": 16 000 of them took 9.5 s).
     */
    static String withoutComments(String s) {
        StringBuilder out = new StringBuilder(s.length());
        int from = 0;
        while (true) {
            int open = s.indexOf("<!--", from);
            int close = open < 0 ? -1 : s.indexOf("-->", open + 4);
            if (close < 0) {
                return out.append(s, from, s.length()).toString();
            }
            out.append(s, from, open);
            from = close + 3;
        }
    }

    private static int indexOf(String name) {
        for (int i = 0; i < NAMES.length; i++) {
            if (NAMES[i].equalsIgnoreCase(name)) {
                return i;
            }
        }
        throw new IllegalArgumentException(name);
    }

    private static String decodeEntities(String s) {
        Matcher m = ENTITY.matcher(s);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String decoded = decode(m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(decoded == null ? m.group() : decoded));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String decode(String entity) {
        if (!entity.startsWith("#")) {
            return NAMED.get(entity);
        }
        boolean hex = entity.length() > 1 && (entity.charAt(1) == 'x' || entity.charAt(1) == 'X');
        int codePoint = Integer.parseInt(entity.substring(hex ? 2 : 1), hex ? 16 : 10);
        boolean valid = codePoint > 0 && codePoint <= Character.MAX_CODE_POINT
                && !(codePoint >= Character.MIN_SURROGATE && codePoint <= Character.MAX_SURROGATE);
        return valid ? new String(Character.toChars(codePoint)) : null;
    }

    private static Map<String, String> namedEntities() {
        Map<String, String> named = new HashMap<>(Map.of("amp", "&", "lt", "<", "gt", ">", "quot", "\"",
                "apos", "'", "nbsp", " ", "ndash", "–", "mdash", "—", "hellip", "…"));
        named.putAll(Map.of("ldquo", "“", "rdquo", "”", "lsquo", "‘", "rsquo", "’", "laquo", "«", "raquo", "»"));
        // Latin-1 accented vowels (&agrave; &Ecirc; ...), the ones Vietnamese text exported by older editors uses.
        Map<String, String> accents = Map.of("grave", "\u0300", "acute", "\u0301", "circ", "\u0302", "tilde", "\u0303");
        for (char vowel : "aeiouyAEIOUY".toCharArray()) {
            accents.forEach((name, mark) -> named.put(vowel + name,
                    Normalizer.normalize(vowel + mark, Normalizer.Form.NFC)));
        }
        return Map.copyOf(named);
    }
}
