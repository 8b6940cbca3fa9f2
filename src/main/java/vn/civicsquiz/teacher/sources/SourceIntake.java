package vn.civicsquiz.teacher.sources;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import vn.civicsquiz.content.article.ArticleCleaner;
import vn.civicsquiz.content.article.CleanArticle;
import vn.civicsquiz.content.fact.Fact;
import vn.civicsquiz.content.article.SourceDocument;
import vn.civicsquiz.content.StoredSource;
import vn.civicsquiz.content.text.TextNormaliser;
import vn.civicsquiz.content.text.TextSpan;
import vn.civicsquiz.content.extract.ExtractionResult;
import vn.civicsquiz.content.extract.FactExtractor;
import vn.civicsquiz.content.extract.ProposedFact;
import vn.civicsquiz.generate.QuestionGenerator;
import vn.civicsquiz.platform.problem.Problem;
import vn.civicsquiz.platform.problem.ProblemException;
import vn.civicsquiz.question.Question;
import vn.civicsquiz.question.QuestionDraft;
import vn.civicsquiz.question.QuestionHash;
import vn.civicsquiz.question.QuestionMapper;
import vn.civicsquiz.question.QuestionOrigin;
import vn.civicsquiz.question.QuestionStatus;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A teacher's new article goes through the same pipeline as the shipped ones: the noise cleaner, the fact
 * extractor and the question generator. The article and its facts are stored as drafts and the questions as
 * draft questions (origin generated), all in one transaction; {@link SourceReview} publishes them.
 */
@ApplicationScoped
public class SourceIntake {

    static final String ID_PREFIX = "upload_";
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}(-\\d{2})?");
    private static final int MAX_TEXT = 200_000;
    private static final long SEED = 20211214L;

    private final EntityManager em;
    private final SourceReview review;

    public SourceIntake(EntityManager em, SourceReview review) {
        this.em = em;
        this.review = review;
    }

    @Transactional
    public SourceDraftView add(SourceInput input, long teacherId) {
        SourceDocument document = document(input);
        if (StoredSource.findByIdOptional(document.id()).isPresent()) {
            throw ProblemException.conflict("This article was added already as " + document.id());
        }
        CleanArticle article = new ArticleCleaner().clean(document);
        ExtractionResult extracted = new FactExtractor().extract(document, article);
        List<SourceDraftView.Warning> warnings = new ArrayList<>();
        extracted.warnings().forEach(w -> warnings.add(new SourceDraftView.Warning(w.code(), w.message(), w.quote())));
        storeSource(document, article, teacherId);
        List<Fact> generatable = new ArrayList<>();
        int position = 0;
        for (ProposedFact proposed : extracted.proposals()) {
            Fact fact = renamed(proposed.fact(), document.id());
            TextSpan span = article.locate(fact.quote()).orElse(null);
            if (span == null) {
                warnings.add(new SourceDraftView.Warning("quote-not-found",
                        "The fact's quote is not in the cleaned article; it was left out", fact.quote()));
                continue;
            }
            storeFact(fact, proposed.setName(), span, position++);
            if (fact.set() != null) {
                generatable.add(fact);
            }
        }
        if (extracted.proposals().isEmpty()) {
            warnings.add(new SourceDraftView.Warning("no-facts", "No facts were found in the article", null));
        }
        storeQuestions(QuestionGenerator.generate(generatable, SEED), teacherId, warnings);
        em.flush();
        return review.view(document.id(), warnings);
    }

    private static SourceDocument document(SourceInput input) {
        List<Problem.FieldError> errors = new ArrayList<>();
        if (input == null) {
            throw ProblemException.badRequest("A JSON body is required", List.of(new Problem.FieldError("body",
                    "required")));
        }
        String title = input.title() == null ? "" : TextNormaliser.nfc(input.title()).strip();
        String outlet = input.outlet() == null ? "" : TextNormaliser.nfc(input.outlet()).strip();
        String date = input.date() == null ? "" : input.date().strip();
        String text = input.text() == null ? "" : TextNormaliser.nfcLines(input.text().replace("\r\n", "\n"));
        if (title.isEmpty() || title.length() > 500) {
            errors.add(new Problem.FieldError("title", "required, at most 500 characters"));
        }
        if (outlet.isEmpty() || outlet.length() > 200) {
            errors.add(new Problem.FieldError("outlet", "required, at most 200 characters"));
        }
        if (!DATE.matcher(date).matches()) {
            errors.add(new Problem.FieldError("date", "yyyy-mm-dd or yyyy-mm"));
        }
        if (text.isBlank() || text.length() > MAX_TEXT) {
            errors.add(new Problem.FieldError("text", "required, at most " + MAX_TEXT + " characters"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.badRequest("The article is not valid", errors);
        }
        String id = ID_PREFIX + sha256(title + "\n" + text).substring(0, 16);
        return new SourceDocument(id, id + ".txt", outlet, title, date, null, text);
    }

    private void storeSource(SourceDocument document, CleanArticle article, long teacherId) {
        em.createNativeQuery("""
                        INSERT INTO source_document (id, file_name, outlet, title, published, raw_text, clean_text,
                            content_hash, status, position, origin, created_by)
                        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, 'draft',
                            (SELECT coalesce(max(position), 0) + 1 FROM source_document), 'teacher', ?9)""")
                .setParameter(1, document.id()).setParameter(2, document.fileName()).setParameter(3, document.outlet())
                .setParameter(4, document.title()).setParameter(5, document.date())
                .setParameter(6, document.rawText()).setParameter(7, article.text())
                .setParameter(8, sha256(document.title() + "\n" + article.text())).setParameter(9, teacherId)
                .executeUpdate();
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

    /** Extracted ids are derived from content and may repeat a curated fact's id: prefix the article's id. */
    private static Fact renamed(Fact fact, String sourceId) {
        String id = sourceId + "." + fact.id();
        id = id.length() > 100 ? id.substring(0, 100) : id;
        return new Fact(id, fact.set(), fact.ordinal(), fact.label(), fact.text(), fact.value(), fact.unit(),
                fact.asOf(), fact.source(), fact.quote(), fact.attributes());
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}
