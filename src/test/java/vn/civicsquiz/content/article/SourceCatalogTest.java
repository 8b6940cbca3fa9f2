package vn.civicsquiz.content.article;

import vn.civicsquiz.content.text.TextNormaliser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class SourceCatalogTest {

    private final SourceCatalog catalog = SourceCatalog.load();

    @Test
    void listsTheFiveArticlesInFileOrder() {
        assertThat(catalog.all()).extracting(SourceDocument::id).containsExactly(
                "000_7edb9b8851f52cde", "001_e7ae9201b7159bae", "002_17586b125ab360a7",
                "003_5bfd67e8d18ffaa3", "004_eb37e1d492f2c415");
    }

    @Test
    void carriesMetadataOfEachArticle() {
        SourceDocument kinhTeDoThi = catalog.get("000_7edb9b8851f52cde");
        assertThat(kinhTeDoThi.outlet()).isEqualTo("Kinh tế & Đô thị");
        assertThat(kinhTeDoThi.date()).isEqualTo("2021-12-14");
        assertThat(kinhTeDoThi.fileName()).isEqualTo("000_7edb9b8851f52cde.txt");

        SourceDocument retrospective = catalog.get("002_17586b125ab360a7");
        assertThat(retrospective.date()).isEqualTo("2024-09-01");
        assertThat(retrospective.year()).isEqualTo(2024);
    }

    @Test
    void everyTitleOccursInItsOwnArticleText() {
        for (SourceDocument document : catalog.all()) {
            String title = TextNormaliser.fold(document.title());
            String text = TextNormaliser.fold(document.rawText());
            // 001 splits its headline over two lines: compare each half
            for (String part : title.split(": ")) {
                assertThat(text).as(document.id()).contains(part);
            }
        }
    }

    @Test
    void titleOfArticle003UsesTheRealDStroke() {
        assertThat(catalog.get("003_5bfd67e8d18ffaa3").title()).startsWith("\u0110ổi mới");
    }

    @Test
    void rawTextIsNormalisedButKeepsLines() {
        SourceDocument article = catalog.get("000_7edb9b8851f52cde");
        assertThat(article.rawText()).doesNotContain("\u00A0").contains("\n");
        assertThat(catalog.get("003_5bfd67e8d18ffaa3").rawText()).doesNotContain("\u00D0");
    }

    @Test
    void shippedTextsAreTheSeedsUnchanged() throws IOException {
        Path seeds = Path.of("/work/shared/seeds");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(seeds), "seed directory not on this machine");
        for (SourceDocument document : catalog.all()) {
            assertThat(Files.readString(Path.of("questions/sources", document.fileName()), StandardCharsets.UTF_8))
                    .isEqualTo(Files.readString(seeds.resolve(document.fileName()), StandardCharsets.UTF_8));
        }
    }

    @Test
    void unknownSourceIsReportedByName() {
        assertThat(catalog.find("999_nope")).isEmpty();
        assertThatThrownBy(() -> catalog.get("999_nope")).hasMessageContaining("999_nope");
    }
}
