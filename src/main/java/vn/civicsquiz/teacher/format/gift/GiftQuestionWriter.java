package vn.civicsquiz.teacher.format.gift;

import java.math.BigDecimal;
import vn.civicsquiz.question.QuestionDraft;
import vn.civicsquiz.question.QuestionDraft.OptionDraft;
import vn.civicsquiz.question.QuestionKind;

/** Writes one question already in {@link GiftProjection} form; one answer per line, as Moodle exports. */
final class GiftQuestionWriter {

    private static final String PLAIN_MARKER = "[plain]";

    private GiftQuestionWriter() {
    }

    static String write(QuestionDraft q) {
        StringBuilder out = new StringBuilder();
        if (q.title() != null) {
            out.append("::").append(escape(q.title())).append("::");
        }
        String stem = q.stem();
        if (GiftMarkup.markerLength(stem) > 0 || (q.title() == null && stem.startsWith("//"))) {
            out.append(PLAIN_MARKER);
        }
        String block = answerBlock(q);
        int blank = stem.indexOf(Gift.BLANK);
        String after = blank < 0 ? "" : Gift.trim(stem.substring(blank + Gift.BLANK.length()));
        if (blank >= 0 && !after.isEmpty() && !after.equals(Gift.STRAY_TAIL)) {
            // Answer in the middle: the block goes where the blank was, as the teacher wrote it.
            out.append(escape(stem.substring(0, blank))).append(block)
                    .append(escape(stem.substring(blank + Gift.BLANK.length())));
        } else {
            out.append(escape(stem)).append(' ').append(block);
        }
        return out.toString();
    }

    private static String answerBlock(QuestionDraft q) {
        if (q.kind() == QuestionKind.NUMERIC) {
            return "{#" + q.numericAnswer().toPlainString() + ":" + q.tolerance().toPlainString()
                    + generalFeedback(q) + "}";
        }
        if (q.kind() == QuestionKind.TRUE_FALSE) {
            return trueFalse(q);
        }
        StringBuilder out = new StringBuilder("{\n");
        for (OptionDraft o : q.options()) {
            out.append('\t').append(answer(q.kind(), o)).append('\n');
        }
        if (q.explanation() != null) {
            out.append('\t').append(generalFeedback(q)).append('\n');
        }
        return out.append('}').toString();
    }

    private static String answer(QuestionKind kind, OptionDraft o) {
        return switch (kind) {
            case MATCHING -> "=" + text(o.text()) + " -> " + escape(o.match());
            case SINGLE -> (o.correct() ? "=" : "~" + weight(o.weight())) + text(o.text()) + feedback(o);
            case MULTIPLE -> "~" + weight(o.weight()) + text(o.text()) + feedback(o);
            case SHORT_ANSWER -> "=" + weight(o.weight()) + text(o.text()) + feedback(o);
            default -> throw new IllegalArgumentException("not a GIFT answer list: " + kind);
        };
    }

    /** {@code {TRUE#shown when wrong#shown when right}}. */
    private static String trueFalse(QuestionDraft q) {
        OptionDraft yes = q.options().get(0);
        OptionDraft no = q.options().get(1);
        boolean truth = yes.correct();
        String whenWrong = (truth ? no : yes).feedback();
        String whenRight = (truth ? yes : no).feedback();
        StringBuilder out = new StringBuilder("{").append(truth ? "TRUE" : "FALSE");
        if (whenWrong != null) {
            out.append('#').append(text(whenWrong));
        }
        if (whenRight != null) {
            out.append(whenWrong == null ? "##" : "#").append(text(whenRight));
        }
        return out.append(generalFeedback(q)).append('}').toString();
    }

    private static String generalFeedback(QuestionDraft q) {
        return q.explanation() == null ? "" : Gift.GENERAL_FEEDBACK + text(q.explanation());
    }

    private static String feedback(OptionDraft o) {
        return o.feedback() == null ? "" : "#" + text(o.feedback());
    }

    private static String weight(BigDecimal weight) {
        return weight == null ? "" : "%" + weight.toPlainString() + "%";
    }

    /**
     * A text that would otherwise start with a format marker, or with something read as a weight ({@code %50%}),
     * gets an explicit {@code [plain]} marker: weights are read before markers, markers before the text.
     */
    private static String text(String text) {
        boolean ambiguous = GiftMarkup.markerLength(text) > 0 || Gift.WEIGHT_PREFIX.matcher(text).find();
        return (ambiguous ? PLAIN_MARKER : "") + escape(text);
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' || Gift.CONTROL.indexOf(c) >= 0) {
                out.append('\\').append(c);
            } else if (c == '\n') {
                out.append("\\n");
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
