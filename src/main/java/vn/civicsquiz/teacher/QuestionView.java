package vn.civicsquiz.teacher;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.civicsquiz.question.QuestionKind;
import vn.civicsquiz.question.QuestionOrigin;
import vn.civicsquiz.question.QuestionStatus;

/** A stored question as the teachers' API shows it. */
@Schema(name = "Question")
public record QuestionView(
        @Schema(example = "42") long id,
        @Schema(description = "Send it back on update; it changes with every change", example = "3") int version,
        QuestionStatus status,
        QuestionOrigin origin,
        QuestionKind kind,
        @Schema(example = "three-pillars") String topic,
        String title,
        String stem,
        List<OptionView> options,
        BigDecimal numericAnswer,
        BigDecimal tolerance,
        String explanation,
        @Schema(example = "0.4") double difficulty,
        List<String> factIds,
        String sourceId,
        String quote,
        @Schema(description = "Whether learners have answered it: its answers can no longer change in place")
        boolean answered,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt,
        @Schema(description = "Its question set, or null", example = "3") Long set,
        @Schema(description = "Its tags, sorted") List<String> tags,
        @Schema(description = "The teacher who wrote or imported it; null for generated questions") Long author,
        @Schema(description = "Tag-shaped text in its stem, options, feedback or explanation that is shown to learners "
                + "as written, not as formatting: only <b>, <i>, lists (<ul>/<ol> of <li>) and line breaks format, "
                + "and only when closed in order", example = "[\"<span>\"]") List<String> shownAsWritten,
        @Schema(description = "The question this one replaced: an edit of a question learners were asked makes a "
                + "new one (see its history)", example = "41") Long replaces,
        @Schema(description = "The account that changed it last") Long updatedBy) {

    @Schema(name = "QuestionOption")
    public record OptionView(String text, boolean correct, Integer position, String match, BigDecimal weight,
                             String feedback) {
    }
}
