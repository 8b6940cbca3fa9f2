package vn.civicsquiz.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import vn.civicsquiz.content.fact.Fact;
import vn.civicsquiz.content.fact.FactSet;
import vn.civicsquiz.question.QuestionDraft;
import vn.civicsquiz.question.QuestionKind;

import static vn.civicsquiz.generate.Drafts.quoted;
import static vn.civicsquiz.generate.PhraseQuestions.has;
import static vn.civicsquiz.generate.Vietnamese.capitalise;

/** Where a phrase is said (its context) and who said it. */
final class PhraseSettings {

    private PhraseSettings() {
    }

    /**
     * "Cụm từ «…» được nêu trong bối cảnh nào?" with other phrases' contexts, never one where the phrase is also
     * said: phrases recur ("độc lập, tự chủ, đa phương hóa, đa dạng hóa" is in a lesson and in the 2021-2030 line).
     */
    static List<QuestionDraft> context(Fact phrase, List<Fact> phrases, FactBase base, Dice dice) {
        if (!has(phrase, "context")) {
            return List.of();
        }
        String own = Folding.fold(phrase.attribute("context"));
        List<String> others = new ArrayList<>();
        for (Fact other : dice.shuffled(phrases)) {
            String context = other.attribute("context");
            if (has(other, "context") && !Folding.fold(context).equals(own) && !sayableIn(phrase, other)
                    && others.stream().noneMatch(o -> Folding.fold(o).equals(Folding.fold(context)))
                    && !saidIn(phrase, context, phrases, base)) {
                others.add(capitalise(context));
            }
        }
        String answer = quoted(phrase.attribute("phrase")) + " được nêu trong bối cảnh: " + phrase.attribute("context");
        if (others.size() < 3) {
            // said in every article that gives a context: no wrong context is certain, its own one is
            return List.of(Drafts.trueFalse("Cụm từ " + quoted(phrase.attribute("phrase")) + " được nêu trong bối cảnh: "
                    + phrase.attribute("context") + ".", true, "Đúng. " + answer, 0.25, List.of(phrase)));
        }
        return List.of(
                Drafts.single(QuestionKind.SINGLE, "Cụm từ " + quoted(phrase.attribute("phrase"))
                                + (saidElsewhere(phrase) ? " được nêu trong bối cảnh nào sau đây?"
                                : " được nêu trong bối cảnh nào?"), capitalise(phrase.attribute("context")),
                        others.subList(0, 3), answer, 0.45, List.of(phrase)),
                Drafts.trueFalse("Cụm từ " + quoted(phrase.attribute("phrase")) + " được nêu trong bối cảnh: "
                        + Vietnamese.decapitalise(others.get(0)) + ".", false, "Sai. " + answer, 0.35, List.of(phrase)));
    }

    /**
     * A phrase said in several articles has several contexts and speakers: "Cụm từ «…» được nêu trong bối cảnh nào?"
     * would need a guess at which one is meant. Its context is asked among the options only ("… nào sau đây?", every
     * other option from an article that never says it), and its speaker not at all.
     */
    static boolean saidElsewhere(Fact phrase) {
        return has(phrase, "alsoIn");
    }

    /**
     * True when the phrase occurs in the article the other context comes from ({@code alsoIn} lists every article
     * besides its own that says the phrase; grounding checks the list is complete; {@code echoedIn} those that say
     * it in other words, found by reading): that context could be its own.
     */
    static boolean sayableIn(Fact phrase, Fact other) {
        java.util.Set<String> articles = new java.util.HashSet<>();
        articles.add(phrase.source());
        for (String listing : List.of("alsoIn", "echoedIn")) {
            if (has(phrase, listing)) {
                for (String id : phrase.attribute(listing).split(",")) {
                    articles.add(id.strip());
                }
            }
        }
        return articles.contains(other.source());
    }

    /** True when the phrase occurs in a fact said in that context, or in the member the context names. */
    static boolean saidIn(Fact phrase, String context, List<Fact> phrases, FactBase base) {
        String said = Folding.fold(phrase.attribute("phrase"));
        String where = Folding.fold(context);
        boolean inAPhraseOfThatContext = phrases.stream()
                .filter(o -> has(o, "context") && Folding.fold(o.attribute("context")).equals(where))
                .anyMatch(o -> Folding.fold(o.quote() + " " + o.text()).contains(said));
        boolean inTheNamedMember = OrderedFamily.all().stream().flatMap(f -> f.members(base).stream()
                        .filter(m -> where.contains(Folding.fold(f.nth(m.ordinal())))))
                .anyMatch(m -> Folding.fold(m.text() + " " + m.quote()).contains(said));
        return inAPhraseOfThatContext || inTheNamedMember;
    }

    /**
     * A role of a province or city ("Chủ tịch HĐND tỉnh Điện Biên", "Bí thư Thành ủy Đà Nẵng"). A national leader's
     * words are asked among national leaders, a city's among local ones: otherwise the level alone gives it away.
     */
    static boolean local(String role) {
        String r = Folding.fold(role);
        return java.util.stream.Stream.of("tỉnh", "thành ủy", "thành phố", "hđnd", "ubnd")
                .anyMatch(w -> r.contains(Folding.fold(w)));
    }

    /** "Ai đã nêu phương châm «…»?" with people of the fact base, named with their role as the articles do. */
    static Optional<QuestionDraft> speaker(Fact phrase, FactBase base, Dice dice) {
        if (!has(phrase, "speaker") || saidElsewhere(phrase)) {
            return Optional.empty();
        }
        String speaker = Folding.fold(phrase.attribute("speaker"));
        boolean localSpeaker = local(phrase.attribute("speaker"));
        List<String> others = dice.shuffled(base.of(FactSet.PEOPLE)).stream()
                .filter(p -> has(p, "name") && !speaker.contains(Folding.fold(p.attribute("name"))))
                .filter(p -> local(p.attribute("role")) == localSpeaker)
                .map(p -> p.attribute("role") + " " + p.attribute("name"))
                .filter(s -> !Folding.fold(s).equals(speaker)).distinct().toList();
        if (others.size() < 3) {
            return Optional.empty();
        }
        String answer = quoted(phrase.attribute("phrase")) + " do " + phrase.attribute("speaker") + " nêu";
        return Optional.of(Drafts.single(QuestionKind.SINGLE, "Theo các bài viết, ai đã nêu "
                        + quoted(phrase.attribute("phrase")) + "?", phrase.attribute("speaker"), others.subList(0, 3),
                answer, 0.45, List.of(phrase)));
    }
}
