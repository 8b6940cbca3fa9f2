package vn.civicsquiz.teacher.sets;

import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A question set (Moodle's question category).
 *
 * @param path      the names from the top set down to this one, joined by " / "
 * @param questions questions filed directly in this set (null in lists)
 * @param total     questions in this set and all its subsets (null in lists)
 * @param subsets   sets directly under this one
 */
@Schema(name = "QuestionSet")
public record SetView(long id, Long parent, String name, String path, boolean shared, Long ownerId, int version,
                      Long questions, Long total, long subsets, OffsetDateTime createdAt) {
}
