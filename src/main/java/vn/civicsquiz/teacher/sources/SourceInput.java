package vn.civicsquiz.teacher.sources;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A news article a teacher adds: the page text as copied, noise and all; the server cleans it. */
public record SourceInput(@Schema(example = "Quảng Ninh đẩy mạnh đối ngoại địa phương") String title,
                          @Schema(example = "Báo Quảng Ninh") String outlet,
                          @Schema(example = "2025-03-05", description = "yyyy-mm-dd or yyyy-mm") String date,
                          @Schema(description = "the article text, line breaks kept") String text) {
}
