package vn.civicsquiz.learner;

import org.junit.jupiter.api.Test;

import java.text.Normalizer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Names people show to others are judged after NFC, and nothing in them hides or reorders text. */
class DisplayNamesTest {

    private static final DisplayNames.Kind NAME = DisplayNames.Kind.DISPLAY_NAME;
    private static final DisplayNames.Kind NICK = DisplayNames.Kind.NICKNAME;

    @Test
    void vietnameseNamesAreKeptInNfcWithSpacesTidied() {
        String decomposed = Normalizer.normalize("Nguyễn  Thị   Lan", Normalizer.Form.NFD);
        assertThat(DisplayNames.check(decomposed, NAME)).contains("Nguyễn Thị Lan");
        assertThat(DisplayNames.check("Trần Đức-Anh O'Neil_2", NAME)).contains("Trần Đức-Anh O'Neil_2");
        assertThat(DisplayNames.check("   ", NAME)).isEmpty();
        assertThat(DisplayNames.check(null, NICK)).isEmpty();
    }

    @Test
    void theLengthIsCountedAfterNormalising() {
        // U+0958 is one character that NFC writes as two (it is excluded from composition)
        String expanding = "\u0958".repeat(60);
        assertThat(expanding.length()).isLessThanOrEqualTo(NAME.max);
        assertThat(Normalizer.normalize(expanding, Normalizer.Form.NFC).length()).isGreaterThan(NAME.max);
        refused(expanding, NAME);
        refused("a".repeat(101), NAME);
        assertThat(DisplayNames.check("ễ".repeat(100), NAME)).isPresent();
        refused("ab", NICK);
        refused("x".repeat(41), NICK);
        assertThat(DisplayNames.check(Normalizer.normalize("Ngọc", Normalizer.Form.NFD), NICK)).contains("Ngọc");
    }

    @Test
    void bidiControlsInvisibleAndControlCharactersAreRefusedNotDropped() {
        for (String hidden : new String[]{"\u202E", "\u202A", "\u202D", "\u2066", "\u2067", "\u2068", "\u2069",
                "\u200E", "\u200F", "\u061C", "\u200B", "\u200C", "\u200D", "\u2060", "\uFEFF", "\u00AD", "\u0000",
                "\u0007", "\n", "\t", "\u2028", "\uE000"}) {
            refused("Hoa" + hidden + "Sen", NAME);
            refused("Hoa" + hidden + "Sen", NICK);
        }
    }

    @Test
    void onlyLettersDigitsSpacesAndAFewMarksOfNamesAreAllowed() {
        for (String odd : new String[]{"<b>Lan</b>", "Lan;DROP", "Lan@site", "Lan/Mai", "Lan 🙂", "\u0301Lan",
                "Lan\u0301\u0301\u0301\u0301\u0301"}) {
            refused(odd, NAME);
        }
    }

    @Test
    void namesThatDifferOnlyInCaseOrDiacriticsShareAKey() {
        assertThat(DisplayNames.sameNameKey("Hòa Sen")).isEqualTo(DisplayNames.sameNameKey("HOA SEN"))
                .isEqualTo(DisplayNames.sameNameKey("hoà sen"));
        assertThat(DisplayNames.sameNameKey("Đức")).isEqualTo(DisplayNames.sameNameKey("duc"));
        assertThat(DisplayNames.sameNameKey("\uFF21lice")).as("full-width A").isEqualTo(DisplayNames.sameNameKey("Alice"));
        assertThat(DisplayNames.sameNameKey("Ｈòa\u00A0Sen")).isEqualTo(DisplayNames.sameNameKey("hoa sen"));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> DisplayNames.check("\uFDFA".repeat(5),
                DisplayNames.Kind.GAME_NICKNAME)).isInstanceOf(AccountException.class);
        assertThat(DisplayNames.sameNameKey("Hoa Sen")).isNotEqualTo(DisplayNames.sameNameKey("Hoa Sen 2"));
    }

    private static void refused(String name, DisplayNames.Kind kind) {
        assertThatThrownBy(() -> DisplayNames.check(name, kind)).as(name.codePoints()
                        .mapToObj(c -> String.format("U+%04X", c)).toList().toString())
                .isInstanceOfSatisfying(AccountException.class, e -> assertThat(e.reason()).isEqualTo("invalid"));
    }
}
