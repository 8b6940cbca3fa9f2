package vn.civicsquiz.quiz;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.civicsquiz.platform.db.QueryPlan;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The selection queries walk the pick_key index from a random point and stop after n rows: no Sort over the
 * bank, no sequential scan of it. Checked against 40,000 published questions inserted in a transaction that is
 * rolled back (a quarter of them already mastered by the learner), with statistics analysed inside it so the planner sees a large bank.
 */
@QuarkusTest
class SelectionPlanTest {

    static final int BANK = 40_000;

    @Inject
    DataSource dataSource;

    @Test
    void a_topic_quiz_reads_a_few_index_entries_and_sorts_nothing() throws SQLException {
        QueryPlan plan = withLargeBank(QuestionPicker.freshQuery("explain-probe"), "explain-probe");
        assertThat(plan.using("question_pick_idx")).as(plan.toString()).anyMatch(QueryPlan.Node::isIndexScan);
        assertNoSortAndNoSeqScanOfQuestions(plan);
        List<QueryPlan.Node> masteredChecks = plan.nodes().stream()
                .filter(n -> "learner_question".equals(n.relation()) || isLearnerQuestionIndex(n.index())).toList();
        assertThat(masteredChecks).as("the mastered check is one exact key lookup per question\n" + plan)
                .isNotEmpty()
                .allMatch(n -> n.isIndexScan() && n.actualRows() <= 1);
        assertThat(plan.scansSequentially("learner_question")).isFalse();
        assertThat(rowsReadFromIndex(plan, "question_pick_idx")).isBetween(10L, 40L);
    }

    @Test
    void a_mixed_quiz_uses_the_published_pick_index() throws SQLException {
        QueryPlan plan = withLargeBank(QuestionPicker.freshQuery(QuizTopics.MIXED), QuizTopics.MIXED);
        assertThat(plan.using("question_published_pick_idx")).as(plan.toString()).anyMatch(QueryPlan.Node::isIndexScan);
        assertNoSortAndNoSeqScanOfQuestions(plan);
        assertThat(rowsReadFromIndex(plan, "question_published_pick_idx")).isBetween(10L, 40L);
    }

    @Test
    void the_fallback_over_mastered_questions_is_an_index_range_scan_too() throws SQLException {
        QueryPlan plan = withLargeBank(QuestionPicker.anyQuery("explain-probe"), "explain-probe");
        assertThat(plan.using("question_pick_idx")).as(plan.toString()).isNotEmpty();
        assertNoSortAndNoSeqScanOfQuestions(plan);
    }

    private static boolean isLearnerQuestionIndex(String index) {
        return index != null && index.startsWith("learner_question");
    }

    private static void assertNoSortAndNoSeqScanOfQuestions(QueryPlan plan) {
        assertThat(plan.sorts()).as(plan.toString()).isFalse();
        assertThat(plan.scansSequentially("question")).as(plan.toString()).isFalse();
    }

    /** Rows the scans of that index returned, all loops together. */
    private static long rowsReadFromIndex(QueryPlan plan, String index) {
        return plan.using(index).stream().mapToLong(QueryPlan.Node::rowsOverAllLoops).sum();
    }

    private QueryPlan withLargeBank(String sql, String topic) throws SQLException {
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
                String explain = "EXPLAIN (ANALYZE, COSTS OFF, FORMAT JSON) " + sql
                        .replace(":learner", "(SELECT max(id) FROM learner)")
                        .replace(":topic", "'" + topic + "'")
                        .replace(":start", "1073741824")
                        .replace(":n", "10");
                try (ResultSet rs = s.executeQuery(explain)) {
                    rs.next();
                    return QueryPlan.parse(rs.getString(1));
                }
            } finally {
                c.rollback();
            }
        }
    }
}
