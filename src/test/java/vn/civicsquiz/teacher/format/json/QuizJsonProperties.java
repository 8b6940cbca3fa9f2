package vn.civicsquiz.teacher.format.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import vn.civicsquiz.question.QuestionDraft;
import vn.civicsquiz.teacher.format.DraftArbitraries;
import vn.civicsquiz.teacher.format.ImportResult;
import vn.civicsquiz.teacher.format.ImportedText;

class QuizJsonProperties {

    private final QuizJsonWriter writer = new QuizJsonWriter();
    private final QuizJsonReader reader = new QuizJsonReader();

    /** JSON is the lossless format: every stored question, of every kind, with every field, comes back equal. */
    @Property(tries = 300)
    void everyStoredDraftComesBackEqual(@ForAll("drafts") List<QuestionDraft> drafts) {
        List<QuestionDraft> stored = drafts.stream().map(ImportedText::normalise).toList();

        ImportResult back = reader.read(writer.write(stored).content());

        assertThat(back.errors()).isEmpty();
        assertThat(back.drafts()).isEqualTo(stored);
    }

    /** Hand-edited files may hold padded, CRLF or decomposed text; it is normalised once, on the way in. */
    @Property(tries = 200)
    void importedTextIsNormalisedOnce(@ForAll("drafts") List<QuestionDraft> drafts) {
        List<QuestionDraft> decomposed = drafts.stream().map(QuizJsonProperties::decomposed).toList();

        ImportResult back = reader.read(writer.write(decomposed).content());

        assertThat(back.drafts()).isEqualTo(drafts.stream().map(ImportedText::normalise).toList());
    }

    private static QuestionDraft decomposed(QuestionDraft q) {
        return new QuestionDraft(q.kind(), q.topic(), q.title(), nfd(q.stem()), q.options(), q.numericAnswer(),
                q.tolerance(), nfd(q.explanation()), q.difficulty(), q.factIds(), q.sourceId(), q.quote());
    }

    private static String nfd(String text) {
        return text == null ? null : Normalizer.normalize(text, Normalizer.Form.NFD);
    }

    @Property(tries = 500)
    void damagedDocumentsAreReportedNotThrown(@ForAll("damaged") String text) {
        ImportResult result = reader.read(text);

        int lines = text.split("\r\n|\r|\n", -1).length;
        assertThat(result.errors()).allSatisfy(e -> assertThat(e.line()).isBetween(1, lines));
        assertThat(result.questions()).allSatisfy(q -> assertThat(q.line()).isBetween(1, lines));
    }

    @Example
    void aNumberNoDecimalHoldsIsReportedOnItsLine() {
        ImportResult result = reader.read("{\"format\": \"civics-quiz\", \"version\": 1, \"questions\": [\n"
                + "{\"kind\": \"NUMERIC\", \"numericAnswer\": 1e9999999998}]}");

        assertThat(result.questions()).isEmpty();
        assertThat(result.errors()).singleElement().satisfies(e -> {
            assertThat(e.line()).isEqualTo(2);
            assertThat(e.message().english()).contains("too large or too small");
        });
    }

    @Provide
    Arbitrary<List<QuestionDraft>> drafts() {
        return DraftArbitraries.anyDraft().list().ofMaxSize(5);
    }

    @Provide
    Arbitrary<String> damaged() {
        Arbitrary<String> document = drafts().map(d -> writer.write(d).content());
        return Combinators.combine(document, Arbitraries.doubles().between(0, 1), Arbitraries.integers().between(0, 20),
                Arbitraries.of("", "{", "}", "[", "]", ",", "\"", ":", "null", "1e999999999", "\"kind\": 5",
                        "\"options\": [null]", "\n", "\\u00", "-", "true"))
                .as((doc, at, length, insert) -> {
                    int from = (int) (at * doc.length());
                    return doc.substring(0, from) + insert + doc.substring(Math.min(doc.length(), from + length));
                });
    }
}
