package vn.civicsquiz.teacher.stats;

import vn.civicsquiz.platform.csv.CsvFormat;
import vn.civicsquiz.platform.csv.CsvWriter;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The statistics as RFC 4180 CSV in UTF-8 with a byte order mark first, so spreadsheet programs read Vietnamese
 * diacritics. Text cells that a spreadsheet would run as a formula get a leading apostrophe.
 */
public final class StatsCsv {

    public static final String MEDIA_TYPE = CsvFormat.MEDIA_TYPE;

    private StatsCsv() {
    }

    /** Every row of the pages, then a total line: the number of questions, answers and right answers. */
    public static byte[] questions(List<QuestionStatsPage> pages, CsvFormat format) {
        CsvWriter csv = new CsvWriter(format).row("question_id", "topic", "kind", "stem", "answers", "correct",
                "facility_percent", "discrimination", "point_biserial", "option_picks", "never_picked");
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
            csv.row(q.questionId(), q.topic(), q.kind(), q.stem(), q.answers(), q.correct(), q.facility(),
                    q.discrimination(), q.pointBiserial(), picks, never);
        }
        return csv.row("total", questions + " questions", "", "", answers, correct, Rows.percent(correct, answers),
                "", "", "", "").bytes();
    }

    /** Every row of the pages, then a total line. */
    public static byte[] learners(List<LearnerStatsPage> pages, CsvFormat format) {
        CsvWriter csv = new CsvWriter(format).row("account_id", "username", "display_name", "attempts", "answers",
                "correct", "percent_correct", "last_activity");
        long learners = 0;
        long answers = 0;
        long correct = 0;
        for (LearnerStat l : pages.stream().flatMap(p -> p.items().stream()).toList()) {
            learners++;
            answers += l.answers();
            correct += l.correct();
            csv.row(l.accountId(), l.username(), l.displayName(), l.attempts(), l.answers(), l.correct(),
                    l.percentCorrect(), l.lastActivity());
        }
        return csv.row("total", learners + " learners", "", "", answers, correct, Rows.percent(correct, answers), "")
                .bytes();
    }
}
