package vn.civicsquiz.content.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextNormaliserTest {

    @Test
    void nfcComposesDecomposedVietnamese() {
        String decomposed = Normalizer.normalize("Đối ngoại toàn quốc", Normalizer.Form.NFD);
        assertThat(decomposed).isNotEqualTo("Đối ngoại toàn quốc");

        assertThat(TextNormaliser.nfc(decomposed)).isEqualTo("Đối ngoại toàn quốc");
    }

    /** A removed NUL or zero-width space may have stood between a letter and its mark: compose after removing. */
    @Test
    void aMarkSeparatedFromItsLetterByARemovedCharacterIsComposed() {
        assertThat(TextNormaliser.nfc("pha\u0000\u0301p")).isEqualTo("pháp");
        assertThat(TextNormaliser.nfcLines("gia\u200b\u0309i pha\u0301p")).isEqualTo("giải pháp");
        for (String s : List.of("p\u0000\u0301", "a\u200b\u0301\nb", "o\u00ad\u0303")) {
            String lines = TextNormaliser.nfcLines(s);
            assertThat(java.text.Normalizer.isNormalized(lines, java.text.Normalizer.Form.NFC)).as(s).isTrue();
            assertThat(TextNormaliser.fold(lines)).as(s).hasSameSizeAs(lines);
        }
    }

    @Test
    void nfcFoldsLookAlikeEthToVietnameseD() {
        // Article 003 writes its headline with U+00D0 (Icelandic Eth) instead of U+0110.
        String fromArticle003 = "\u00D0ổi mới, nâng cao hiệu quả công tác đối ngoại";

        String normalised = TextNormaliser.nfc(fromArticle003);

        assertThat(normalised).isEqualTo("Đổi mới, nâng cao hiệu quả công tác đối ngoại");
        assertThat(normalised.charAt(0)).isEqualTo('\u0110');
        assertThat(TextNormaliser.nfc("\u00F0ảng")).isEqualTo("đảng");
    }

    @Test
    void nfcTurnsNonBreakingSpacesIntoOneSpaceAndTrims() {
        // Articles 000 and 004 put U+00A0 inside and around names and captions.
        String fromArticle000 = "\u00A0Quang\u00A0cảnh Hội nghị Đối ngoại toàn quốc\u00A0 ";
        String fromArticle004 = "Tổng Bí thư\u00A0 Nguyễn Phú Trọng";

        assertThat(TextNormaliser.nfc(fromArticle000)).isEqualTo("Quang cảnh Hội nghị Đối ngoại toàn quốc");
        assertThat(TextNormaliser.nfc(fromArticle004)).isEqualTo("Tổng Bí thư Nguyễn Phú Trọng");
    }

    @Test
    void nfcRemovesControlAndInvisibleCharactersAndCollapsesWhitespace() {
        String messy = "\uFEFFViệt\u200B Nam\u0007 đã thiết lập\t\tquan hệ\r\nngoại giao";

        assertThat(TextNormaliser.nfc(messy)).isEqualTo("Việt Nam đã thiết lập quan hệ ngoại giao");
    }

    @Test
    void nfcLinesKeepsLineBreaksButCleansEachLine() {
        String document = "Hội nghị Đối ngoại toàn quốc\u00A0\r\n\r\n\u00A0 Ảnh: TTXVN\r\n";

        assertThat(TextNormaliser.nfcLines(document)).isEqualTo("Hội nghị Đối ngoại toàn quốc\n\nẢnh: TTXVN");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "hoá, hóa",
            "hoà, hòa",
            "khoá, khóa",
            "khoẻ, khỏe",
            "thuỷ, thủy",
            "Thuỵ Điển, Thụy Điển",
            "uý, úy",
            "Thành uỷ, Thành ủy",
            "HOÁ, HÓA",
            "thoả thuận, thỏa thuận",
            "'đa phương hoá, đa dạng hoá', 'đa phương hóa, đa dạng hóa'"
    })
    void oldTonePlacementBecomesNewPlacement(String old, String expected) {
        assertThat(TextNormaliser.newTonePlacement(old)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} stays")
    @CsvSource({
            "quý",          // qu is a consonant: the tone belongs on y
            "hoàn thành",   // closed syllable: the tone is on a in both styles
            "ngoài",        // oai, not oa at the end of the syllable
            "khuyến khích",
            "hòa bình",
            "Ủy ban"
    })
    void wordsWhoseToneIsAlreadyWhereTheNewStyleWantsItStay(String word) {
        assertThat(TextNormaliser.newTonePlacement(word)).isEqualTo(word);
    }

    @Test
    void foldMakesOldAndNewSpellingsAndCaseEqual() {
        assertThat(TextNormaliser.fold("Văn hoá")).isEqualTo(TextNormaliser.fold("văn hóa"));
        assertThat(TextNormaliser.fold("\u00D0ẢNG")).isEqualTo(TextNormaliser.fold("Đảng")).isEqualTo("đảng");
        assertThat(TextNormaliser.fold("Thành\u00A0uỷ  Hà Nội")).isEqualTo("thành ủy hà nội");
    }

    @Test
    void displayUsesNewTonePlacementButKeepsCase() {
        assertThat(TextNormaliser.display(" Đa phương hoá,\u00A0đa dạng hoá ")).isEqualTo("Đa phương hóa, đa dạng hóa");
    }

    @Test
    void foldStillDistinguishesDiacritics() {
        assertThat(TextNormaliser.fold("Đảng")).isNotEqualTo(TextNormaliser.fold("dang"));
        assertThat(TextNormaliser.fold("bạn")).isNotEqualTo(TextNormaliser.fold("bán"));
    }

    @Test
    void searchKeyIgnoresDiacriticsAndDStroke() {
        assertThat(TextNormaliser.searchKey("Đối ngoại toàn quốc")).isEqualTo("doi ngoai toan quoc");
        assertThat(TextNormaliser.searchKey("\u00D0ổi mới")).isEqualTo("doi moi");
        assertThat(TextNormaliser.searchKey("Thuỷ  lợi")).isEqualTo(TextNormaliser.searchKey("thủy lợi"))
                .isEqualTo("thuy loi");
    }

    @Test
    void nullBecomesEmpty() {
        assertThat(TextNormaliser.nfc(null)).isEmpty();
        assertThat(TextNormaliser.fold(null)).isEmpty();
        assertThat(TextNormaliser.searchKey(null)).isEmpty();
        assertThat(TextNormaliser.nfcLines(null)).isEmpty();
    }
}
