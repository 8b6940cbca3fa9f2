package vn.civicsquiz.teacher;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One change applied to a list of questions, all or nothing. */
@Schema(name = "BulkChange")
public record BulkChange(
        @Schema(required = true, description = "publish, retire, move (to a topic and/or a set, tags too) or tag",
                example = "publish") String action,
        @Schema(required = true, description = "1 to " + BulkChange.MAX_IDS + " question ids, each once",
                example = "[101, 102, 103]") List<Long> ids,
        @Schema(description = "move only: the topic the questions move to", example = "events") String topic,
        @Schema(description = "move only: the question set the questions move to", example = "3") Long set,
        @Schema(description = "move or tag: tags added to every question", example = "[\"tuần 2\"]")
        List<String> addTags,
        @Schema(description = "move or tag: tags removed from every question (case ignored)") List<String> removeTags) {

    static final int MAX_IDS = 500;
}
