package vn.civicsquiz.teacher;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One change applied to a list of questions, all or nothing. */
@Schema(name = "BulkChange")
public record BulkChange(
        @Schema(required = true, description = "publish, retire or move", example = "publish") String action,
        @Schema(required = true, description = "1 to " + BulkChange.MAX_IDS + " question ids, each once",
                example = "[101, 102, 103]") List<Long> ids,
        @Schema(description = "move only: the topic the questions move to", example = "events") String topic) {

    static final int MAX_IDS = 500;
}
