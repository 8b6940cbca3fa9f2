package vn.civicsquiz.teacher;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.civicsquiz.question.Question;

/**
 * Every change of a teacher's question, in order, with who made it and the question as it stood after it. An edit of
 * a question learners were asked makes a new question that {@code replaces} the old one; the history of the new one
 * reads back through the old one's.
 */
@ApplicationScoped
public class QuestionHistory {

    /** What a change did; {@code relatedQuestion} says which other question it links to, where one does. */
    public enum Change {
        created, imported, copied, edited, forked, replaced, published, drafted, retired, filed
    }

    @Schema(name = "QuestionRevision")
    public record Revision(@Schema(example = "42") long questionId, @Schema(example = "3") int version,
                           OffsetDateTime changedAt,
                           @Schema(description = "The account that made the change, null when unknown") Long changedBy,
                           Change change,
                           @Schema(description = "forked: the question it replaced; replaced: the question that "
                                   + "replaced it; copied: the original") Long relatedQuestion,
                           @Schema(description = "The question as it stood after the change", implementation = QuestionView.class)
                           JsonNode question) {
    }

    private final EntityManager em;
    private final ObjectMapper json;

    public QuestionHistory(EntityManager em, ObjectMapper json) {
        this.em = em;
        this.json = json;
    }

    /**
     * Records a change of a stored question, made in this transaction, not yet flushed: naming who made it goes with
     * the change into the same version.
     */
    void record(Question q, Change change, Long by, Long related) {
        recordAll(List.of(q), change, by, related);
    }

    /** {@link #record} for many questions changed alike: one flush, one statement. */
    void recordAll(List<Question> changed, Change change, Long by, Long related) {
        for (Question q : changed) {
            if (!java.util.Objects.equals(q.updatedBy, by)) {
                q.updatedBy = by;
            }
        }
        em.flush();
        Batch batch = batch();
        changed.forEach(q -> batch.add(q, change, by, related));
        batch.insert();
    }

    /** Changes written together; each question is read when added (flushed by then), so it may be detached after. */
    Batch batch() {
        return new Batch();
    }

    final class Batch {
        private final List<Long> questions = new java.util.ArrayList<>();
        private final List<Integer> versions = new java.util.ArrayList<>();
        private final List<Long> authors = new java.util.ArrayList<>();
        private final List<String> changes = new java.util.ArrayList<>();
        private final List<Long> related = new java.util.ArrayList<>();
        private final List<String> contents = new java.util.ArrayList<>();

        void add(Question q, Change change, Long by, Long relatedQuestion) {
            try {
                contents.add(json.writeValueAsString(QuestionViews.view(q, false)));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
            questions.add(q.id);
            versions.add(q.version);
            authors.add(by);
            changes.add(change.name());
            related.add(relatedQuestion);
        }

        void insert() {
            if (questions.isEmpty()) {
                return;
            }
            em.createNativeQuery("""
                            INSERT INTO question_revision (question_id, version, changed_by, change, related_question,
                                                           content)
                            SELECT * FROM unnest(CAST(?1 AS bigint[]), CAST(?2 AS int[]), CAST(?3 AS bigint[]),
                                                 CAST(?4 AS varchar[]), CAST(?5 AS bigint[]), CAST(?6 AS jsonb[]))""")
                    .setParameter(1, questions.toArray(Long[]::new)).setParameter(2, versions.toArray(Integer[]::new))
                    .setParameter(3, authors.toArray(Long[]::new)).setParameter(4, changes.toArray(String[]::new))
                    .setParameter(5, related.toArray(Long[]::new)).setParameter(6, contents.toArray(String[]::new))
                    .executeUpdate();
            questions.clear();
            versions.clear();
            authors.clear();
            changes.clear();
            related.clear();
            contents.clear();
        }
    }

    /** The question's changes and those of the questions it replaced, oldest first. */
    public List<Revision> of(long questionId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        WITH RECURSIVE chain (id, replaces, depth) AS (
                            SELECT id, replaces, 0 FROM question WHERE id = ?1
                            UNION ALL
                            SELECT q.id, q.replaces, c.depth + 1 FROM question q JOIN chain c ON q.id = c.replaces
                            WHERE c.depth < 1000)
                        SELECT r.question_id, r.version, r.changed_at, r.changed_by, r.change, r.related_question,
                               CAST(r.content AS text)
                        FROM question_revision r JOIN chain c ON r.question_id = c.id
                        ORDER BY r.id""")
                .setParameter(1, questionId).getResultList();
        return rows.stream().map(this::revision).toList();
    }

    private Revision revision(Object[] row) {
        try {
            return new Revision(((Number) row[0]).longValue(), ((Number) row[1]).intValue(),
                    row[2] instanceof java.time.Instant i ? i.atOffset(java.time.ZoneOffset.UTC) : (OffsetDateTime) row[2],
                    row[3] == null ? null : ((Number) row[3]).longValue(), Change.valueOf((String) row[4]),
                    row[5] == null ? null : ((Number) row[5]).longValue(), json.readTree((String) row[6]));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
