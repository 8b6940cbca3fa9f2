package vn.civicsquiz.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import vn.civicsquiz.content.fact.Fact;
import vn.civicsquiz.question.QuestionDraft;
import vn.civicsquiz.question.QuestionKind;

import static vn.civicsquiz.generate.Drafts.quoted;
import static vn.civicsquiz.generate.Vietnamese.capitalise;

/** One member at a time of an ordered family: which is the n-th, which number is this one, what comes next. */
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
                neighbour(family, base, fact, 1, seed).ifPresent(out::add);
                neighbour(family, base, fact, -1, seed).ifPresent(out::add);
                out.add(statement(family, base, fact, true, seed));
                out.add(statement(family, base, fact, false, seed));
            }
        }
        return out;
    }

    /** "Nhiệm vụ trọng tâm thứ ba trong chín nhiệm vụ … là gì?" */
    private QuestionDraft memberAt(OrderedFamily family, FactBase base, Fact fact, long seed) {
        Dice dice = Dice.of(seed, "member-at/" + fact.id());
        List<String> wrong = dice.sample(otherLabels(family, base, fact), 3);
        String stem = capitalise(family.nth(fact.ordinal())) + " trong " + family.whole(base) + " là gì?";
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
        String stem = "Trong " + family.whole(base) + ", " + quoted(fact.label()) + " là " + family.member()
                + " thứ mấy?";
        String answer = quoted(fact.label()) + " là " + family.nth(fact.ordinal());
        return Drafts.single(QuestionKind.SINGLE, stem, Vietnamese.ordinalOption(fact.ordinal()), wrong, answer,
                0.45 + middleness(fact, family, base), List.of(fact));
    }

    /** "… nào được nêu ngay sau «…»?" (step 1) or "ngay trước" (step -1). */
    private java.util.Optional<QuestionDraft> neighbour(OrderedFamily family, FactBase base, Fact fact, int step,
                                                        long seed) {
        return base.byOrdinal(family.set(), fact.ordinal() + step).map(next -> {
            Dice dice = Dice.of(seed, "neighbour/" + step + "/" + fact.id());
            List<String> candidates = otherLabels(family, base, next).stream()
                    .filter(l -> !l.equals(fact.label())).toList();
            List<String> wrong = dice.sample(candidates, 3);
            String where = step > 0 ? "ngay sau" : "ngay trước";
            String stem = "Trong " + family.whole(base) + ", " + family.member() + " nào được nêu " + where + " "
                    + quoted(fact.label()) + "?";
            String answer = capitalise(family.nth(next.ordinal())) + " là: " + next.label();
            return Drafts.single(QuestionKind.SINGLE, stem, next.label(), wrong, answer,
                    0.55 + middleness(next, family, base), List.of(next, fact));
        });
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
        String stem = capitalise(family.nth(ordinal)) + " trong " + family.whole(base) + " là: "
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
