package vn.civicsquiz.quiz;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The selection queries walk the pick_key index from a random point and stop after n rows: no Sort over the
 * bank, no sequential scan of it. Checked against 40,000 published questions inserted in a transaction that is
 * rolled back (a quarter of them already mastered by the learner), with statistics analysed inside it so the planner sees a large bank.
 */
@QuarkusTest
class SelectionPlanTest {

    static final int BANK = 40_000;
    static final Pattern ACTUAL_ROWS = Pattern.compile("actual time=[^)]* rows=(\\d+) loops=(\\d+)");

    @Inject
    DataSource dataSource;

    @Test
    void a_topic_quiz_reads_a_few_index_entries_and_sorts_nothing() throws SQLException {
        List<String> plan = withLargeBank(QuestionPicker.freshQuery("explain-probe"), "explain-probe");
        assertThat(plan).anyMatch(line -> line.contains("Index Scan using question_pick_idx on question"));
        assertNoSortAndNoSeqScanOfQuestions(plan);
        assertThat(plan).as("the mastered check is one exact key lookup per question")
                .anyMatch(line -> line.contains("Index Cond") && line.contains("question_id = q.id")
                        && line.contains("learner_id = $"));
        assertThat(rowsReadFromIndex(plan, "question_pick_idx")).isBetween(10, 40);
    }

    @Test
    void a_mixed_quiz_uses_the_published_pick_index() throws SQLException {
        List<String> plan = withLargeBank(QuestionPicker.freshQuery(QuizTopics.MIXED), QuizTopics.MIXED);
        assertThat(plan).anyMatch(line -> line.contains("using question_published_pick_idx on question"));
        assertNoSortAndNoSeqScanOfQuestions(plan);
        assertThat(rowsReadFromIndex(plan, "question_published_pick_idx")).isBetween(10, 40);
    }

    @Test
    void the_fallback_over_mastered_questions_is_an_index_range_scan_too() throws SQLException {
        List<String> plan = withLargeBank(QuestionPicker.anyQuery("explain-probe"), "explain-probe");
        assertThat(plan).anyMatch(line -> line.contains("question_pick_idx"));
        assertNoSortAndNoSeqScanOfQuestions(plan);
    }

    private static void assertNoSortAndNoSeqScanOfQuestions(List<String> plan) {
        assertThat(plan).noneMatch(line -> line.matches("\\s*(->\\s*)?(Incremental )?Sort\\b.*"));
        assertThat(plan).noneMatch(line -> line.contains("Seq Scan on question "));
    }

    /** Rows the scans of that index returned, all loops together. */
    private static int rowsReadFromIndex(List<String> plan, String index) {
        int rows = 0;
        for (String line : plan) {
            if (line.contains("using " + index) && !line.contains("never executed")) {
                Matcher m = ACTUAL_ROWS.matcher(line);
                assertThat(m.find()).as(line).isTrue();
                rows += Integer.parseInt(m.group(1)) * Integer.parseInt(m.group(2));
            }
        }
        return rows;
    }

    private List<String> withLargeBank(String sql, String topic) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.execute("""
                        INSERT INTO question (kind, topic, stem, origin, status, content_hash)
                        SELECT 'SINGLE', CASE WHEN g %% 2 = 0 THEN 'explain-probe' ELSE 'explain-other' END,
                               'Câu hỏi thử số ' || g, 'teacher', 'published', md5('explain-probe-' || g)
                        FROM generate_series(1, %d) g""".formatted(BANK));
                s.execute("INSERT INTO learner (guest_id, guest_token_hash) VALUES (gen_random_uuid(), md5('probe'))");
                // the learner has mastered every fourth question of the big bank: the anti-join must skip them
                s.execute("""
                        INSERT INTO learner_question (learner_id, question_id, correct_count, last_correct, last_answered_at)
                        SELECT (SELECT max(id) FROM learner), id, 1, true, now() FROM question
                        WHERE topic LIKE 'explain-%' AND id % 4 = 0""");
                s.execute("ANALYZE question");
                s.execute("ANALYZE learner_question");
                String explain = "EXPLAIN (ANALYZE, COSTS OFF) " + sql
                        .replace(":learner", "(SELECT max(id) FROM learner)")
                        .replace(":topic", "'" + topic + "'")
                        .replace(":start", "1073741824")
                        .replace(":n", "10");
                List<String> lines = new ArrayList<>();
                try (ResultSet rs = s.executeQuery(explain)) {
                    while (rs.next()) {
                        lines.add(rs.getString(1));
                    }
                }
                return lines;
            } finally {
                c.rollback();
            }
        }
    }
}
