package vn.civicsquiz.teacher.format.moodlexml;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import vn.civicsquiz.teacher.format.gift.GiftCategory;
import vn.civicsquiz.question.QuestionDraft;
import vn.civicsquiz.question.QuestionDraft.OptionDraft;
import vn.civicsquiz.teacher.format.ExportResult;

/**
 * Writes drafts as Moodle XML, one category per topic ({@code $course$/top/<topic>}), texts as HTML (escaped, line
 * breaks kept). Every kind has a Moodle counterpart: SINGLE and NEGATIVE are single-answer multichoice, MULTIPLE
 * is multichoice with weights, ORDERING is Moodle's ordering question (core since Moodle 4.4). A MULTIPLE without
 * weights, all or nothing in the app, is written with Moodle's weights (each right option an equal share, each
 * wrong one −100 %) and reported as converted.
 */
public final class MoodleXmlWriter {

    private static final BigDecimal FULL = BigDecimal.valueOf(100);

    /** Questions filed by topic. */
    public ExportResult write(List<QuestionDraft> drafts) {
        return writeFiled(vn.civicsquiz.teacher.format.ExportedQuestion.byTopic(drafts));
    }

    public ExportResult writeFiled(List<vn.civicsquiz.teacher.format.ExportedQuestion> questions) {
        StringBuilder out = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<quiz>\n");
        List<ExportResult.Note> converted = new ArrayList<>();
        String category = null;
        for (int i = 0; i < questions.size(); i++) {
            QuestionDraft q = questions.get(i).draft();
            List<String> names = GiftCategory.writable(questions.get(i).category());
            String path = names.isEmpty() ? null : GiftCategory.pathOf(names); // null: the top, where a file starts
            if (!java.util.Objects.equals(path, category)) {
                category = path;
                out.append("  <question type=\"category\">\n    <category>\n      <text>")
                        .append(escape(GiftCategory.pathOf(names))).append("</text>\n    </category>\n  </question>\n");
            }
            question(out, q, i + 1, converted);
        }
        out.append("</quiz>\n");
        return new ExportResult(out.toString(), List.of(), converted);
    }

    private static void question(StringBuilder out, QuestionDraft q, int position, List<ExportResult.Note> converted) {
        String type = switch (q.kind()) {
            case SINGLE, NEGATIVE, MULTIPLE -> "multichoice";
            case TRUE_FALSE -> "truefalse";
            case SHORT_ANSWER -> "shortanswer";
            case NUMERIC -> "numerical";
            case MATCHING -> "matching";
            case ORDERING -> "ordering";
        };
        out.append("  <question type=\"").append(type).append("\">\n");
        out.append("    <name>\n      <text>").append(escape(name(q))).append("</text>\n    </name>\n");
        html(out, "questiontext", q.stem(), "    ");
        html(out, "generalfeedback", q.explanation() == null ? "" : q.explanation(), "    ");
        out.append("    <defaultgrade>1.0000000</defaultgrade>\n    <hidden>0</hidden>\n");
        switch (q.kind()) {
            case SINGLE, NEGATIVE -> {
                out.append("    <single>true</single>\n    <shuffleanswers>true</shuffleanswers>\n");
                for (OptionDraft o : q.options()) {
                    answer(out, o.correct() ? FULL : weightOr(o, BigDecimal.ZERO), o.text(), o.feedback(), "html");
                }
            }
            case MULTIPLE -> {
                out.append("    <single>false</single>\n    <shuffleanswers>true</shuffleanswers>\n");
                boolean weighted = q.options().stream().anyMatch(o -> o.weight() != null);
                long right = q.options().stream().filter(OptionDraft::correct).count();
                if (!weighted) {
                    converted.add(new ExportResult.Note(position, "MULTIPLE is all or nothing in the app; Moodle"
                            + " grades it by weights: each right option " + share(right).toPlainString()
                            + " %, each wrong one -100 %"));
                }
                for (OptionDraft o : q.options()) {
                    BigDecimal fraction = weighted ? weightOr(o, BigDecimal.ZERO)
                            : o.correct() ? share(right) : FULL.negate();
                    answer(out, fraction, o.text(), o.feedback(), "html");
                }
            }
            case TRUE_FALSE -> {
                for (OptionDraft o : q.options()) {
                    String word = o.text().strip().equalsIgnoreCase("Đúng") ? "true" : "false";
                    answer(out, o.correct() ? FULL : BigDecimal.ZERO, word, o.feedback(), "moodle_auto_format");
                }
            }
            case SHORT_ANSWER -> {
                out.append("    <usecase>0</usecase>\n");
                for (OptionDraft o : q.options()) {
                    BigDecimal fraction = o.correct() ? weightOr(o, FULL) : weightOr(o, BigDecimal.ZERO);
                    answer(out, fraction, o.text(), o.feedback(), "moodle_auto_format");
                }
            }
            case NUMERIC -> {
                out.append("    <answer fraction=\"100\" format=\"moodle_auto_format\">\n      <text>")
                        .append(q.numericAnswer().stripTrailingZeros().toPlainString()).append("</text>\n")
                        .append("      <tolerance>").append((q.tolerance() == null ? BigDecimal.ZERO : q.tolerance())
                                .stripTrailingZeros().toPlainString()).append("</tolerance>\n    </answer>\n");
            }
            case MATCHING -> {
                out.append("    <shuffleanswers>true</shuffleanswers>\n");
                for (OptionDraft o : q.options()) {
                    out.append("    <subquestion format=\"html\">\n      <text>").append(escape(htmlOf(
                                    o.text() == null ? "" : o.text()))).append("</text>\n      <answer>\n        <text>")
                            .append(escape(o.match())).append("</text>\n      </answer>\n    </subquestion>\n");
                }
            }
            case ORDERING -> {
                out.append("    <layouttype>VERTICAL</layouttype>\n    <selecttype>ALL</selecttype>\n")
                        .append("    <selectcount>0</selectcount>\n    <gradingtype>ALL_OR_NOTHING</gradingtype>\n");
                List<OptionDraft> inOrder = q.options().stream()
                        .sorted(Comparator.comparing(OptionDraft::position)).toList();
                for (int i = 0; i < inOrder.size(); i++) {
                    answer(out, BigDecimal.valueOf(i + 1), inOrder.get(i).text(), null, "html");
                }
            }
        }
        out.append("  </question>\n");
    }

    /** 100 / n in Moodle's grade steps (33.33333, 25, 16.66667 …). */
    private static BigDecimal share(long right) {
        return FULL.divide(BigDecimal.valueOf(Math.max(1, right)), 5, RoundingMode.HALF_UP).stripTrailingZeros();
    }

    private static BigDecimal weightOr(OptionDraft o, BigDecimal otherwise) {
        return o.weight() == null ? otherwise : o.weight();
    }

    private static void answer(StringBuilder out, BigDecimal fraction, String text, String feedback, String format) {
        String body = format.equals("html") ? htmlOf(text) : text;
        out.append("    <answer fraction=\"").append(fraction.stripTrailingZeros().toPlainString())
                .append("\" format=\"").append(format).append("\">\n      <text>").append(escape(body))
                .append("</text>\n");
        if (feedback != null && !feedback.isBlank()) {
            out.append("      <feedback format=\"html\">\n        <text>").append(escape(htmlOf(feedback)))
                    .append("</text>\n      </feedback>\n");
        }
        out.append("    </answer>\n");
    }

    private static void html(StringBuilder out, String element, String text, String indent) {
        out.append(indent).append('<').append(element).append(" format=\"html\">\n").append(indent)
                .append("  <text>").append(escape(htmlOf(text))).append("</text>\n").append(indent).append("</")
                .append(element).append(">\n");
    }

    /** A stored text as the HTML Moodle shows: its formatting as tags, everything else escaped, line breaks kept. */
    static String htmlOf(String stored) {
        return vn.civicsquiz.question.Markup.html(stored);
    }

    /** XML text and attribute escaping; characters XML 1.0 cannot hold are dropped. */
    static String escape(String text) {
        StringBuilder s = new StringBuilder(text.length() + 16);
        text.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> s.append("&amp;");
                case '<' -> s.append("&lt;");
                case '>' -> s.append("&gt;");
                case '"' -> s.append("&quot;");
                default -> {
                    if (c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF)
                            || (c >= 0xE000 && c <= 0xFFFD) || c >= 0x10000) {
                        s.appendCodePoint(c);
                    }
                }
            }
        });
        return s.toString();
    }

    private static String name(QuestionDraft q) {
        if (q.title() != null && !q.title().isBlank()) {
            return q.title();
        }
        String stem = q.stem().strip().replaceAll("\\s+", " ");
        int[] points = stem.codePoints().limit(80).toArray();
        return new String(points, 0, points.length) + (stem.codePointCount(0, stem.length()) > 80 ? "…" : "");
    }
}
