package vn.civicsquiz.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import vn.civicsquiz.content.Fact;
import vn.civicsquiz.content.FactSet;
import vn.civicsquiz.content.TextNormaliser;
import vn.civicsquiz.question.QuestionDraft;
import vn.civicsquiz.question.QuestionKind;

import static vn.civicsquiz.generate.Drafts.quoted;
import static vn.civicsquiz.generate.Vietnamese.capitalise;

/** Mottos and set phrases: what they mean, which phrase means this, and which lesson or task they come from. */
final class PhraseQuestions implements QuestionTemplate {

    @Override
    public List<QuestionDraft> build(FactBase base, long seed) {
        List<Fact> phrases = base.of(FactSet.PHRASES).stream()
                .filter(p -> p.attribute("phrase") != null && p.attribute("meaning") != null).toList();
        List<QuestionDraft> out = new ArrayList<>();
        for (Fact phrase : phrases) {
            Dice dice = Dice.of(seed, "phrase/" + phrase.id());
            List<Fact> others = phrases.stream().filter(o -> o != phrase
                    && !base.means(phrase.attribute("phrase"), o.attribute("meaning"))
                    && !base.means(o.attribute("phrase"), phrase.attribute("meaning"))).toList();
            if (others.size() >= 3) {
                List<Fact> wrong = dice.sample(others, 3);
                out.add(Drafts.single(QuestionKind.SINGLE, "Cụm từ " + quoted(phrase.attribute("phrase"))
                                + " trong các bài viết có nghĩa là gì?", capitalise(phrase.attribute("meaning")),
                        wrong.stream().map(o -> capitalise(o.attribute("meaning"))).toList(), meaning(phrase), 0.4,
                        List.of(phrase)));
                out.add(Drafts.single(QuestionKind.SINGLE, "Cụm từ nào trong các bài viết mang nghĩa: "
                                + quoted(phrase.attribute("meaning")) + "?", phrase.attribute("phrase"),
                        dice.sample(others, 3).stream().map(o -> o.attribute("phrase")).toList(), meaning(phrase),
                        0.45, List.of(phrase)));
                out.add(Drafts.trueFalse(statement(phrase, phrase), true, "Đúng. " + meaning(phrase), 0.2,
                        List.of(phrase)));
                out.add(Drafts.trueFalse(statement(phrase, wrong.get(0)), false, "Sai. " + meaning(phrase), 0.3,
                        List.of(phrase)));
            }
            for (OrderedFamily family : OrderedFamily.all()) {
                behindTheMotto(phrase, family, base, dice).ifPresent(out::add);
            }
        }
        return out;
    }

    private static String meaning(Fact phrase) {
        return quoted(phrase.attribute("phrase")) + " có nghĩa là: " + phrase.attribute("meaning");
    }

    private static String statement(Fact phrase, Fact meaningOf) {
        return "Cụm từ " + quoted(phrase.attribute("phrase")) + " có nghĩa là: "
                + Vietnamese.withoutFinalStop(meaningOf.attribute("meaning")) + ".";
    }

    /** "Phương châm «dĩ bất biến ứng vạn biến» thuộc bài học kinh nghiệm nào?" when exactly one member quotes it. */
    private Optional<QuestionDraft> behindTheMotto(Fact phrase, OrderedFamily family, FactBase base, Dice dice) {
        String folded = Folding.fold(phrase.attribute("phrase"));
        List<Fact> holders = family.members(base).stream()
                .filter(m -> Folding.fold(m.text() + " " + m.quote()).contains(folded)).toList();
        if (holders.size() != 1) {
            return Optional.empty();
        }
        Fact holder = holders.get(0);
        List<Fact> others = family.members(base).stream().filter(m -> m != holder).toList();
        if (others.size() < 3) {
            return Optional.empty();
        }
        String stem = "Cụm từ " + quoted(phrase.attribute("phrase")) + " gắn với " + family.member() + " nào trong "
                + family.whole(base) + "?";
        String answer = quoted(phrase.attribute("phrase")) + " được nêu trong " + family.nth(holder.ordinal()) + ": "
                + holder.label();
        return Optional.of(Drafts.single(QuestionKind.SINGLE, stem, holder.label(),
                dice.sample(others, 3).stream().map(Fact::label).toList(), answer, 0.5, List.of(phrase, holder)));
    }
}
