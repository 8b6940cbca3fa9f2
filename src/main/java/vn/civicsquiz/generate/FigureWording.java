package vn.civicsquiz.generate;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.civicsquiz.content.fact.Fact;

import static vn.civicsquiz.generate.Vietnamese.capitalise;
import static vn.civicsquiz.generate.Vietnamese.decapitalise;

/** How a figure is named in a question: always with its date, because figures change over time (189 → 193). */
final class FigureWording {

    private FigureWording() {
    }

    /** A figure that says what it counts: it can be stated and asked about. */
    static boolean counted(Fact figure) {
        String counts = figure.attribute("counts");
        return figure.value() != null && figure.value().signum() > 0 && counts != null && !counts.isBlank();
    }

    /** A figure with a plain number; "hàng nghìn" or "1,5-1,6" cannot be asked as a value. */
    static boolean usable(Fact figure) {
        String counts = figure.attribute("counts");
        String display = figure.attribute("display");
        return figure.value() != null && figure.value().signum() > 0 && counts != null && !counts.isBlank()
                && (display == null || display.isBlank());
    }

    /** "Đến năm 2021" */
    static String when(Fact figure) {
        String year = Vietnamese.year(figure.asOf());
        return year == null ? "Theo bài viết" : "Đến năm " + year;
    }

    /** What is counted, as the curated noun phrase: "chính đảng có quan hệ với Đảng Cộng sản Việt Nam". */
    static String countsPhrase(Fact figure) {
        return Vietnamese.withoutFinalStop(figure.attribute("counts").strip());
    }

    /** "số chính đảng có quan hệ với Đảng Cộng sản Việt Nam" */
    static String counts(Fact figure) {
        String counts = countsPhrase(figure);
        return counts.startsWith("số ") ? counts : "số " + counts;
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

    /** The number with its qualifier but no unit: "hơn 140", or as the article words it: "hàng nghìn". */
    static String bare(Fact figure) {
        String qualifier = figure.attribute("qualifier");
        String display = figure.attribute("display");
        String number = display == null || display.isBlank() ? Vietnamese.number(figure.value()) : display.strip();
        return qualifier == null || qualifier.isBlank() ? number : qualifier.strip() + " " + number;
    }

    /**
     * The curated statement, which carries its own date, with the number replaced when a wrong value is wanted;
     * a statement built from the count when the text does not show the number as a numeral.
     */
    static String statement(Fact figure, BigDecimal value) {
        String text = figure.text() == null ? "" : Vietnamese.withoutFinalStop(figure.text());
        if (value.compareTo(figure.value()) == 0 && !text.isEmpty()) {
            return dated(figure, text) + ".";
        }
        String number = Vietnamese.number(figure.value());
        Matcher m = Pattern.compile("(?<![\\d.,])" + Pattern.quote(number) + "(?![\\d]|[.,]\\d)").matcher(text);
        if (m.find()) {
            return dated(figure, text.substring(0, m.start()) + Vietnamese.number(value) + text.substring(m.end()))
                    + ".";
        }
        return when(figure) + ", " + counts(figure) + " là " + display(figure, value) + ".";
    }

    /** The statement as curated when it names its year; otherwise the year of the article is put in front. */
    private static String dated(Fact figure, String text) {
        String year = Vietnamese.year(figure.asOf());
        return year == null || text.contains(year) ? text : "Theo bài viết năm " + year + ": " + text;
    }
}
