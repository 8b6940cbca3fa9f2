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

    /** SHA-256 of the five articles as published (the seed files), byte for byte. */
    private static final java.util.Map<String, String> SEED_SHA256 = java.util.Map.of(
            "000_7edb9b8851f52cde.txt", "0bd0911d6e4b6fa7e08f17cc63e77087f4c061c92367fbbdbf8f3a403ef1262e",
            "001_e7ae9201b7159bae.txt", "8658e660be8170782d2b26f3071871e2d429036074c0cb0bea2258c0162dea2b",
            "002_17586b125ab360a7.txt", "0ee4e4240ee1c1839f25d57eabb4c9537027439ecbe8abf891b76aad494ddd2c",
            "003_5bfd67e8d18ffaa3.txt", "14ac8f7445cf1d5824297636bd9050ff8234398a881f721329a11e5e90755489",
            "004_eb37e1d492f2c415.txt", "643d77c1059f6cf42e0b60bd350a8d7e3c88e68f7f67c32eb65ffa53eee91f25");

    @Test
    void shippedTextsAreTheSeedsUnchanged() throws Exception {
        assertThat(catalog.all()).extracting(SourceDocument::fileName)
                .containsExactlyInAnyOrderElementsOf(SEED_SHA256.keySet());
        for (SourceDocument document : catalog.all()) {
            byte[] shipped = Files.readAllBytes(Path.of("questions/sources", document.fileName()));
            String sha = java.util.HexFormat.of().formatHex(
                    java.security.MessageDigest.getInstance("SHA-256").digest(shipped));
            assertThat(sha).as(document.fileName()).isEqualTo(SEED_SHA256.get(document.fileName()));
        }
    }

    @Test
    void unknownSourceIsReportedByName() {
        assertThat(catalog.find("999_nope")).isEmpty();
        assertThatThrownBy(() -> catalog.get("999_nope")).hasMessageContaining("999_nope");
    }
}
