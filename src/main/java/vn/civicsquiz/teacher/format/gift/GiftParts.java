package vn.civicsquiz.teacher.format.gift;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

/** Pieces of an answer block shared by the question kinds: answers, weights and feedback. */
final class GiftParts {

    /** @param marker the leading '=' or '~', or 0 for text before the first marker */
    record Part(char marker, GiftText body) {
    }

    record Weighted(BigDecimal weight, GiftText rest) {
    }

    record Commented(GiftText text, GiftText feedback) {
    }

    private GiftParts() {
    }

    /**
     * The answers of a block, each starting at one of {@code markers}. Text before the first marker counts as
     * an answer when it is not blank, as in Moodle.
     */
    static List<Part> answers(GiftText block, String markers) {
        List<Part> parts = new ArrayList<>();
        List<GiftText> pieces = block.splitBefore(markers);
        for (int i = 0; i < pieces.size(); i++) {
            GiftText piece = pieces.get(i);
            boolean marked = !piece.isEmpty() && markers.indexOf(piece.charAt(0)) >= 0
                    && (i > 0 || block.indexOf(String.valueOf(piece.charAt(0))) == 0);
            if (marked) {
                parts.add(new Part(piece.charAt(0), piece.sub(1)));
            } else if (!piece.trim().isEmpty()) {
                parts.add(new Part((char) 0, piece));
            }
        }
        return parts;
    }

    /** A leading {@code %50%} weight, checked to lie in -100..100. */
    static Weighted weight(GiftText text) {
        GiftText trimmed = text.trim();
        Matcher m = Gift.WEIGHT_PREFIX.matcher(trimmed.plain());
        if (!m.find()) {
            return new Weighted(null, trimmed);
        }
        BigDecimal weight = new BigDecimal(m.group(1));
        if (weight.abs().compareTo(BigDecimal.valueOf(100)) > 0) {
            throw GiftProblem.error(trimmed.line(), "Trọng số đáp án " + m.group() + " nằm ngoài khoảng -100%..100%",
                    "answer weight " + m.group() + " is outside -100%..100%");
        }
        return new Weighted(weight, trimmed.sub(m.end()));
    }

    /** Splits {@code answer#feedback} at the first unescaped '#'. */
    static Commented comment(GiftText text) {
        int hash = text.indexOf("#");
        return hash < 0 ? new Commented(text, null) : new Commented(text.sub(0, hash), text.sub(hash + 1));
    }

    /** Input quoted in a message, shortened so one bad line cannot flood the report. */
    static String quote(String text) {
        String t = Gift.trim(text);
        return "'" + (t.length() > 40 ? t.substring(0, 40) + "…" : t) + "'";
    }
}
