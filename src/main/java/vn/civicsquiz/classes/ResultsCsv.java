package vn.civicsquiz.classes;

import vn.civicsquiz.platform.csv.CsvFormat;
import vn.civicsquiz.platform.csv.CsvWriter;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/** Results for marking, and roster uploads, as CSV: every row, then a total line. */
public final class ResultsCsv {

    private ResultsCsv() {
    }

    public static byte[] results(List<AssignmentResult> rows, CsvFormat format) {
        CsvWriter csv = new CsvWriter(format).row("account_id", "username", "display_name", "status", "attempts",
                "score", "max", "percent", "started_at", "finished_at", "seconds");
        BigDecimal sum = BigDecimal.ZERO;
        int done = 0;
        for (AssignmentResult r : rows) {
            csv.row(r.accountId(), r.username(), r.displayName(), r.status().name(), r.attempts(), r.score(), r.max(),
                    percent(r.score(), r.max()), r.startedAt(), r.finishedAt(), r.seconds());
            if (r.score() != null) {
                sum = sum.add(r.score());
                done++;
            }
        }
        long late = rows.stream().filter(AssignmentResult::late).count();
        csv.row("total", rows.size() + " members", done + " finished (" + late + " late)", "", "",
                done == 0 ? null : sum.divide(BigDecimal.valueOf(done), 2, RoundingMode.HALF_UP), "", "", "", "", "");
        return csv.bytes();
    }

    /** The roster's accounts to print and hand out: the new ones with their one-time passwords, then the others. */
    static byte[] roster(Rosters.Enrolment enrolment, CsvFormat format) {
        CsvWriter csv = new CsvWriter(format).row("line", "name", "username", "one_time_password", "status");
        enrolment.created().forEach(e -> csv.row(e.line(), e.name(), e.username(), e.password(), "created"));
        enrolment.alreadyMembers().forEach(e -> csv.row(e.line(), e.name(), e.username(), "", "already_member"));
        csv.row("total", enrolment.created().size() + " created", enrolment.alreadyMembers().size()
                + " already members", "", "");
        return csv.bytes();
    }

    /** One row per question of each counted attempt. */
    static byte[] answers(List<AttemptMarks> attempts, CsvFormat format) {
        CsvWriter csv = new CsvWriter(format).row("attempt_id", "username", "position", "question_id", "kind", "stem",
                "answer", "right_answer", "correct", "credit");
        int answers = 0;
        for (AttemptMarks a : attempts) {
            for (AnswerMark m : a.answers()) {
                csv.row(a.attemptId(), a.username(), m.position(), m.questionId(), m.kind(), m.stem(),
                        String.join(" | ", m.answer()), String.join(" | ", m.rightAnswer()), m.correct(), m.credit());
                answers++;
            }
        }
        csv.row("total", attempts.size() + " attempts", answers + " questions", "", "", "", "", "", "", "");
        return csv.bytes();
    }

    static byte[] attempts(List<AttemptMarks> attempts, CsvFormat format) {
        CsvWriter csv = new CsvWriter(format).row("attempt_id", "username", "assignment_id", "title", "mode",
                "started_at", "finished_at", "seconds", "score", "max", "percent");
        for (AttemptMarks a : attempts) {
            csv.row(a.attemptId(), a.username(), a.assignmentId(), a.title(), a.mode(), a.startedAt(), a.finishedAt(),
                    a.seconds(), a.score(), a.max(), percent(a.score(), a.max()));
        }
        csv.row("total", attempts.size() + " attempts", "", "", "", "", "", "", "", "", "");
        return csv.bytes();
    }

    private static BigDecimal percent(BigDecimal score, Integer max) {
        return score == null || max == null || max == 0 ? null
                : score.multiply(BigDecimal.valueOf(100)).divide(BigDecimal.valueOf(max), 1, RoundingMode.HALF_UP);
    }
}
