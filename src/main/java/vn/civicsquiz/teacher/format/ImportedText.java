package vn.civicsquiz.teacher.format;

import java.util.List;
import vn.civicsquiz.content.text.TextNormaliser;
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

    /** Every text of the draft normalised; numbers, flags and positions untouched. */
    public static QuestionDraft normalise(QuestionDraft q) {
        List<OptionDraft> options = q.options().stream().map(o -> new OptionDraft(nfc(o.text()), o.correct(),
                o.position(), nfc(o.match()), o.weight(), nfc(o.feedback()))).toList();
        return new QuestionDraft(q.kind(), nfc(q.topic()), nfc(q.title()), nfc(q.stem()), options, q.numericAnswer(),
                q.tolerance(), nfc(q.explanation()), q.difficulty(), q.factIds().stream().map(ImportedText::nfc).toList(),
                nfc(q.sourceId()), nfc(q.quote()));
    }
}
