package vn.civicsquiz.question;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one rule for formatting in question texts (stem, options, explanation, feedback), wherever they come from:
 * bold ({@code <b>}), italic ({@code <i>}), lists ({@code <ul>}/{@code <ol>} of {@code <li>}) and line breaks are
 * formatting; everything else is text and is shown as written. A text is stored in a canonical form: those tags in
 * lower case without attributes ({@code <strong>} read as {@code <b>}, {@code <em>} as {@code <i>}), line breaks as
 * new lines ({@code <br>} read as one), no blank space between list tags. A tag only formats when it is closed
 * and nested properly; an unclosed {@code <b>} stays text, so no stored text can leave an element open on a page.
 */
public final class Markup {

    /** The canonical tags, as stored. */
    private static final Pattern TAG = Pattern.compile("<(/?)(b|i|ul|ol|li)>");
    /** What a teacher may type for them: any case, {@code strong}/{@code em}, {@code <br>}, {@code <br/>}. */
    private static final Pattern TYPED = Pattern.compile(
            "(?i)<(/?)(b|strong|i|em|ul|ol|li)\\s*>|<br\\s*/?>");
    private static final Pattern LIST_TAG = Pattern.compile("</?(?:ul|ol|li)>");
    /** Anything shaped like a tag; those that do not format are reported as shown as written. */
    private static final Pattern TAG_LIKE = Pattern.compile("</?[a-zA-Z][a-zA-Z0-9]*(?:\\s[^<>]{0,200})?/?>");

    private Markup() {
    }

    /** The canonical form of a text a teacher typed or imported; null stays null. Idempotent. */
    public static String canonical(String text) {
        if (text == null || text.indexOf('<') < 0) {
            return text;
        }
        Matcher m = TYPED.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (m.find()) {
            String replacement;
            if (m.group(2) == null) {
                replacement = "\n";
            } else {
                String name = m.group(2).toLowerCase(Locale.ROOT);
                name = switch (name) {
                    case "strong" -> "b";
                    case "em" -> "i";
                    default -> name;
                };
                replacement = "<" + m.group(1) + name + ">";
            }
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return withoutSpaceAroundListTags(out.toString());
    }

    /**
     * Blank space next to a list tag is layout, not text. One pass over the tags (a regex with a leading {@code \s*}
     * would rescan every run of spaces from each of its characters: quadratic in a long run).
     */
    private static String withoutSpaceAroundListTags(String text) {
        Matcher tag = LIST_TAG.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        int from = 0;
        while (tag.find()) {
            int end = tag.start();
            while (end > from && Character.isWhitespace(text.charAt(end - 1))) {
                end--;
            }
            out.append(text, from, end).append(tag.group());
            from = tag.end();
            while (from < text.length() && Character.isWhitespace(text.charAt(from))) {
                from++;
            }
        }
        return out.append(text, from, text.length()).toString();
    }

    /** The stored text as page HTML: text escaped, formatting as elements valid inside any inline context. */
    public static String pageHtml(String stored) {
        return render(stored, Vocabulary.PAGE);
    }

    /** The stored text as plain HTML for export formats (GIFT {@code [html]}, Moodle XML). */
    public static String html(String stored) {
        return render(stored, Vocabulary.HTML);
    }

    /** Whether the stored text holds any formatting (a tag that formats, or a line break). */
    public static boolean formatted(String stored) {
        return stored != null && (stored.indexOf('\n') >= 0 || tags(stored).stream().anyMatch(Tag::formats));
    }

    /** The text without its formatting: list items on their own lines after a dash; for CSV cells and search. */
    public static String plain(String stored) {
        if (stored == null || stored.indexOf('<') < 0) {
            return stored;
        }
        StringBuilder out = new StringBuilder(stored.length());
        int at = 0;
        for (Tag tag : tags(stored)) {
            out.append(stored, at, tag.start);
            if (!tag.formats) {
                out.append(stored, tag.start, tag.end);
            } else if (tag.name.equals("li") && !tag.closing) {
                out.append(out.isEmpty() || out.charAt(out.length() - 1) == '\n' ? "- " : "\n- ");
            } else if (!tag.closing && (tag.name.equals("ul") || tag.name.equals("ol")) && !out.isEmpty()) {
                out.append('\n');
            }
            at = tag.end;
        }
        return out.append(stored, at, stored.length()).toString().strip();
    }

    /**
     * The tag-shaped pieces of a stored text that do not format and are shown as written ({@code <span>}, an
     * unclosed {@code <b>}), in order of appearance, each once: what an import or an edit reports.
     */
    public static List<String> shownAsWritten(String stored) {
        if (stored == null || stored.indexOf('<') < 0) {
            return List.of();
        }
        Set<String> found = new LinkedHashSet<>();
        Set<Integer> formatting = new java.util.HashSet<>();
        tags(stored).stream().filter(Tag::formats).forEach(t -> formatting.add(t.start));
        Matcher m = TAG_LIKE.matcher(stored);
        while (m.find()) {
            if (!formatting.contains(m.start())) {
                found.add(m.group());
            }
        }
        return List.copyOf(found);
    }

    private enum Vocabulary {
        PAGE, HTML;

        String open(String name) {
            if (this == HTML || name.equals("b") || name.equals("i")) {
                return "<" + name + ">";
            }
            return name.equals("li") ? "<span class=\"md-li\" role=\"listitem\">"
                    : "<span class=\"md-" + name + "\" role=\"list\">";
        }

        String close(String name) {
            return this == HTML || name.equals("b") || name.equals("i") ? "</" + name + ">" : "</span>";
        }
    }

    private static String render(String stored, Vocabulary vocabulary) {
        if (stored == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(stored.length() + 16);
        int at = 0;
        for (Tag tag : tags(stored)) {
            escape(stored, at, tag.start, out);
            if (tag.formats) {
                out.append(tag.closing ? vocabulary.close(tag.name) : vocabulary.open(tag.name));
            } else {
                escape(stored, tag.start, tag.end, out);
            }
            at = tag.end;
        }
        escape(stored, at, stored.length(), out);
        return out.toString();
    }

    private static void escape(String s, int from, int to, StringBuilder out) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                case '\n' -> out.append("<br>");
                default -> out.append(c);
            }
        }
    }

    private static final class Tag {
        final int start;
        final int end;
        final String name;
        final boolean closing;
        boolean formats;

        Tag(int start, int end, String name, boolean closing) {
            this.start = start;
            this.end = end;
            this.name = name;
            this.closing = closing;
        }

        boolean formats() {
            return formats;
        }
    }

    /**
     * The canonical tags of a stored text, each marked as formatting when it pairs with its partner in proper
     * nesting: a list item only directly inside a list, a list only at the top or inside an item, bold and italic
     * not directly inside a list. A closing tag that does not match the innermost open one stays text.
     */
    private static List<Tag> tags(String stored) {
        List<Tag> tags = new ArrayList<>();
        Deque<Tag> open = new ArrayDeque<>();
        Matcher m = TAG.matcher(stored);
        while (m.find()) {
            Tag tag = new Tag(m.start(), m.end(), m.group(2), !m.group(1).isEmpty());
            tags.add(tag);
            if (tag.closing) {
                if (!open.isEmpty() && open.peek().name.equals(tag.name)) {
                    open.pop().formats = true;
                    tag.formats = true;
                }
            } else if (fits(tag.name, open.peek())) {
                open.push(tag);
            }
        }
        return tags;
    }

    private static boolean fits(String name, Tag parent) {
        boolean inList = parent != null && (parent.name.equals("ul") || parent.name.equals("ol"));
        return switch (name) {
            case "li" -> inList;
            case "ul", "ol" -> parent == null || parent.name.equals("li");
            default -> !inList;
        };
    }
}
