package vn.civicsquiz.teacher.format.gift;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import vn.civicsquiz.question.QuestionDraft;
import vn.civicsquiz.teacher.format.ExportResult;
import vn.civicsquiz.teacher.format.ExportedQuestion;
import vn.civicsquiz.teacher.format.ExportResult.Note;

/**
 * Writes question drafts as Moodle GIFT. {@link GiftReader} reads the result back as {@link GiftProjection}
 * describes: SINGLE, MULTIPLE, TRUE_FALSE, MATCHING, NUMERIC and SHORT_ANSWER come back equal apart from what
 * GIFT has no place for (difficulty, facts, source, quote). ORDERING has no GIFT equivalent and is written as
 * matching "item -> position"; NEGATIVE is written as multiple choice. Both are reported as converted. A topic
 * change of category writes a {@code $CATEGORY} line: {@code $course$/top/<set>/<subset>} for a question in a question
 * set, {@code $course$/top/<topic>} for one in none. The JSON format is the lossless one.
 */
public final class GiftWriter {

    /** Questions filed by topic. */
    public ExportResult write(List<QuestionDraft> drafts) {
        return writeFiled(ExportedQuestion.byTopic(drafts));
    }

    public ExportResult writeFiled(List<ExportedQuestion> questions) {
        StringBuilder out = new StringBuilder("// Civics quiz questions in Moodle GIFT format\n\n");
        List<Note> skipped = new ArrayList<>();
        List<Note> converted = new ArrayList<>();
        String category = null;
        for (int i = 0; i < questions.size(); i++) {
            GiftProjection.Outcome outcome = GiftProjection.of(questions.get(i).draft());
            if (outcome.draft() == null) {
                skipped.add(new Note(i + 1, outcome.skipReason()));
                continue;
            }
            if (outcome.conversion() != null) {
                converted.add(new Note(i + 1, outcome.conversion()));
            }
            QuestionDraft draft = outcome.draft();
            List<String> names = GiftCategory.writable(questions.get(i).category());
            String path = names.isEmpty() ? null : GiftCategory.pathOf(names); // null: the top, where a file starts
            if (!Objects.equals(path, category)) {
                out.append(Gift.CATEGORY).append(' ').append(GiftQuestionWriter.escape(GiftCategory.pathOf(names)))
                        .append("\n\n");
                category = path;
            }
            out.append(GiftQuestionWriter.write(draft)).append("\n\n");
        }
        return new ExportResult(out.toString(), skipped, converted);
    }
}
