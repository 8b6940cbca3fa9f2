package vn.civicsquiz.content.extract;

/** A short label a learner recognises, cut from the first sentence of an item at a clause boundary. */
final class Labels {

    private static final int MAX_WORDS = 16;

    private Labels() {
    }

    static String of(String firstSentence) {
        String s = firstSentence.strip().replaceAll("[.;:…]+$", "");
        int semicolon = s.indexOf(';');
        if (semicolon > 0) {
            s = s.substring(0, semicolon);
        }
        String[] words = s.split("\\s+");
        if (words.length > MAX_WORDS) {
            String head = String.join(" ", java.util.Arrays.copyOf(words, MAX_WORDS));
            int comma = head.lastIndexOf(',');
            s = comma > head.length() / 3 ? head.substring(0, comma) : head;
        }
        return capitalise(s.strip().replaceAll("[,(]+$", "").strip());
    }

    static String capitalise(String s) {
        if (s.isEmpty()) {
            return s;
        }
        int first = s.codePointAt(0);
        return new String(Character.toChars(Character.toUpperCase(first))) + s.substring(Character.charCount(first));
    }
}
