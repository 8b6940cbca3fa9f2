package vn.civicsquiz.teacher.format.gift;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import vn.civicsquiz.teacher.format.ImportResult;
import vn.civicsquiz.teacher.format.ImportResult.ImportedQuestion;
import vn.civicsquiz.teacher.format.ImportResult.Problem;
import vn.civicsquiz.teacher.format.ImportResult.Skipped;

/**
 * Reads Moodle GIFT text into question drafts. Never throws for bad input: each item is read on its own and
 * problems are reported with their line, so one broken question does not hide the others.
 *
 * <p>Kinds: multiple choice with one '=' answer is SINGLE, with only '~' answers MULTIPLE (correct = positive
 * weight); matching, true/false, numerical and short answer map to their kinds. Essays, descriptions and
 * multiple choice with several '=' answers are skipped. {@code $CATEGORY:} sets the topic of the questions
 * after it to the category's last path component, and gives them the whole path (see
 * {@link ImportedQuestion#category()}). Imported questions have difficulty
 * {@value ImportResult#DEFAULT_DIFFICULTY}, no facts and no source.
 */
public final class GiftReader {

    public ImportResult read(String file) {
        Objects.requireNonNull(file, "file");
        List<ImportedQuestion> questions = new ArrayList<>();
        List<Problem> errors = new ArrayList<>();
        List<Skipped> skipped = new ArrayList<>();
        List<Problem> warnings = new ArrayList<>();
        String topic = null;
        List<String> category = List.of();
        int items = 0;
        for (List<GiftBlocks.SourceLine> lines : GiftBlocks.split(file)) {
            if (++items > ImportResult.MAX_ITEMS) {
                errors.add(ImportResult.tooMany(lines.isEmpty() ? 1 : lines.get(0).number()));
                break;
            }
            GiftText item = GiftText.decode(lines);
            if (item.startsWith(Gift.CATEGORY)) {
                int end = item.indexOf("\n");
                String path = item.sub(Gift.CATEGORY.length(), end < 0 ? item.length() : end).plain();
                category = GiftCategory.componentsOf(path);
                topic = GiftCategory.topicOf(path);
                item = end < 0 ? item.sub(item.length()) : item.sub(end + 1).trim();
                if (item.isEmpty()) {
                    continue;
                }
            }
            try {
                GiftQuestionParser.Parsed parsed = GiftQuestionParser.parse(item, topic);
                questions.add(new ImportedQuestion(parsed.line(), parsed.draft(), category));
                warnings.addAll(parsed.warnings());
            } catch (GiftProblem problem) {
                if (problem.unsupported()) {
                    skipped.add(new Skipped(item.line(), problem.say()));
                } else {
                    errors.add(new Problem(problem.line(), problem.say()));
                }
            }
        }
        return new ImportResult(questions, errors, skipped, warnings);
    }
}
