package vn.civicsquiz.content.extract;

import vn.civicsquiz.content.article.ArticleCleaner;
import vn.civicsquiz.content.article.CleanArticle;
import vn.civicsquiz.content.article.SourceDocument;
import vn.civicsquiz.content.text.TextNormaliser;

/** Runs the real pipeline (normaliser, noise cleaner, extractor) on a small article written for a test. */
final class ExtractionFixtures {

    private ExtractionFixtures() {
    }

    static CleanArticle clean(String id, String title, String body) {
        String raw = title + "\n\n" + body;
        SourceDocument document = new SourceDocument(id, id + ".txt", "Báo thử nghiệm", TextNormaliser.nfc(title),
                "2025-03-05", null, TextNormaliser.nfcLines(raw));
        return new ArticleCleaner().clean(document);
    }

    static ExtractionResult extract(String body) {
        return new FactExtractor().extract("test", "2025-03-05", clean("test", "Bài viết thử nghiệm về đối ngoại", body));
    }
}
