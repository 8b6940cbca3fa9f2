package vn.civicsquiz.teacher.sources;

import jakarta.enterprise.context.ApplicationScoped;
import vn.civicsquiz.platform.problem.Say;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import vn.civicsquiz.content.StoredSource;
import vn.civicsquiz.platform.problem.ProblemException;
import vn.civicsquiz.question.Question;
import vn.civicsquiz.question.QuestionOrigin;
import vn.civicsquiz.question.QuestionStatus;

import java.math.BigDecimal;
import java.util.List;

/** Shows a teacher's article with its facts and questions, and publishes them. */
@ApplicationScoped
public class SourceReview {

    private final EntityManager em;

    public SourceReview(EntityManager em) {
        this.em = em;
    }

    @Transactional
    public SourceDraftView get(String id) {
        return view(id, List.of());
    }

    /**
     * Makes the article and its filed facts live and publishes its generated questions. Facts without a curated
     * set stay drafts until a reviewer files them, and say so in the warnings.
     *
     * @throws ProblemException 404 for an unknown or shipped article, 409 once it is published
     */
    @Transactional
    public SourceDraftView publish(String id) {
        StoredSource source = uploaded(id);
        if (!"draft".equals(source.status)) {
            throw ProblemException.conflict(new Say("Bài báo " + id + " đang ở trạng thái "
                    + source.status + ", không phải bản nháp", "Article " + id + " is " + source.status + ", not a draft"));
        }
        source.status = StoredSource.ACTIVE;
        source.updatedAt = java.time.OffsetDateTime.now();
        em.createNativeQuery("""
                        UPDATE fact SET status = 'active', updated_at = now()
                        WHERE source_id = ?1 AND status = 'draft' AND fact_set IS NOT NULL""")
                .setParameter(1, id).executeUpdate();
        Question.update("status = ?1 where sourceId = ?2 and status = ?3 and origin = ?4",
                QuestionStatus.published, id, QuestionStatus.draft, QuestionOrigin.generated);
        long unfiled = ((Number) em.createNativeQuery(
                "SELECT count(*) FROM fact WHERE source_id = ?1 AND status = 'draft'")
                .setParameter(1, id).getSingleResult()).longValue();
        List<SourceDraftView.Warning> warnings = unfiled == 0 ? List.of() : List.of(new SourceDraftView.Warning(
                "unfiled-facts", unfiled + " facts belong to no curated set and stay drafts", null));
        em.flush();
        return view(id, warnings);
    }

    SourceDraftView view(String id, List<SourceDraftView.Warning> warnings) {
        StoredSource source = uploaded(id);
        int removed = (int) source.rawText.lines().filter(l -> !l.isBlank()).count()
                - (int) source.cleanText.lines().filter(l -> !l.isBlank()).count();
        List<Object[]> facts = em.createNativeQuery("""
                        SELECT id, fact_set, proposed_set, ordinal, label, text, value, unit, as_of, quote, status
                        FROM fact WHERE source_id = ?1 ORDER BY position""").setParameter(1, id).getResultList();
        List<Question> questions = Question.list("sourceId = ?1 and origin = ?2 order by id", id,
                QuestionOrigin.generated);
        return new SourceDraftView(
                new SourceDraftView.Source(source.id, source.title, source.outlet, source.published, source.status,
                        Math.max(0, removed)),
                facts.stream().map(f -> new SourceDraftView.FactDraft((String) f[0], (String) f[1], (String) f[2],
                        f[3] == null ? null : ((Number) f[3]).intValue(), (String) f[4], (String) f[5],
                        f[6] == null ? null : ((BigDecimal) f[6]).stripTrailingZeros(), (String) f[7],
                        (String) f[8], (String) f[9], (String) f[10])).toList(),
                questions.stream().map(q -> new SourceDraftView.QuestionDraftView(q.id, q.kind.name(), q.topic,
                        q.stem, q.status.name(), q.options.stream()
                        .map(o -> new SourceDraftView.Option(o.text, o.correct)).toList())).toList(),
                warnings);
    }

    private static StoredSource uploaded(String id) {
        return StoredSource.<StoredSource>findByIdOptional(id).filter(s -> "teacher".equals(s.origin))
                .orElseThrow(() -> ProblemException.notFound(new Say("Bài báo đã thêm " + id, "Added article " + id)));
    }
}
