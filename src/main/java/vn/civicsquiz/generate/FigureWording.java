package vn.civicsquiz.generate;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.civicsquiz.content.fact.Fact;
import vn.civicsquiz.content.fact.FigureBound;

import static vn.civicsquiz.generate.Vietnamese.capitalise;

/**
 * How a figure is named in a question. Figures change over time (189 → 193), so a question names the figure's time
 * ({@code attributes.time}, "đến tháng 12/2021") and its subject (inside {@code counts}); a figure the article gives
 * as a bound ("trên 50") is asked as the number the article states, never as a plain value.
 */
final class FigureWording {

    /** Marks the number left out of a statement that the learner completes. */
    static final String BLANK = "…";
    /** Opens every question that asks for the number the article states. */
    static final String FILL_IN = "Điền con số bài viết nêu vào chỗ trống: ";

    private FigureWording() {
    }

    /** A figure that says what it counts: it can be stated and asked about. */
    static boolean counted(Fact figure) {
        String counts = figure.attribute("counts");
        return figure.value() != null && figure.value().signum() > 0 && counts != null && !counts.isBlank();
    }

    /** A figure with a plain number; "hàng nghìn" or "1,5-1,6" cannot be asked as a value. */
    static boolean usable(Fact figure) {
        String display = figure.attribute("display");
        FigureBound bound = FigureBound.of(figure);
        return counted(figure) && (display == null || display.isBlank())
                && bound != FigureBound.RANGE && bound != FigureBound.VAGUE && blankable(figure) && !wholeGroup(figure);
    }

    /**
     * "Có cả 5 nước thành viên thường trực", "63 tỉnh, thành phố": the whole of a group whose size is known by
     * definition ({@code max} equals the value). Asking its size tests the definition, not the article; the
     * statement that the whole group takes part is still asked. A share (100 %) is not a group.
     */
    static boolean wholeGroup(Fact figure) {
        return !"%".equals(Folding.fold(figure.unit())) && NearValues.limit(figure, "max")
                .filter(max -> max.compareTo(figure.value()) == 0).isPresent();
    }

    /** The article gives the number itself: it may be asked as a value, and changed to make a false statement. */
    static boolean exact(Fact figure) {
        return FigureBound.of(figure).exact();
    }

    /** "đến tháng 12/2021", or null for a figure that does not change with time (the nine tasks). */
    static String time(Fact figure) {
        String time = figure.attribute("time");
        return time == null || time.isBlank() ? null : time.strip();
    }

    /**
     * "Đến tháng 12/2021, có bao nhiêu chính đảng có quan hệ với Đảng Cộng sản Việt Nam?", or the figure's own
     * question ({@code howMany}) when its count does not read well after "có bao nhiêu".
     */
    static String howMany(Fact figure) {
        String own = figure.attribute("howMany");
        if (own != null && !own.isBlank()) {
            return own.strip();
        }
        String time = time(figure);
        return time == null ? "Có bao nhiêu " + countsPhrase(figure) + "?"
                : capitalise(time) + ", có bao nhiêu " + countsPhrase(figure) + "?";
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

    /** As an option, with its time: "Số chính đảng có quan hệ với Đảng Cộng sản Việt Nam (đến tháng 12/2021)". */
    static String countsOption(Fact figure) {
        String time = time(figure);
        return capitalise(counts(figure)) + (time == null ? "" : " (" + time + ")");
    }

    /** As an option: "140 nước". Only exact figures are offered as values. */
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
            s.append("%".equals(figure.unit().strip()) ? "" : " ").append(figure.unit().strip());
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

    /** The curated statement, which names its time and subject, with the number replaced when a wrong one is wanted. */
    static String statement(Fact figure, BigDecimal value) {
        String text = Vietnamese.withoutFinalStop(figure.text());
        if (value.compareTo(figure.value()) == 0) {
            return text + ".";
        }
        Matcher m = number(figure).matcher(text);
        if (!m.find()) {
            throw new IllegalStateException(figure.id() + ": the statement does not show its number");
        }
        return text.substring(0, m.start()) + Vietnamese.number(value) + text.substring(m.end()) + ".";
    }

    /** "Điền con số bài viết nêu vào chỗ trống: Đến tháng 12/2021, Việt Nam đã nhận được trên … triệu liều …" */
    static String fillIn(Fact figure) {
        String text = Vietnamese.withoutFinalStop(figure.text());
        Matcher m = number(figure).matcher(text);
        if (!m.find()) {
            throw new IllegalStateException(figure.id() + ": the statement does not show its number");
        }
        return FILL_IN + text.substring(0, m.start()) + BLANK + text.substring(m.end()) + ".";
    }

    /** The statement shows the number exactly once, so that it can be left out or changed. */
    static boolean blankable(Fact figure) {
        Matcher m = number(figure).matcher(figure.text() == null ? "" : figure.text());
        int found = 0;
        while (m.find()) {
            found++;
        }
        return found == 1;
    }

    private static Pattern number(Fact figure) {
        return Pattern.compile("(?<![\\d.,])" + Pattern.quote(Vietnamese.number(figure.value())) + "(?![\\d]|[.,]\\d)");
    }
}
