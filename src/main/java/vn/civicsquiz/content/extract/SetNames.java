package vn.civicsquiz.content.extract;

import vn.civicsquiz.content.fact.FactSet;
import vn.civicsquiz.content.text.TextNormaliser;

import java.util.Optional;

/** Files an enumeration or group under a set by the noun its header announces ("9 nhiệm vụ trọng tâm"). */
final class SetNames {

    private SetNames() {
    }

    static Optional<FactSet> known(String headerNoun) {
        String noun = TextNormaliser.fold(headerNoun);
        if (noun.startsWith("nhiệm vụ")) {
            return Optional.of(FactSet.NINE_TASKS);
        }
        if (noun.startsWith("bài học")) {
            return Optional.of(FactSet.FIVE_LESSONS);
        }
        if (noun.startsWith("trụ cột")) {
            return Optional.of(FactSet.THREE_PILLARS);
        }
        return Optional.empty();
    }

    /** A known set's slug, else "{kind}-{noun slug}" such as "enumeration-nhom-nhiem-vu" or plain "{kind}". */
    static String name(String kind, String headerNoun) {
        if (headerNoun == null || headerNoun.isBlank()) {
            return kind;
        }
        return known(headerNoun).map(FactSet::slug)
                .orElseGet(() -> kind + "-" + FactIds.slug(headerNoun, 4));
    }
}
