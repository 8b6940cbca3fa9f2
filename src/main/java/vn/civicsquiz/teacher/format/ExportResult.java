package vn.civicsquiz.teacher.format;

import java.util.List;

/**
 * A written file and what did not go into it unchanged.
 *
 * @param content   the file text
 * @param skipped   questions left out because the format cannot express them
 * @param converted questions written in a different shape (e.g. ORDERING as GIFT matching)
 */
public record ExportResult(String content, List<Note> skipped, List<Note> converted) {

    public ExportResult {
        skipped = List.copyOf(skipped);
        converted = List.copyOf(converted);
    }

    /**
     * @param position 1-based position of the question in the exported list
     * @param reason   what happened and why
     */
    public record Note(int position, String reason) {
    }
}
