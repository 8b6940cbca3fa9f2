package vn.civicsquiz.teacher.format;

import java.util.List;
import vn.civicsquiz.question.QuestionDraft;
import vn.civicsquiz.platform.problem.Say;

/**
 * What an import read from a file. Nothing is thrown for bad input: every problem is reported with the 1-based
 * line it was found on, so a teacher can fix the file.
 *
 * @param questions questions read, in file order, each with the line its text starts on
 * @param errors    input that is not valid in the format; the caller decides whether to import the rest
 * @param skipped   valid items the app cannot hold (essays, descriptions, ...), with the reason
 * @param warnings  questions imported with something dropped or converted (HTML markup, partial-credit numbers)
 */
public record ImportResult(List<ImportedQuestion> questions, List<Problem> errors, List<Skipped> skipped,
                           List<Problem> warnings) {

    /**
     * Items (questions, broken or skipped ones) one file may hold: readers stop past it and report this one
     * problem, so a hostile file of tiny questions never builds a hundred thousand drafts.
     */
    public static final int MAX_ITEMS = 1000;

    public static Problem tooMany(int line) {
        return new Problem(line, new Say("Tệp có hơn " + MAX_ITEMS + " câu hỏi; hãy tách thành các tệp, mỗi tệp tối đa "
                + MAX_ITEMS + " câu", "The file holds more than " + MAX_ITEMS
                + " questions; split it into files of at most " + MAX_ITEMS));
    }

    /** Difficulty given to imported questions when the file has none (GIFT never has one). */
    public static final double DEFAULT_DIFFICULTY = 0.5;

    public ImportResult {
        questions = List.copyOf(questions);
        errors = List.copyOf(errors);
        skipped = List.copyOf(skipped);
        warnings = List.copyOf(warnings);
    }

    public List<QuestionDraft> drafts() {
        return questions.stream().map(ImportedQuestion::draft).toList();
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    /** @param category the GIFT category path it came under, without Moodle's context and "top" (may be empty) */
    public record ImportedQuestion(int line, QuestionDraft draft, List<String> category) {

        public ImportedQuestion {
            category = category == null ? List.of() : List.copyOf(category);
        }

        public ImportedQuestion(int line, QuestionDraft draft) {
            this(line, draft, List.of());
        }
    }

    public record Problem(int line, Say message) {
    }

    public record Skipped(int line, Say reason) {
    }
}
