package vn.civicsquiz.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import vn.civicsquiz.content.fact.Fact;
import vn.civicsquiz.content.fact.FactSet;
import vn.civicsquiz.question.QuestionDraft;
import vn.civicsquiz.question.QuestionKind;

import static vn.civicsquiz.generate.Drafts.quoted;
import static vn.civicsquiz.generate.Vietnamese.capitalise;

/**
 * Mottos and set phrases: what they mean, where they are said, who said them, and which lesson or task they belong
 * to. Trap statements (curated to mislead) are never asked about here: they only serve as wrong options elsewhere.
 */
final class PhraseQuestions implements QuestionTemplate {

    @Override
    public List<QuestionDraft> build(FactBase base, long seed) {
        List<Fact> phrases = base.of(FactSet.PHRASES).stream()
                .filter(p -> has(p, "phrase") && !"true".equals(p.attribute("trap"))).toList();
        List<QuestionDraft> out = new ArrayList<>();
        for (Fact phrase : phrases) {
            Dice dice = Dice.of(seed, "phrase/" + phrase.id());
            meaning(phrase, phrases, base, dice).forEach(out::add);
            PhraseSettings.context(phrase, phrases, base, dice).forEach(out::add);
            PhraseSettings.speaker(phrase, base, dice).ifPresent(out::add);
            for (OrderedFamily family : OrderedFamily.all()) {
                behindTheMotto(phrase, family, base, dice).forEach(out::add);
            }
        }
        return out;
    }

    static boolean has(Fact fact, String attribute) {
        return fact.attribute(attribute) != null && !fact.attribute(attribute).isBlank();
    }

    private List<QuestionDraft> meaning(Fact phrase, List<Fact> phrases, FactBase base, Dice dice) {
        if (!has(phrase, "meaning")) {
            return List.of();
        }
        List<Fact> others = phrases.stream().filter(o -> o != phrase && has(o, "meaning")
                && !base.means(phrase.attribute("phrase"), o.attribute("meaning"))
                && !base.means(o.attribute("phrase"), phrase.attribute("meaning"))).toList();
        if (others.size() < 3) {
            return List.of();
        }
        List<Fact> wrong = dice.sample(others, 3);
        return List.of(
                Drafts.single(QuestionKind.SINGLE, "Cụm từ " + quoted(phrase.attribute("phrase"))
                                + " trong các bài viết có nghĩa là gì?", capitalise(phrase.attribute("meaning")),
                        wrong.stream().map(o -> capitalise(o.attribute("meaning"))).toList(), meaningOf(phrase), 0.4,
                        List.of(phrase)),
                Drafts.single(QuestionKind.SINGLE, "Cụm từ nào trong các bài viết mang nghĩa sau: "
                                + Vietnamese.withoutFinalStop(phrase.attribute("meaning")) + "?", phrase.attribute("phrase"),
                        dice.sample(others, 3).stream().map(o -> o.attribute("phrase")).toList(), meaningOf(phrase),
                        0.45, List.of(phrase)),
                Drafts.trueFalse(statement(phrase, phrase), true, "Đúng. " + meaningOf(phrase), 0.2, List.of(phrase)),
                // the gloss belongs to another phrase, whose own true statement would give this one away
                Drafts.trueFalse(statement(phrase, wrong.get(0)), false, "Sai. " + meaningOf(phrase), 0.3,
                        List.of(phrase, wrong.get(0))));
    }

    private static String meaningOf(Fact phrase) {
        return quoted(phrase.attribute("phrase")) + " có nghĩa là: " + phrase.attribute("meaning");
    }

    private static String statement(Fact phrase, Fact meaningOf) {
        return "Cụm từ " + quoted(phrase.attribute("phrase")) + " có nghĩa là: "
                + Vietnamese.withoutFinalStop(meaningOf.attribute("meaning")) + ".";
    }

    /**
     * "Cụm từ «dĩ bất biến ứng vạn biến» gắn với bài học kinh nghiệm nào / thứ mấy?" when exactly one member quotes
     * it. Not asked when the member's label itself contains the phrase: that would give it away.
     */
    private List<QuestionDraft> behindTheMotto(Fact phrase, OrderedFamily family, FactBase base, Dice dice) {
        String folded = Folding.fold(phrase.attribute("phrase"));
        List<Fact> members = family.members(base);
        List<Fact> holders = members.stream()
                .filter(m -> Folding.fold(m.text() + " " + m.quote()).contains(folded)).toList();
        if (holders.size() != 1 || members.size() < 4) {
            return List.of();
        }
        Fact holder = holders.get(0);
        if (Folding.fold(holder.label()).contains(folded)) {
            return List.of(); // the member's own words, shown with its number in many other questions
        }
        String answer = quoted(phrase.attribute("phrase")) + " được nêu trong " + family.nth(holder.ordinal()) + ": "
                + holder.label();
        List<QuestionDraft> out = new ArrayList<>();
        List<String> wrongNumbers = dice.sample(IntStream.rangeClosed(1, members.size())
                .filter(n -> n != holder.ordinal()).boxed().toList(), 3).stream()
                .map(Vietnamese::ordinalOption).toList();
        out.add(Drafts.single(QuestionKind.SINGLE, "Trong " + family.whole(base) + ", cụm từ "
                        + quoted(phrase.attribute("phrase")) + " được nêu trong " + family.shortMember() + " thứ mấy?",
                Vietnamese.ordinalOption(holder.ordinal()), wrongNumbers, answer, 0.55, List.of(phrase, holder)));
        List<String> wrong = dice.sample(members.stream().filter(m -> m != holder).toList(), 3).stream()
                .map(Fact::label).toList();
        out.add(Drafts.single(QuestionKind.SINGLE, "Trong " + family.whole(base) + ", cụm từ "
                + quoted(phrase.attribute("phrase")) + " gắn với " + family.shortMember() + " nào?", holder.label(),
                wrong, answer, 0.5,
                List.of(phrase, holder)));
        return out;
    }

}
