package vn.civicsquiz.teacher.stats;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Folds the answers' tallies (V109: one row per stored or changed answer) into the teachers' running totals
 * {@code question_stats} and {@code option_pick_count}: every second in the background, and before the statistics
 * are read, so a teacher reads exact totals. Each batch is added and deleted in one statement, so every tally counts
 * exactly once; folds take turns (an advisory lock, across instances) and take tallies in order, so a test answer's
 * change is never added before the answer it changes (a total may not go below what it counts).
 */
@ApplicationScoped
public class AnswerTallies {

    private static final Logger LOG = Logger.getLogger(AnswerTallies.class);
    static final int BATCH = 5_000;
    static final long EVERY_MS = 1_000;
    /** Key of the advisory lock folds take turns with: "tally" in ASCII. */
    private static final long LOCK_KEY = 0x74616c6c79L;

    private static final String FOLD = """
            WITH batch AS (
              DELETE FROM answer_tally WHERE id IN (SELECT id FROM answer_tally ORDER BY id LIMIT ?)
              RETURNING question_id, answers, correct, answered_at, picked, unpicked),
            deltas AS (
              SELECT b.question_id, sum(b.answers) AS answers, sum(b.correct) AS correct,
                     max(b.answered_at) AS answered_at
              FROM batch b JOIN question q ON q.id = b.question_id -- a question deleted since counts no more
              GROUP BY b.question_id),
            updated AS ( -- apart from the insert: a change alone (0 answers) must not be checked as a new row
              UPDATE question_stats s SET answers = s.answers + d.answers, correct = s.correct + d.correct,
                last_answered_at = greatest(s.last_answered_at, d.answered_at)
              FROM deltas d WHERE s.question_id = d.question_id
              RETURNING s.question_id),
            stats AS (
              INSERT INTO question_stats (question_id, answers, correct, last_answered_at)
              SELECT d.question_id, d.answers, d.correct, d.answered_at FROM deltas d
              WHERE d.question_id NOT IN (SELECT question_id FROM updated)
              RETURNING 1),
            picks AS (
              SELECT b.question_id, p.option_id, sum(p.delta) AS delta
              FROM batch b CROSS JOIN LATERAL (
                SELECT unnest(b.picked), 1 UNION ALL SELECT unnest(b.unpicked), -1) p (option_id, delta)
              GROUP BY b.question_id, p.option_id),
            counted AS (
              INSERT INTO option_pick_count AS c (question_id, option_id, picks)
              SELECT p.question_id, p.option_id, p.delta
              FROM picks p JOIN question_option o ON o.id = p.option_id AND o.question_id = p.question_id
              WHERE p.delta <> 0
              ON CONFLICT (question_id, option_id) DO UPDATE SET picks = c.picks + excluded.picks
              RETURNING 1)
            SELECT (SELECT count(*) FROM batch), (SELECT count(*) FROM stats), (SELECT count(*) FROM counted)""";

    private final AgroalDataSource dataSource;
    private ScheduledExecutorService background;

    public AnswerTallies(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    void start(@Observes StartupEvent event) {
        background = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "answer-tallies");
            thread.setDaemon(true);
            return thread;
        });
        background.scheduleWithFixedDelay(this::foldInBackground, EVERY_MS, EVERY_MS, TimeUnit.MILLISECONDS);
    }

    void stop(@Observes ShutdownEvent event) {
        if (background != null) {
            background.shutdownNow();
        }
    }

    private void foldInBackground() {
        try {
            fold();
        } catch (RuntimeException e) {
            LOG.warnf("Folding the answers' tallies failed (tried again in %d ms): %s", EVERY_MS, e.getMessage());
        }
    }

    /**
     * Folds every tally committed so far, in the caller's transaction when there is one (a fold running elsewhere
     * is waited for: its tallies are then counted).
     *
     * @return the number of tallies folded
     */
    @Transactional
    public int fold() {
        int total = 0;
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(FOLD)) {
            try (PreparedStatement lock = c.prepareStatement("SELECT pg_advisory_xact_lock(?)")) {
                lock.setLong(1, LOCK_KEY);
                lock.execute();
            }
            s.setInt(1, BATCH);
            int folded;
            do {
                try (var r = s.executeQuery()) {
                    r.next();
                    folded = r.getInt(1);
                }
                total += folded;
            } while (folded == BATCH);
        } catch (SQLException e) {
            throw new IllegalStateException("folding the answers' tallies", e);
        }
        return total;
    }
}
