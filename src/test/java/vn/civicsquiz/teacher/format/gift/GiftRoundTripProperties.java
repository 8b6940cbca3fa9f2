package vn.civicsquiz.teacher.format.gift;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import vn.civicsquiz.question.QuestionDraft;
import vn.civicsquiz.teacher.format.DraftArbitraries;
import vn.civicsquiz.teacher.format.ExportResult;
import vn.civicsquiz.teacher.format.ImportResult;

class GiftRoundTripProperties {

    private final GiftWriter writer = new GiftWriter();
    private final GiftReader reader = new GiftReader();

    @Property(tries = 400)
    void everyKindGiftSupportsComesBackUnchanged(@ForAll("nativeDrafts") List<QuestionDraft> drafts) {
        ExportResult exported = writer.write(drafts);
        ImportResult back = reader.read(exported.content());

        assertThat(exported.skipped()).isEmpty();
        assertThat(exported.converted()).isEmpty();
        assertThat(back.errors()).isEmpty();
        assertThat(back.skipped()).isEmpty();
        assertThat(back.warnings()).isEmpty();
        assertThat(back.drafts()).isEqualTo(drafts);
    }

    /** Any draft either comes back as its documented GIFT projection or is reported as skipped. */
    @Property(tries = 400)
    void anyDraftComesBackAsItsProjectionOrIsReported(@ForAll("anyDrafts") List<QuestionDraft> drafts) {
        ExportResult exported = writer.write(drafts);
        ImportResult back = reader.read(exported.content());

        List<QuestionDraft> expected = new ArrayList<>();
        List<Integer> refused = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            GiftProjection.Outcome outcome = GiftProjection.of(drafts.get(i));
            if (outcome.draft() == null) {
                refused.add(i + 1);
            } else {
                expected.add(outcome.draft());
            }
        }
        Statistics.label("written").collect(!expected.isEmpty());
        Statistics.label("converted").collect(!exported.converted().isEmpty());
        Statistics.label("written").coverage(c -> c.check(true).percentage(p -> p > 50));
        Statistics.label("converted").coverage(c -> c.check(true).percentage(p -> p > 3));
        assertThat(exported.skipped()).extracting(ExportResult.Note::position).isEqualTo(refused);
        assertThat(back.errors()).isEmpty();
        assertThat(back.skipped()).isEmpty();
        assertThat(back.drafts()).isEqualTo(expected);
    }

    @Property(tries = 200)
    void projectionIsStable(@ForAll("anyDrafts") List<QuestionDraft> drafts) {
        for (QuestionDraft draft : drafts) {
            GiftProjection.Outcome once = GiftProjection.of(draft);
            if (once.draft() != null) {
                assertThat(GiftProjection.of(once.draft()).draft()).isEqualTo(once.draft());
            }
        }
    }

    @Provide
    Arbitrary<List<QuestionDraft>> nativeDrafts() {
        return GiftNativeDrafts.any().list().ofMinSize(1).ofMaxSize(6);
    }

    @Provide
    Arbitrary<List<QuestionDraft>> anyDrafts() {
        return DraftArbitraries.anyDraft().list().ofMinSize(1).ofMaxSize(6);
    }
}
