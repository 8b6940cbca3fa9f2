package vn.civicsquiz.teacher.format.gift;

import java.util.ArrayList;
import java.util.List;
import vn.civicsquiz.teacher.format.ImportedText;

/**
 * {@code $CATEGORY: $course$/top/nine-tasks} lines. The last component of the category path becomes the topic
 * of the questions that follow ("nine-tasks"); Moodle's context prefix ({@code $course$}) and root
 * ({@code top}) are not topics. A slash inside a category name is written doubled, as Moodle does.
 */
public final class GiftCategory {

    private static final String ROOT = "top";
    private static final String PREFIX = "$course$/" + ROOT + "/";

    private GiftCategory() {
    }

    /** The topic named by a category path, or null for the root. */
    static String topicOf(String path) {
        List<String> names = names(path);
        return names.isEmpty() || names.get(names.size() - 1).isEmpty() ? null : names.get(names.size() - 1);
    }

    /** The category's names below Moodle's context and root ("$course$/top/a/b" gives a, b), NFC. */
    public static List<String> componentsOf(String path) {
        List<String> names = new ArrayList<>(names(path));
        names.removeIf(String::isEmpty);
        return names;
    }

    private static List<String> names(String path) {
        String rest = oneLine(Gift.trim(path)).replaceFirst("^\\$[a-z0-9]*\\$/?", "");
        List<String> components = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (int i = 0; i < rest.length(); i++) {
            char c = rest.charAt(i);
            if (c == '/' && i + 1 < rest.length() && rest.charAt(i + 1) == '/') {
                current.append('/');
                i++;
            } else if (c == '/') {
                components.add(Gift.trim(current.toString()));
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        components.add(Gift.trim(current.toString()));
        components.removeIf(String::isEmpty);
        if (!components.isEmpty() && components.get(0).equals(ROOT)) {
            components.remove(0);
        }
        List<String> names = new ArrayList<>();
        for (String component : components) {
            // A name cannot start with a slash: the writer could not tell it from the path separator.
            String name = ImportedText.nfc(component);
            int from = 0;
            while (from < name.length() && (name.charAt(from) == '/' || Character.isWhitespace(name.charAt(from)))) {
                from++; // one pass: stripping one slash at a time was quadratic in a name of 500 000 slashes
            }
            name = Gift.trim(name.substring(from));
            names.add(name);
        }
        return names;
    }

    /** The category path written for these names below the top (escape it as GIFT text afterwards). */
    public static String pathOf(List<String> names) {
        List<String> written = writable(names);
        if (written.isEmpty()) {
            return "$course$/" + ROOT;
        }
        return PREFIX + String.join("/", written.stream().map(n -> n.replace("/", "//")).toList());
    }

    /**
     * The names as a category line can carry them, which are the names {@link #componentsOf} reads back: one line
     * each, without the leading slashes and spaces a reader cannot tell from separators, blank names left out.
     */
    public static List<String> writable(List<String> names) {
        List<String> written = new ArrayList<>();
        for (String name : names) {
            String n = oneLine(name == null ? "" : name);
            int from = 0;
            while (from < n.length() && (n.charAt(from) == '/' || Character.isWhitespace(n.charAt(from)))) {
                from++;
            }
            n = Gift.trim(n.substring(from));
            if (!n.isEmpty()) {
                written.add(n);
            }
        }
        return written;
    }

    /** A category is one line of a GIFT file (or one Moodle category name): line breaks in a name become spaces. */
    static String oneLine(String name) {
        return name.replaceAll("[ \\t]*[\\r\\n\\u2028\\u2029]+[ \\t]*", " ");
    }
}
