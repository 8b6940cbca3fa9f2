package vn.civicsquiz.generate;

import java.math.BigDecimal;

import vn.civicsquiz.content.Fact;

import static vn.civicsquiz.generate.Vietnamese.capitalise;
import static vn.civicsquiz.generate.Vietnamese.decapitalise;

/** How a figure is named in a question: always with its date, because figures change over time (189 → 193). */
final class FigureWording {

    private FigureWording() {
    }

    static boolean usable(Fact figure) {
        String counts = figure.attribute("counts");
        return figure.value() != null && figure.value().signum() > 0 && counts != null && !counts.isBlank();
    }

    /** "Đến năm 2021" */
    static String when(Fact figure) {
        String year = Vietnamese.year(figure.asOf());
        return year == null ? "Theo bài viết" : "Đến năm " + year;
    }

    /**
     * "số chính đảng có quan hệ với Đảng Cộng sản Việt Nam"; amounts of money and shares are named as they are
     * ("kim ngạch thương mại …"), since "số kim ngạch" is not Vietnamese.
     */
    static String counts(Fact figure) {
        String counts = Vietnamese.withoutFinalStop(decapitalise(figure.attribute("counts")));
        String unit = figure.unit() == null ? "" : figure.unit();
        boolean amount = unit.contains("USD") || unit.contains("đồng") || unit.contains("%");
        return counts.startsWith("số ") || amount ? counts : "số " + counts;
    }

    /** As an option: "Số chính đảng … (năm 2021)". */
    static String countsOption(Fact figure) {
        return capitalise(counts(figure));
    }

    /** As an option: "Hơn 140 nước". */
    static String option(Fact figure, BigDecimal value) {
        return capitalise(display(figure, value));
    }

    /** "hơn 140 nước", "24,8 tỷ USD" */
    static String display(Fact figure, BigDecimal value) {
        StringBuilder s = new StringBuilder();
        String qualifier = figure.attribute("qualifier");
        if (qualifier != null && !qualifier.isBlank()) {
            s.append(qualifier.strip()).append(' ');
        }
        s.append(Vietnamese.number(value));
        if (figure.unit() != null && !figure.unit().isBlank()) {
            s.append(' ').append(figure.unit().strip());
        }
        return s.toString();
    }

    /** The number with its qualifier but no unit: "hơn 140". */
    static String bare(Fact figure) {
        String qualifier = figure.attribute("qualifier");
        String number = Vietnamese.number(figure.value());
        return qualifier == null || qualifier.isBlank() ? number : qualifier.strip() + " " + number;
    }

    /** "Đến năm 2021, số … là 247 chính đảng." */
    static String statement(Fact figure, BigDecimal value) {
        return when(figure) + ", " + counts(figure) + " là " + display(figure, value) + ".";
    }
}
