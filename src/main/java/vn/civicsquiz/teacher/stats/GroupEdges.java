package vn.civicsquiz.teacher.stats;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The edges of Kelley's upper and lower groups over everyone's totals, or one topic's: how many learners are
 * ranked, the group size, and the last learner of each group (score, then id, which splits ties). They come from
 * the totals kept by triggers ({@code learner_total}, {@code learner_topic_total}) by counting the ranked learners
 * and reading group_size entries from each end of the rank index, so their cost grows with the learners (about
 * 20 ms at 100 000). A report asks for them on every page, so they are kept for {@code quiz.stats.group-edges-max-age}
 * (10 s; 0 in tests): within that time a report places learners against edges that may be that old.
 */
@ApplicationScoped
public class GroupEdges {

    /** Kelley's group share. */
    static final double GROUP_SHARE = 0.27;

    record Edges(long learners, long groupSize, double upperScore, long upperLearner, double lowerScore,
                 long lowerLearner) {
    }

    private record Kept(Edges edges, Instant at) {
    }

    private static final String EVERYONE = "learner_total";
    private static final String TOPIC = "learner_topic_total";

    private final EntityManager em;
    private final Duration maxAge;
    private final Map<String, Kept> kept = new ConcurrentHashMap<>();

    public GroupEdges(EntityManager em,
                      @ConfigProperty(name = "quiz.stats.group-edges-max-age", defaultValue = "10S") Duration maxAge) {
        this.em = em;
        this.maxAge = maxAge;
    }

    /** The totals table that ranks learners for this topic (null: everyone). */
    static String totalsTable(String topic) {
        return topic == null ? EVERYONE : TOPIC;
    }

    /** The condition that keeps the topic's rows of {@link #totalsTable} aliased {@code t} (empty for everyone). */
    static String topicCondition(String topic) {
        return topic == null ? "" : " AND t.topic = :topic";
    }

    /** The edges, or null when nobody has answered in scope. */
    Edges of(String topic) {
        String key = topic == null ? "" : topic;
        Kept known = kept.get(key);
        Instant now = Instant.now();
        if (known != null && known.at().plus(maxAge).isAfter(now)) {
            return known.edges();
        }
        Edges edges = read(topic);
        if (!maxAge.isZero()) {
            kept.put(key, new Kept(edges, now));
        }
        return edges;
    }

    private Edges read(String topic) {
        String sql = """
                WITH g AS (SELECT count(*) AS learners, greatest(1, round(count(*) * %1$s)) AS group_size
                           FROM %2$s t WHERE t.answered > 0%3$s),
                upper_edge AS (SELECT t.score, t.learner_id FROM %2$s t WHERE t.answered > 0%3$s
                               ORDER BY t.score DESC, t.learner_id OFFSET (SELECT group_size - 1 FROM g) LIMIT 1),
                lower_edge AS (SELECT t.score, t.learner_id FROM %2$s t WHERE t.answered > 0%3$s
                               ORDER BY t.score, t.learner_id DESC OFFSET (SELECT group_size - 1 FROM g) LIMIT 1)
                SELECT g.learners, g.group_size, u.score, u.learner_id, l.score, l.learner_id
                FROM g CROSS JOIN upper_edge u CROSS JOIN lower_edge l"""
                .formatted(GROUP_SHARE, totalsTable(topic), topicCondition(topic));
        var query = em.createNativeQuery(sql);
        if (topic != null) {
            query.setParameter("topic", topic);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        if (rows.isEmpty()) {
            return null;
        }
        Object[] r = rows.get(0);
        return new Edges(Rows.asLong(r[0]), Rows.asLong(r[1]), ((Number) r[2]).doubleValue(), Rows.asLong(r[3]),
                ((Number) r[4]).doubleValue(), Rows.asLong(r[5]));
    }
}
