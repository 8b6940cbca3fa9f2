import vn.civicsquiz.content.article.ArticleCleaner;
import vn.civicsquiz.content.article.CleanArticle;
import vn.civicsquiz.content.article.SourceCatalog;
import vn.civicsquiz.content.article.SourceDocument;
import vn.civicsquiz.content.extract.ExtractionResult;
import vn.civicsquiz.content.extract.FactExtractor;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * How long fact extraction of the five shipped articles takes. Cleaning is done once, outside the timed loop;
 * each round extracts from all five clean articles. Run with bench/run-extraction-bench.sh.
 */
public class ExtractionBench {

    public static void main(String[] args) {
        int warmup = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
        SourceCatalog catalog = SourceCatalog.load();
        ArticleCleaner cleaner = new ArticleCleaner();
        List<SourceDocument> documents = catalog.all();
        List<CleanArticle> articles = documents.stream().map(cleaner::clean).toList();
        FactExtractor extractor = new FactExtractor();

        long start = System.nanoTime();
        int proposals = extractAll(extractor, documents, articles);
        double firstMs = (System.nanoTime() - start) / 1e6;
        for (int i = 0; i < warmup; i++) {
            extractAll(extractor, documents, articles);
        }
        long[] nanos = new long[rounds];
        for (int i = 0; i < rounds; i++) {
            long t = System.nanoTime();
            extractAll(extractor, documents, articles);
            nanos[i] = System.nanoTime() - t;
        }
        Arrays.sort(nanos);
        int chars = articles.stream().mapToInt(a -> a.text().length()).sum();
        System.out.printf("articles: %d (%d characters of clean text), proposals per run: %d%n",
                articles.size(), chars, proposals);
        System.out.printf("first run (cold JVM): %.1f ms%n", firstMs);
        System.out.printf("warm, all five articles, %d rounds: median %.2f ms, p90 %.2f ms, min %.2f ms%n", rounds,
                nanos[rounds / 2] / 1e6, nanos[rounds * 9 / 10] / 1e6, nanos[0] / 1e6);
    }

    private static int extractAll(FactExtractor extractor, List<SourceDocument> documents,
                                  List<CleanArticle> articles) {
        List<ExtractionResult> results = new ArrayList<>();
        for (int i = 0; i < documents.size(); i++) {
            results.add(extractor.extract(documents.get(i), articles.get(i)));
        }
        return results.stream().mapToInt(r -> r.proposals().size()).sum();
    }
}
