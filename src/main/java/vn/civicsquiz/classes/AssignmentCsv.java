package vn.civicsquiz.classes;

import java.util.List;

/** The members' results of an assignment as CSV (UTF-8 with a BOM, so spreadsheet programs read Vietnamese). */
final class AssignmentCsv {

    private AssignmentCsv() {
    }

    static String of(List<AssignmentResult> rows) {
        StringBuilder csv = new StringBuilder("\uFEFFaccount_id,username,display_name,done,score,max,finished_at,late\r\n");
        for (AssignmentResult r : rows) {
            csv.append(r.accountId()).append(',').append(cell(r.username())).append(',')
                    .append(cell(r.displayName())).append(',').append(r.done()).append(',')
                    .append(r.score() == null ? "" : r.score().toPlainString()).append(',').append(r.max() == null ? "" : r.max())
                    .append(',').append(r.finishedAt() == null ? "" : r.finishedAt()).append(',').append(r.late())
                    .append("\r\n");
        }
        return csv.toString();
    }

    /** Quoted when needed; a leading =, +, - or @ is neutralised so that no cell runs as a formula. */
    private static String cell(String value) {
        if (value == null) {
            return "";
        }
        String v = value.matches("^[=+\\-@].*") ? "'" + value : value;
        return v.matches(".*[\",\r\n].*") ? "\"" + v.replace("\"", "\"\"") + "\"" : v;
    }
}
