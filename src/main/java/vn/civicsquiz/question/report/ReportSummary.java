package vn.civicsquiz.question.report;

import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A reported question as a teacher sees it: how many learners report it, with their comments. */
@Schema(name = "ReportSummary")
public record ReportSummary(long questionId, String topic, String stem, String status, int version, boolean heldBack,
                            long openReports, long allReports, OffsetDateTime lastReportedAt, List<String> comments) {
}
