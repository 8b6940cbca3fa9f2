package vn.civicsquiz.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import vn.civicsquiz.content.fact.Fact;
import vn.civicsquiz.question.QuestionDraft;
import vn.civicsquiz.question.QuestionKind;

import static vn.civicsquiz.generate.Drafts.quoted;
import static vn.civicsquiz.generate.Vietnamese.capitalise;

/**
 * One member at a time of an ordered family: which is the n-th, which number is this one. Which member comes next
 * to which is not asked: the article attaches no meaning to neighbours in its list.
 */
final class OrdinalQuestions implements QuestionTemplate {

    @Override
    public List<QuestionDraft> build(FactBase base, long seed) {
        List<QuestionDraft> out = new ArrayList<>();
        for (OrderedFamily family : OrderedFamily.all()) {
            List<Fact> members = family.members(base);
            if (members.size() < 4) {
                continue;
            }
            for (Fact fact : members) {
                out.add(memberAt(family, base, fact, seed));
                out.add(numberOf(family, base, fact, seed));
                out.add(statement(family, base, fact, true, seed));
                out.add(statement(family, base, fact, false, seed));
            }
        }
        return out;
    }

    /** "Trong các nhiệm vụ trọng tâm … , nhiệm vụ thứ ba là gì?" */
    private QuestionDraft memberAt(OrderedFamily family, FactBase base, Fact fact, long seed) {
        Dice dice = Dice.of(seed, "member-at/" + fact.id());
        List<String> wrong = dice.sample(otherLabels(family, base, fact), 3);
        String stem = "Trong " + family.whole(base) + ", " + family.shortNth(fact.ordinal()) + " là gì?";
        String answer = capitalise(family.nth(fact.ordinal())) + " là: " + fact.label();
        return Drafts.single(QuestionKind.SINGLE, stem, fact.label(), wrong, answer,
                0.35 + middleness(fact, family, base), List.of(fact));
    }

    /** "«…» là nhiệm vụ trọng tâm thứ mấy?" */
    private QuestionDraft numberOf(OrderedFamily family, FactBase base, Fact fact, long seed) {
        Dice dice = Dice.of(seed, "number-of/" + fact.id());
        List<Integer> others = IntStream.rangeClosed(1, family.members(base).size())
                .filter(n -> n != fact.ordinal()).boxed().toList();
        List<String> wrong = dice.sample(others, 3).stream().map(Vietnamese::ordinalOption).toList();
        String stem = "Trong " + family.whole(base) + ", " + quoted(fact.label()) + " là " + family.shortMember()
                + " thứ mấy?";
        String answer = quoted(fact.label()) + " là " + family.nth(fact.ordinal());
        return Drafts.single(QuestionKind.SINGLE, stem, Vietnamese.ordinalOption(fact.ordinal()), wrong, answer,
                0.45 + middleness(fact, family, base), List.of(fact));
    }

    /**
     * True: the real ordinal. False: a controlled change, the ordinal swapped for a nearby one; it names the member
     * at that ordinal as a tested fact too.
     */
    private QuestionDraft statement(OrderedFamily family, FactBase base, Fact fact, boolean isTrue, long seed) {
        int ordinal = fact.ordinal();
        double difficulty = 0.2;
        if (!isTrue) {
            Dice dice = Dice.of(seed, "swapped-ordinal/" + fact.id());
            int size = family.members(base).size();
            List<Integer> near = IntStream.rangeClosed(1, size)
                    .filter(n -> n != fact.ordinal() && Math.abs(n - fact.ordinal()) <= 2).boxed().toList();
            ordinal = dice.pick(near);
            difficulty += Math.abs(ordinal - fact.ordinal()) == 1 ? 0.15 : 0.05;
        }
        String stem = "Trong " + family.whole(base) + ", " + family.shortNth(ordinal) + " là: "
                + quoted(fact.label()) + ".";
        String answer = (isTrue ? "Đúng. " : "Sai. ") + quoted(fact.label()) + " là " + family.nth(fact.ordinal());
        // a false ordinal also tests the member really at that place: its true twin ("thứ ba là «…»") is never in
        // the same quiz, where one would give the other away
        List<Fact> tested = isTrue ? List.of(fact)
                : base.byOrdinal(family.set(), ordinal).map(at -> List.of(fact, at)).orElse(List.of(fact));
        return Drafts.trueFalse(stem, isTrue, answer, difficulty, tested);
    }

    private static List<String> otherLabels(OrderedFamily family, FactBase base, Fact except) {
        return family.members(base).stream().filter(f -> !f.id().equals(except.id())).map(Fact::label).toList();
    }

    /** Learners remember the first and the last member best. */
    private static double middleness(Fact fact, OrderedFamily family, FactBase base) {
        int size = family.members(base).size();
        return fact.ordinal() == 1 || fact.ordinal() == size ? 0.0 : 0.1;
    }
}
