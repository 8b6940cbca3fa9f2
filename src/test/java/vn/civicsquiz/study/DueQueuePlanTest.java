package vn.civicsquiz.study;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import vn.civicsquiz.platform.db.QueryPlan;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The due queue of a learner with 10 000 cards: the queries the queue runs read the (account_id, due) index and
 * only the rows they return, never the whole card table, and the queue is right. The deck is built and dropped
 * inside one transaction, so other tests never see it.
 */
@QuarkusTest
class DueQueuePlanTest {

    private static final int DECK = 10_000;
    private static final int DUE = 2_500;

    @Inject
    EntityManager em;
    @Inject
    StudyFixture fixture;
    @Inject
    StudyQueue queue;

    @Test
    void the_queue_of_ten_thousand_cards_is_an_index_range_scan_and_earliest_first() {
        long learner = fixture.signUp().accountId();
        long otherLearner = fixture.signUp().accountId();
        fixture.settings(learner, "0.90", 0);
        Instant now = Instant.now();
        QuarkusTransaction.begin();
        try {
            seedDeck(learner, now);
            seedDeck(otherLearner, now);
            em.createNativeQuery("ANALYZE review_card").executeUpdate();
            em.createNativeQuery("ANALYZE fact").executeUpdate();

            QueryPlan countPlan = explain(StudyQueue.DUE_COUNTS.replace("?1", Long.toString(learner))
                    .replace("?2", "'" + now + "'"));
            QueryPlan firstPlan = explain(StudyQueue.FIRST_DUE.replace("?1", Long.toString(learner))
                    .replace("?2", "'" + now + "'").replace("?3", "20"));

            assertThat(countPlan.using("review_card_due_idx")).as(countPlan.toString()).isNotEmpty();
            assertThat(countPlan.scansSequentially("review_card")).isFalse();
            assertThat(firstPlan.using("review_card_due_idx")).as(firstPlan.toString()).isNotEmpty();
            assertThat(firstPlan.scansSequentially("review_card")).isFalse();
            assertThat(firstPlan.sorts()).as(firstPlan.toString()).isFalse();

            StudyQueue.Due due = queue.due(learner, now, 20);
            assertThat(due.dueCount()).isEqualTo(DUE);
            assertThat(due.cards()).extracting(StudyQueue.StudyCard::factId)
                    .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, 20)
                            .mapToObj(i -> "plan-" + learner + "-" + i).toList());
            assertThat(due.cards()).extracting(StudyQueue.StudyCard::due).isSorted();
        } finally {
            QuarkusTransaction.rollback();
        }
    }

    /**
     * {@link #DECK} facts and a card for each; card i is due i minutes before {@code now} for the first
     * {@link #DUE} of them and i minutes after it for the others.
     */
    private void seedDeck(long accountId, Instant now) {
        String prefix = "plan-" + accountId + "-";
        em.createNativeQuery("""
                        INSERT INTO fact
                        SELECT (jsonb_populate_record(f, jsonb_build_object('id', ?1 || g, 'position', 100000 + g,
                                                      'content_hash', md5(?1 || g)))).*
                        FROM fact f, generate_series(1, ?2) g WHERE f.id = 'task-1'""")
                .setParameter(1, prefix).setParameter(2, DECK).executeUpdate();
        em.createNativeQuery("""
                        INSERT INTO review_card (account_id, fact_id, origin, phase, due, created_at)
                        SELECT ?1, ?2 || g, 'study', 'new',
                               CASE WHEN g <= ?4 THEN CAST(?3 AS timestamptz) - (?4 - g + 1) * interval '1 minute'
                                    ELSE CAST(?3 AS timestamptz) + g * interval '1 minute' END, ?3
                        FROM generate_series(1, ?5) g""")
                .setParameter(1, accountId).setParameter(2, prefix)
                .setParameter(3, OffsetDateTime.ofInstant(now, ZoneOffset.UTC)).setParameter(4, DUE)
                .setParameter(5, DECK).executeUpdate();
    }

    private QueryPlan explain(String sql) {
        return QueryPlan.parse(em.createNativeQuery("EXPLAIN (FORMAT JSON) " + sql).getSingleResult().toString());
    }
}
