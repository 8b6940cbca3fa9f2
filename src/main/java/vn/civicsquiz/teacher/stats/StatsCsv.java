package vn.civicsquiz.teacher.stats;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The statistics as RFC 4180 CSV in UTF-8 with a byte order mark first, so spreadsheet programs read Vietnamese
 * diacritics. Text cells that a spreadsheet would run as a formula get a leading apostrophe.
 */
public final class StatsCsv {

    public static final String MEDIA_TYPE = "text/csv; charset=UTF-8";
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private StatsCsv() {
    }

    /** Every row of the pages, then a total line: the number of questions, answers and right answers. */
    public static byte[] questions(List<QuestionStatsPage> pages) {
        StringBuilder out = new StringBuilder();
        line(out, List.of("question_id", "topic", "kind", "stem", "answers", "correct", "facility_percent",
                "discrimination", "point_biserial", "option_picks", "never_picked"));
        long questions = 0;
        long answers = 0;
        long correct = 0;
        for (QuestionStat q : pages.stream().flatMap(p -> p.items().stream()).toList()) {
            questions++;
            answers += q.answers();
            correct += q.correct();
            String picks = q.options().stream().map(o -> o.text() + (o.correct() ? " (✓)" : "") + ": " + o.picks())
                    .collect(Collectors.joining(" | "));
            String never = q.options().stream().filter(OptionStat::neverPicked).map(OptionStat::text)
                    .collect(Collectors.joining(" | "));
            line(out, List.of(String.valueOf(q.questionId()), text(q.topic()), q.kind(), text(q.stem()),
                    String.valueOf(q.answers()), String.valueOf(q.correct()), number(q.facility()),
                    number(q.discrimination()), number(q.pointBiserial()), text(picks), text(never)));
        }
        line(out, List.of("total", String.valueOf(questions) + " questions", "", "", String.valueOf(answers),
                String.valueOf(correct), number(Rows.percent(correct, answers)), "", "", "", ""));
        return bytes(out);
    }

    public static byte[] learners(LearnerStatsPage page) {
        StringBuilder out = new StringBuilder();
        line(out, List.of("account_id", "username", "display_name", "attempts", "answers", "correct",
                "percent_correct", "last_activity"));
        for (LearnerStat l : page.items()) {
            line(out, List.of(String.valueOf(l.accountId()), text(l.username()), text(l.displayName()),
                    String.valueOf(l.attempts()), String.valueOf(l.answers()), String.valueOf(l.correct()),
                    number(l.percentCorrect()), l.lastActivity() == null ? "" : l.lastActivity().toString()));
        }
        return bytes(out);
    }

    private static byte[] bytes(StringBuilder csv) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(BOM);
        out.writeBytes(csv.toString().getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    private static void line(StringBuilder out, List<String> cells) {
        out.append(cells.stream().map(StatsCsv::quote).collect(Collectors.joining(","))).append("\r\n");
    }

    static String quote(String cell) {
        if (cell.contains(",") || cell.contains("\"") || cell.contains("\n") || cell.contains("\r")) {
            return '"' + cell.replace("\"", "\"\"") + '"';
        }
        return cell;
    }

    /** A text cell; one starting like a formula is defused. */
    static String text(String value) {
        if (value == null) {
            return "";
        }
        return !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }

    private static String number(Double value) {
        return value == null ? "" : value.toString();
    }
}
