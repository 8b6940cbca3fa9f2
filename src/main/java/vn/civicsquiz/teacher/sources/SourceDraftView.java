package vn.civicsquiz.teacher.sources;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.util.List;

/** An added article with what was proposed from it, for review before it is published. */
public record SourceDraftView(Source source, List<FactDraft> facts, List<QuestionDraftView> questions,
                              List<Warning> warnings) {

    public record Source(String id, String title, String outlet, String date, String status, int removedLines) {
    }

    /** {@code set} is null when the fact belongs to no curated family ({@code proposedSet} names it). */
    public record FactDraft(String id, String set, String proposedSet, Integer ordinal, String label, String text,
                            BigDecimal value, String unit, String asOf, String quote, String status) {
    }

    public record QuestionDraftView(long id, String kind, String topic, String stem, String status,
                                    List<Option> options) {
    }

    @Schema(name = "DraftOption")
    public record Option(String text, boolean correct) {
    }

    public record Warning(String code, String message, String quote) {
    }
}
