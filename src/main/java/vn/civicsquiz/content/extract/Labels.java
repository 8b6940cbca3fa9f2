package vn.civicsquiz.content.extract;

import vn.civicsquiz.content.text.TextNormaliser;

/** A short label a learner recognises, cut from the first sentence of an item at a clause boundary. */
final class Labels {

    private static final int MAX_WORDS = 16;
    private static final java.util.Set<String> TRAILING_FUNCTION_WORDS = java.util.Set.of("của", "các", "những", "một",
            "giữa", "đối");

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
        return capitalise(withoutTrailingLinkWords(s.strip().replaceAll("[,(]+$", "").strip()));
    }

    /** A label cut mid-clause must not end on "trong", "với", "và" ... */
    private static String withoutTrailingLinkWords(String label) {
        String s = label;
        int space = s.lastIndexOf(' ');
        while (space > 0 && isLinkWord(TextNormaliser.fold(s.substring(space + 1)))) {
            s = s.substring(0, space).replaceAll("[,;]+$", "");
            space = s.lastIndexOf(' ');
        }
        return s;
    }

    private static boolean isLinkWord(String folded) {
        return NounPhrases.isEnder(folded) || TRAILING_FUNCTION_WORDS.contains(folded);
    }

    static String capitalise(String s) {
        if (s.isEmpty()) {
            return s;
        }
        int first = s.codePointAt(0);
        return new String(Character.toChars(Character.toUpperCase(first))) + s.substring(Character.charCount(first));
    }
}
