package vn.civicsquiz.teacher;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.civicsquiz.question.QuestionDraft;
import vn.civicsquiz.question.QuestionDraft.OptionDraft;
import vn.civicsquiz.question.QuestionKind;
import vn.civicsquiz.question.QuestionStatus;
import vn.civicsquiz.teacher.format.ImportResult;

/**
 * A question as a teacher writes it (create and update). See {@link QuestionKind} for the option rules. The
 * read-only fields of a {@link QuestionView} are accepted and ignored, so what a GET returns can be PUT back;
 * any other unknown field is still refused.
 */
@JsonIgnoreProperties(value = {"id", "origin", "answered", "createdAt", "updatedAt", "author", "shownAsWritten",
        "replaces", "updatedBy"})
@Schema(name = "QuestionInput", description = "A question's content. Texts are stored normalised (NFC, single "
        + "spaces). On update, 'version' is the version you read; a stale version answers 409. The read-only "
        + "fields of a question (id, origin, answered, createdAt, updatedAt, author, shownAsWritten, replaces, updatedBy) may be sent back and are ignored.")
public record QuestionInput(
        @Schema(required = true, example = "SINGLE") QuestionKind kind,
        @Schema(required = true, description = "A topic: nine-tasks, five-lessons, three-pillars, figures, people, "
                + "events or phrases", example = "three-pillars") String topic,
        @Schema(maxLength = 200, example = "Ba trụ cột") String title,
        @Schema(required = true, maxLength = 2000,
                example = "Trụ cột nào KHÔNG thuộc nền đối ngoại toàn diện?") String stem,
        @Schema(description = "2 to 8 options (1 to 8 accepted answers for SHORT_ANSWER, none for NUMERIC)")
        List<OptionInput> options,
        @Schema(description = "NUMERIC only", example = "189") BigDecimal numericAnswer,
        @Schema(description = "NUMERIC only, 0 or more", example = "0") BigDecimal tolerance,
        @Schema(maxLength = 4000, example = "Ba trụ cột là đối ngoại Đảng, ngoại giao Nhà nước và đối ngoại nhân dân.")
        String explanation,
        @Schema(description = "0 (easy) to 1 (hard); 0.5 when absent", example = "0.4") Double difficulty,
        @Schema(description = "Facts the question tests", example = "[\"pillar-party\"]") List<String> factIds,
        @Schema(description = "Id of the source article the quote comes from", example = "bao-chinh-phu") String sourceId,
        @Schema(maxLength = 2000) String quote,
        @Schema(description = "draft (default) or published on create; ignored on update, use the status endpoint")
        QuestionStatus status,
        @Schema(description = "Required on update: the version you read", example = "0") Integer version,
        @Schema(description = "The question set it is filed in (GET /api/v1/sets); null for none", example = "3")
        Long set,
        @Schema(description = "Free tags, up to " + QuestionTags.MAX_TAGS + ", each 1 to " + QuestionTags.MAX_LENGTH
                + " characters", example = "[\"tuần 1\", \"ôn thi\"]") List<String> tags) {

    @Schema(name = "OptionInput")
    public record OptionInput(
            @Schema(example = "Ngoại giao pháo hạm") String text,
            @Schema(description = "Whether choosing it is right", example = "true") Boolean correct,
            @Schema(description = "ORDERING: 1-based place in the right order") Integer position,
            @Schema(description = "MATCHING: the answer this item matches") String match,
            @Schema(description = "Answer weight in percent, -100 to 100, graded as written: a wrong option of a one-answer"
                    + " question earns its weight (partly right); in MULTIPLE the right options' weights add up to 100 and"
                    + " a learner earns the sum of those chosen; a SHORT_ANSWER alternative earns its weight") BigDecimal weight,
            @Schema(description = "Shown when this option is chosen") String feedback) {

        OptionDraft toDraft() {
            return new OptionDraft(text, Boolean.TRUE.equals(correct), position, match, weight, feedback);
        }
    }

    /** The content as a draft (texts not yet normalised). */
    QuestionDraft toDraft() {
        List<OptionDraft> drafts = options == null ? List.of()
                : options.stream().map(o -> o == null ? new OptionDraft(null, false, null, null, null, null)
                : o.toDraft()).toList();
        List<String> facts = factIds == null ? List.of() : factIds.stream().map(f -> f == null ? "" : f).toList();
        return new QuestionDraft(kind, topic, title, stem, drafts, numericAnswer, tolerance, explanation,
                difficulty == null ? ImportResult.DEFAULT_DIFFICULTY : difficulty, facts, sourceId, quote);
    }
}
