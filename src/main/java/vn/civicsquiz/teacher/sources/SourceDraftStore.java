package vn.civicsquiz.teacher.sources;

import jakarta.enterprise.context.ApplicationScoped;
import vn.civicsquiz.platform.problem.Say;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import vn.civicsquiz.content.StoredSource;
import vn.civicsquiz.content.article.CleanArticle;
import vn.civicsquiz.content.article.SourceDocument;
import vn.civicsquiz.content.fact.Fact;
import vn.civicsquiz.content.text.TextNormaliser;
import vn.civicsquiz.content.text.TextSpan;
import vn.civicsquiz.platform.problem.ProblemException;
import vn.civicsquiz.question.Question;
import vn.civicsquiz.question.QuestionDraft;
import vn.civicsquiz.question.QuestionHash;
import vn.civicsquiz.question.QuestionMapper;
import vn.civicsquiz.question.QuestionOrigin;
import vn.civicsquiz.question.QuestionStatus;

import java.util.ArrayList;
import java.util.List;

import static vn.civicsquiz.teacher.sources.SourceIntake.sha256;

/** Writes a drafted article, its facts and its draft questions in one transaction that does no other work. */
@ApplicationScoped
public class SourceDraftStore {

    private final EntityManager em;
    private final SourceReview review;

    public SourceDraftStore(EntityManager em, SourceReview review) {
        this.em = em;
        this.review = review;
    }

    /** Answers 409 at once for an article added already, before any drafting work. */
    @Transactional
    public void refuseDuplicate(String id) {
        if (StoredSource.findByIdOptional(id).isPresent()) {
            throw duplicate(id);
        }
    }

    @Transactional
    public SourceDraftView store(SourceDrafting.Drafted drafted, long teacherId) {
        SourceDocument document = drafted.document();
        if (!storeSource(document, drafted.article(), teacherId)) {
            throw duplicate(document.id()); // the same article added twice at once: one of them wins
        }
        List<SourceDraftView.Warning> warnings = new ArrayList<>(drafted.warnings());
        int position = 0;
        for (SourceDrafting.PlacedFact placed : drafted.facts()) {
            storeFact(placed.fact(), placed.setName(), placed.span(), position++);
        }
        storeQuestions(drafted.questions(), teacherId, warnings);
        em.flush();
        return review.view(document.id(), warnings);
    }

    private static ProblemException duplicate(String id) {
        return ProblemException.conflict(new Say("Bài báo này đã được thêm với mã " + id,
                "This article was added already as " + id));
    }

    private boolean storeSource(SourceDocument document, CleanArticle article, long teacherId) {
        return em.createNativeQuery("""
                        INSERT INTO source_document (id, file_name, outlet, title, published, raw_text, clean_text,
                            content_hash, status, position, origin, created_by)
                        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, 'draft',
                            (SELECT coalesce(max(position), 0) + 1 FROM source_document), 'teacher', ?9)
                        ON CONFLICT (id) DO NOTHING""")
                .setParameter(1, document.id()).setParameter(2, document.fileName()).setParameter(3, document.outlet())
                .setParameter(4, document.title()).setParameter(5, document.date())
                .setParameter(6, document.rawText()).setParameter(7, article.text())
                .setParameter(8, sha256(document.title() + "\n" + article.text())).setParameter(9, teacherId)
                .executeUpdate() == 1;
    }

    private void storeFact(Fact fact, String setName, TextSpan span, int position) {
        em.createNativeQuery("""
                        INSERT INTO fact (id, fact_set, proposed_set, ordinal, label, text, value, unit, as_of,
                            source_id, quote, quote_start, quote_end, attributes, search_key, content_hash, status,
                            position, origin)
                        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, cast(?14 AS jsonb), ?15, ?16,
                            'draft', ?17, 'teacher')""")
                .setParameter(1, fact.id()).setParameter(2, fact.set() == null ? null : fact.set().slug())
                .setParameter(3, setName)
                .setParameter(4, fact.ordinal() == null ? null : fact.ordinal().shortValue())
                .setParameter(5, fact.label()).setParameter(6, fact.text()).setParameter(7, fact.value())
                .setParameter(8, fact.unit()).setParameter(9, fact.asOf()).setParameter(10, fact.source())
                .setParameter(11, fact.quote()).setParameter(12, span.start()).setParameter(13, span.end())
                .setParameter(14, FactJson.attributes(fact))
                .setParameter(15, TextNormaliser.searchKey(fact.label() + " " + fact.text()))
                .setParameter(16, sha256(fact.id() + "\n" + fact.text() + "\n" + fact.quote()))
                .setParameter(17, position).executeUpdate();
    }

    private void storeQuestions(List<QuestionDraft> drafts, long teacherId, List<SourceDraftView.Warning> warnings) {
        for (QuestionDraft draft : drafts) {
            String hash = QuestionHash.of(draft);
            if (Question.count("contentHash = ?1 and status <> ?2", hash, QuestionStatus.retired) > 0) {
                warnings.add(new SourceDraftView.Warning("duplicate-question",
                        "The bank already has this question; it was not added again", draft.stem()));
                continue;
            }
            Question question = new Question();
            QuestionMapper.copyContent(draft, question);
            question.origin = QuestionOrigin.generated;
            question.status = QuestionStatus.draft;
            question.contentHash = hash;
            question.createdBy = teacherId;
            question.persist();
        }
    }
}
