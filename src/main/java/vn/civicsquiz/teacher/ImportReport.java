package vn.civicsquiz.teacher;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.civicsquiz.question.QuestionKind;
import vn.civicsquiz.question.QuestionStatus;

/**
 * What an import did. Nothing is imported when the file has errors (that answer is a 400 listing them).
 *
 * @param imported questions created (or, on a dry run, that would be), with the line they start on
 * @param skipped  items left out: kinds the app does not hold, and questions already in the bank
 * @param warnings questions imported with something dropped or converted
 */
@Schema(name = "ImportReport")
public record ImportReport(@Schema(example = "gift") String format,
                           @Schema(description = "The charset the file was read in", example = "windows-1258")
                           String charset,
                           @Schema(description = "The status the imported questions have", example = "draft")
                           QuestionStatus status,
                           boolean dryRun, List<Item> imported,
                           List<Note> skipped, List<Note> warnings) {

    /**
     * @param id  the new question, null on a dry run
     * @param set the path of the question set its GIFT category became, null when the category named a topic
     */
    @Schema(name = "ImportedItem")
    public record Item(int line, Long id, QuestionKind kind, String topic, String title, String stem, String set) {
    }

    @Schema(name = "ImportNote")
    public record Note(int line, String message) {
    }
}
