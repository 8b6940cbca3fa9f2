package vn.civicsquiz.teacher;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a bulk change did: every question of the list, as it now is. */
@Schema(name = "BulkResult")
public record BulkResult(@Schema(example = "publish") String action, @Schema(example = "3") int changed,
                         List<QuestionView> questions) {
}
