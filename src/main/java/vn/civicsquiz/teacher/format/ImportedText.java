package vn.civicsquiz.teacher.format;

import java.util.List;
import vn.civicsquiz.content.text.TextNormaliser;
import vn.civicsquiz.question.Markup;
import vn.civicsquiz.question.QuestionDraft;
import vn.civicsquiz.question.QuestionDraft.OptionDraft;

/**
 * Text entering the app from a teacher (an import file or the API) goes through the app's single normaliser
 * once, here: NFC, look-alike letters folded, spaces collapsed, lines trimmed, line breaks kept. A question
 * typed with combining diacritics then equals the same question typed precomposed.
 */
public final class ImportedText {

    private ImportedText() {
    }

    /** {@link TextNormaliser#nfcLines(String)}, keeping null as null. */
    public static String nfc(String text) {
        return text == null ? null : TextNormaliser.nfcLines(text);
    }

    /** NFC text with its formatting in the one canonical form ({@link Markup}): what learners are shown. */
    public static String shown(String text) {
        return nfc(Markup.canonical(nfc(text)));
    }

    /** Every text of the draft normalised; numbers, flags and positions untouched. */
    public static QuestionDraft normalise(QuestionDraft q) {
        List<OptionDraft> options = q.options().stream().map(o -> new OptionDraft(shown(o.text()), o.correct(),
                o.position(), shown(o.match()), o.weight(), shown(o.feedback()))).toList();
        return new QuestionDraft(q.kind(), nfc(q.topic()), nfc(q.title()), shown(q.stem()), options, q.numericAnswer(),
                q.tolerance(), shown(q.explanation()), q.difficulty(),
                q.factIds().stream().map(ImportedText::nfc).toList(), nfc(q.sourceId()), nfc(q.quote()));
    }

    /**
     * What the draft's texts show as written instead of formatting ({@code <span>}, an unclosed {@code <b>}), each
     * once, for the reply or the import report.
     */
    public static List<String> shownAsWritten(QuestionDraft q) {
        java.util.LinkedHashSet<String> found = new java.util.LinkedHashSet<>();
        found.addAll(Markup.shownAsWritten(q.stem()));
        for (OptionDraft o : q.options()) {
            found.addAll(Markup.shownAsWritten(o.text()));
            found.addAll(Markup.shownAsWritten(o.match()));
            found.addAll(Markup.shownAsWritten(o.feedback()));
        }
        found.addAll(Markup.shownAsWritten(q.explanation()));
        return List.copyOf(found);
    }
}
