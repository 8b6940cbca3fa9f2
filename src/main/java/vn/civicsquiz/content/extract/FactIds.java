package vn.civicsquiz.content.extract;

import vn.civicsquiz.content.text.TextNormaliser;

/** Ids derived from a fact's content, so the same fact found twice (or in two articles) gets the same id. */
final class FactIds {

    private static final int SLUG_WORDS = 6;

    private FactIds() {
    }

    /** "nine-tasks-1-xay-dung-nen-ngoai-giao-toan-dien". */
    static String ofMember(String setName, int ordinal, String label) {
        return setName + "-" + ordinal + "-" + slug(label, SLUG_WORDS);
    }

    /** "fig-189-quoc-gia-2021-12-14", "fig-1-5-1-6-ty-usd-2021": value (range), unit and date. */
    static String ofFigure(String value, String unit, String asOf) {
        String when = asOf == null || asOf.isEmpty() ? "" : "-" + asOf;
        return "fig-" + value.replace('.', '-') + "-" + slug(unit, 4) + when;
    }

    /** Lower-case ASCII words joined by hyphens: "Đối ngoại Đảng" gives "doi-ngoai-dang". */
    static String slug(String text, int maxWords) {
        String[] words = TextNormaliser.searchKey(text).split("[^a-z0-9]+");
        StringBuilder out = new StringBuilder();
        int taken = 0;
        for (String w : words) {
            if (!w.isEmpty() && taken < maxWords) {
                out.append(out.length() == 0 ? "" : "-").append(w);
                taken++;
            }
        }
        return out.toString();
    }
}
