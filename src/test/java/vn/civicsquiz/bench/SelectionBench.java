package vn.civicsquiz.bench;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.civicsquiz.quiz.QuestionPicker;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Random;

/**
 * Measures the question selection query against banks of 500 to 1,000,000 published questions (inserted in a
 * transaction that is rolled back). Not part of the test suite; run with {@code -Dtest=SelectionBench}.
 */
@QuarkusTest
class SelectionBench {

    static final int RUNS = 300;

    @Inject
    DataSource dataSource;

    @Test
    void selection_time_by_bank_size() throws Exception {
        for (int size : new int[] {500, 50_000, 1_000_000}) {
            try (Connection c = dataSource.getConnection()) {
                c.setAutoCommit(false);
                try (Statement s = c.createStatement()) {
                    s.execute("""
                            INSERT INTO question (kind, topic, stem, origin, status, content_hash)
                            SELECT 'SINGLE', 'bench-' || (g %% 8), 'Câu hỏi đo thử ' || g, 'teacher', 'published',
                                   md5('bench-' || g) FROM generate_series(1, %d) g""".formatted(size));
                    s.execute("INSERT INTO learner (guest_id, guest_token_hash) VALUES (gen_random_uuid(), md5('bench'))");
                    s.execute("""
                            INSERT INTO learner_question (learner_id, question_id, correct_count, last_correct, last_answered_at)
                            SELECT (SELECT max(id) FROM learner), id, 1, true, now() FROM question
                            WHERE topic LIKE 'bench-%' AND id % 5 = 0""");
                    s.execute("ANALYZE question");
                    s.execute("ANALYZE learner_question");
                    report(c, size, "topic", QuestionPicker.freshQuery("bench-3"), "bench-3");
                    report(c, size, "mixed", QuestionPicker.freshQuery("mixed"), null);
                } finally {
                    c.rollback();
                }
            }
        }
    }

    private static void report(Connection c, int size, String label, String sql, String topic) throws Exception {
        String jdbc = sql.replace(":learner", "(SELECT max(id) FROM learner)").replace(":n", "10")
                .replace(":topic", "?").replace(":start", "?");
        Random random = new Random(42);
        try (PreparedStatement ps = c.prepareStatement(jdbc)) {
            long total = 0;
            for (int i = 0; i < RUNS + 50; i++) {
                int start = random.nextInt(Integer.MAX_VALUE);
                bind(ps, jdbc, topic, start);
                long t0 = System.nanoTime();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        rs.getLong(1);
                    }
                }
                if (i >= 50) {
                    total += System.nanoTime() - t0;
                }
            }
            System.out.printf("selection %-5s bank=%,9d  mean=%.3f ms over %d runs%n", label, size,
                    total / 1e6 / RUNS, RUNS);
        }
    }

    /** Binds ?s in order: each is either the topic or the start, as they appear in the SQL. */
    private static void bind(PreparedStatement ps, String jdbc, String topic, int start) throws Exception {
        int index = 1;
        int from = 0;
        while ((from = jdbc.indexOf('?', from)) >= 0) {
            boolean isTopic = jdbc.lastIndexOf("q.topic =", from) > jdbc.lastIndexOf("q.pick_key", from);
            if (isTopic) {
                ps.setString(index++, topic);
            } else {
                ps.setInt(index++, start);
            }
            from++;
        }
    }
}
