package vn.civicsquiz.teacher.format.json;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigDecimal;
import java.util.List;
import vn.civicsquiz.question.QuestionDraft;
import vn.civicsquiz.question.QuestionDraft.OptionDraft;
import vn.civicsquiz.question.QuestionKind;
import vn.civicsquiz.teacher.format.ImportResult;
import vn.civicsquiz.teacher.format.ImportedText;

/**
 * A question in the civics-quiz JSON file, version 1: every field of {@link QuestionDraft}, under the same
 * names. Kept apart from the draft so the file format changes only on purpose.
 */
@JsonPropertyOrder({"kind", "topic", "title", "stem", "options", "numericAnswer", "tolerance", "explanation",
        "difficulty", "factIds", "sourceId", "quote"})
record JsonQuestion(QuestionKind kind, String topic, String title, String stem, List<JsonOption> options,
                    BigDecimal numericAnswer, BigDecimal tolerance, String explanation, Double difficulty,
                    List<String> factIds, String sourceId, String quote) {

    @JsonPropertyOrder({"text", "correct", "position", "match", "weight", "feedback"})
    record JsonOption(String text, Boolean correct, Integer position, String match, BigDecimal weight,
                      String feedback) {

        static JsonOption of(OptionDraft o) {
            return new JsonOption(o.text(), o.correct(), o.position(), o.match(), o.weight(), o.feedback());
        }

        OptionDraft toDraft() {
            return new OptionDraft(text, Boolean.TRUE.equals(correct), position, match, weight, feedback);
        }
    }

    static JsonQuestion of(QuestionDraft q) {
        return new JsonQuestion(q.kind(), q.topic(), q.title(), q.stem(),
                q.options().stream().map(JsonOption::of).toList(), q.numericAnswer(), q.tolerance(), q.explanation(),
                q.difficulty(), q.factIds(), q.sourceId(), q.quote());
    }

    /** The draft, its texts normalised; a missing difficulty is the import default. */
    QuestionDraft toDraft() {
        List<OptionDraft> drafts = options == null ? List.of() : options.stream().map(JsonOption::toDraft).toList();
        return ImportedText.normalise(new QuestionDraft(kind, topic, title, stem, drafts, numericAnswer, tolerance,
                explanation, difficulty == null ? ImportResult.DEFAULT_DIFFICULTY : difficulty, factIds, sourceId,
                quote));
    }
}
