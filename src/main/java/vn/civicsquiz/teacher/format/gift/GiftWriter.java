package vn.civicsquiz.teacher.format.gift;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import vn.civicsquiz.question.QuestionDraft;
import vn.civicsquiz.teacher.format.ExportResult;
import vn.civicsquiz.teacher.format.ExportResult.Note;

/**
 * Writes question drafts as Moodle GIFT. {@link GiftReader} reads the result back as {@link GiftProjection}
 * describes: SINGLE, MULTIPLE, TRUE_FALSE, MATCHING, NUMERIC and SHORT_ANSWER come back equal apart from what
 * GIFT has no place for (difficulty, facts, source, quote). ORDERING has no GIFT equivalent and is written as
 * matching "item -> position"; NEGATIVE is written as multiple choice. Both are reported as converted. A topic
 * change writes a {@code $CATEGORY: $course$/top/<topic>} line. The JSON format is the lossless one.
 */
public final class GiftWriter {

    public ExportResult write(List<QuestionDraft> drafts) {
        StringBuilder out = new StringBuilder("// Civics quiz questions in Moodle GIFT format\n\n");
        List<Note> skipped = new ArrayList<>();
        List<Note> converted = new ArrayList<>();
        String topic = null;
        for (int i = 0; i < drafts.size(); i++) {
            GiftProjection.Outcome outcome = GiftProjection.of(drafts.get(i));
            if (outcome.draft() == null) {
                skipped.add(new Note(i + 1, outcome.skipReason()));
                continue;
            }
            if (outcome.conversion() != null) {
                converted.add(new Note(i + 1, outcome.conversion()));
            }
            QuestionDraft draft = outcome.draft();
            if (!Objects.equals(draft.topic(), topic)) {
                out.append(Gift.CATEGORY).append(' ')
                        .append(GiftQuestionWriter.escape(GiftCategory.pathOf(draft.topic()))).append("\n\n");
                topic = draft.topic();
            }
            out.append(GiftQuestionWriter.write(draft)).append("\n\n");
        }
        return new ExportResult(out.toString(), skipped, converted);
    }
}
