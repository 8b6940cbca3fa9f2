package vn.civicsquiz.teacher.sources;

import vn.civicsquiz.content.article.ArticleCleaner;
import vn.civicsquiz.platform.problem.Say;
import vn.civicsquiz.content.article.CleanArticle;
import vn.civicsquiz.content.article.SourceDocument;
import vn.civicsquiz.content.extract.ExtractionResult;
import vn.civicsquiz.content.extract.FactExtractor;
import vn.civicsquiz.content.extract.ProposedFact;
import vn.civicsquiz.content.fact.Fact;
import vn.civicsquiz.content.text.TextSpan;
import vn.civicsquiz.generate.QuestionGenerator;
import vn.civicsquiz.platform.problem.Problem;
import vn.civicsquiz.platform.problem.ProblemException;
import vn.civicsquiz.question.QuestionDraft;

import java.util.ArrayList;
import java.util.List;

/**
 * The pure part of adding an article: cleaning, fact extraction and question drafting, with no database and no
 * transaction (a connection is held only while {@link SourceDraftStore} writes the result). Its cost is bounded by
 * construction: the text is at most {@link #MAX_TEXT} characters and an article proposing more than
 * {@link #MAX_FACTS} facts is refused with a 422 before any question is drafted (a news article proposes a few
 * dozen), and every stage is near-linear in the facts, so the largest accepted article drafts in seconds.
 */
public final class SourceDrafting {

    static final int MAX_TEXT = 200_000;
    static final int MAX_FACTS = 600;
    private static final long SEED = 20211214L;

    /** A fact found in the article with where its quote is. */
    public record PlacedFact(Fact fact, String setName, TextSpan span) {
    }

    /** What is stored for review. */
    public record Drafted(SourceDocument document, CleanArticle article, List<PlacedFact> facts,
                          List<QuestionDraft> questions, List<SourceDraftView.Warning> warnings) {
    }

    private SourceDrafting() {
    }

    public static Drafted draft(SourceDocument document) {
        CleanArticle article = new ArticleCleaner().clean(document);
        stopIfAbandoned();
        ExtractionResult extracted = new FactExtractor().extract(document, article);
        stopIfAbandoned();
        if (extracted.proposals().size() > MAX_FACTS) {
            int proposed = extracted.proposals().size();
            throw new ProblemException.Unprocessable(new Say("Bài báo đề xuất " + proposed + " dữ kiện, nhiều hơn mức "
                    + MAX_FACTS + " của một bài; hãy chia nhỏ bài", "The article proposes " + proposed
                    + " facts, more than the " + MAX_FACTS + " one article may; split it"),
                    ProblemException.fault("text", "tối đa " + MAX_FACTS + " dữ kiện mỗi bài",
                            "at most " + MAX_FACTS + " facts per article"));
        }
        List<SourceDraftView.Warning> warnings = new ArrayList<>();
        extracted.warnings().forEach(w -> warnings.add(new SourceDraftView.Warning(w.code(), w.message(), w.quote())));
        List<PlacedFact> placed = new ArrayList<>();
        List<Fact> generatable = new ArrayList<>();
        for (ProposedFact proposed : extracted.proposals()) {
            stopIfAbandoned();
            Fact fact = renamed(proposed.fact(), document.id());
            TextSpan span = article.locate(fact.quote()).orElse(null);
            if (span == null) {
                warnings.add(new SourceDraftView.Warning("quote-not-found",
                        "The fact's quote is not in the cleaned article; it was left out", fact.quote()));
                continue;
            }
            placed.add(new PlacedFact(fact, proposed.setName(), span));
            if (fact.set() != null) {
                generatable.add(fact);
            }
        }
        if (extracted.proposals().isEmpty()) {
            warnings.add(new SourceDraftView.Warning("no-facts", "No facts were found in the article", null));
        }
        return new Drafted(document, article, placed, QuestionGenerator.generate(generatable, SEED), warnings);
    }

    /** Drafting abandoned by {@link DraftingTimeLimit} (its thread interrupted) stops between stages. */
    private static void stopIfAbandoned() {
        if (Thread.currentThread().isInterrupted()) {
            throw new java.util.concurrent.CancellationException("drafting abandoned after its time limit");
        }
    }

    /** Extracted ids are derived from content and may repeat a curated fact's id: prefix the article's id. */
    private static Fact renamed(Fact fact, String sourceId) {
        String id = sourceId + "." + fact.id();
        id = id.length() > 100 ? id.substring(0, 100) : id;
        return new Fact(id, fact.set(), fact.ordinal(), fact.label(), fact.text(), fact.value(), fact.unit(),
                fact.asOf(), fact.source(), fact.quote(), fact.attributes());
    }
}
