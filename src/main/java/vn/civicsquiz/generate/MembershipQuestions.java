package vn.civicsquiz.generate;

import java.util.ArrayList;
import java.util.List;

import vn.civicsquiz.content.fact.Fact;
import vn.civicsquiz.question.QuestionDraft;
import vn.civicsquiz.question.QuestionDraft.OptionDraft;
import vn.civicsquiz.question.QuestionKind;

import static vn.civicsquiz.generate.Drafts.quoted;

/**
 * Is it one of them? The odd one out (NEGATIVE) and pick-all-that-belong (MULTIPLE) for the tasks and the lessons.
 * The outsiders come from the neighbouring family (a lesson among tasks), so they sound right but are not members;
 * an outsider that says nearly the same as some member is never used.
 */
final class MembershipQuestions implements QuestionTemplate {

    private static final int MULTIPLE_VARIANTS = 5;

    @Override
    public List<QuestionDraft> build(FactBase base, long seed) {
        List<QuestionDraft> out = new ArrayList<>();
        for (OrderedFamily family : OrderedFamily.all()) {
            List<Fact> members = family.members(base);
            List<Fact> outsiders = outsiders(family, base);
            if (members.size() < 3 || outsiders.isEmpty()) {
                continue;
            }
            for (Fact outsider : outsiders) {
                out.add(oddOneOut(family, base, outsider, seed));
                out.add(belongs(family, base, outsider, false));
            }
            for (Fact member : members) {
                out.add(belongs(family, base, member, true));
            }
            if (members.size() >= 3 && outsiders.size() >= 2) {
                for (int variant = 0; variant < MULTIPLE_VARIANTS; variant++) {
                    out.add(allThatBelong(family, base, outsiders, variant, seed));
                }
            }
        }
        return out;
    }

    /**
     * Facts of the neighbouring family that are plainly not members. A lesson that restates the foreign-policy line
     * («Nhất quán thực hiện đường lối đối ngoại độc lập, tự chủ…») is never one: the articles give that line as the
     * core of Đại hội XIII's foreign policy, which every task carries out, so "not a task" could not be shown.
     */
    static List<Fact> outsiders(OrderedFamily family, FactBase base) {
        return base.of(family.outsider()).stream().filter(f -> !base.resembles(family.set(), f.label()))
                .filter(f -> !restatesTheLine(f)).filter(f -> !overlapsAMember(f, family, base)).toList();
    }

    /**
     * A task whose full wording says part of a lesson ({@code overlaps} in the facts, e.g. task 4's "giữa đối ngoại
     * với quốc phòng, an ninh" and lesson 3's "gắn kết … với đường lối, chính sách quốc phòng, an ninh"): a careful
     * reader could not rule it out as "not a lesson".
     */
    static boolean overlapsAMember(Fact outsider, OrderedFamily family, FactBase base) {
        return family.members(base).stream().anyMatch(m -> m.id().equals(outsider.attribute("overlaps")));
    }

    /** The label names the foreign-policy line itself ("đường lối đối ngoại"). */
    static boolean restatesTheLine(Fact fact) {
        return Folding.fold(fact.label()).contains(Folding.fold(THE_LINE));
    }

    static final String THE_LINE = "đường lối đối ngoại";

    /** "Đâu KHÔNG phải là một trong chín nhiệm vụ trọng tâm …?" */
    private QuestionDraft oddOneOut(OrderedFamily family, FactBase base, Fact outsider, long seed) {
        Dice dice = Dice.of(seed, "odd-one-out/" + family.set().slug() + "/" + outsider.id());
        List<Fact> shown = dice.sample(family.members(base), 3);
        String stem = "Nội dung nào sau đây KHÔNG phải là một trong " + family.whole(base) + "?";
        String answer = quoted(outsider.label()) + " không thuộc " + family.whole(base) + "; đó là "
                + new OrderedFamilyOf(outsider).describe();
        List<Fact> facts = new ArrayList<>(shown);
        facts.add(outsider);
        QuestionDraft draft = Drafts.single(QuestionKind.NEGATIVE, stem, outsider.label(),
                shown.stream().map(Fact::label).toList(), answer, 0.45, facts);
        // the explanation says where the key belongs, so it quotes the key's own sentence, not a member's
        return Drafts.quoting(draft, outsider.source(), outsider.quote(), answer);
    }

    /**
     * "«…» là một trong các nhiệm vụ trọng tâm …": true for a member, false for an outsider. Both are questions of
     * the family named, so within a topic the form of the statement does not tell its truth.
     */
    private QuestionDraft belongs(OrderedFamily family, FactBase base, Fact fact, boolean isMember) {
        String stem = quoted(fact.label()) + " là một trong " + family.whole(base) + ".";
        String answer = isMember
                ? "Đúng. " + quoted(fact.label()) + " là " + family.nth(fact.ordinal())
                : "Sai. " + quoted(fact.label()) + " không thuộc " + family.whole(base) + "; đó là "
                + new OrderedFamilyOf(fact).describe();
        return Drafts.inTopic(Drafts.trueFalse(stem, isMember, answer, isMember ? 0.25 : 0.35, List.of(fact)),
                family.set().slug());
    }

    /** Two or three members among four options; all and only the members must be chosen. */
    private QuestionDraft allThatBelong(OrderedFamily family, FactBase base, List<Fact> outsiders, int variant,
                                        long seed) {
        Dice dice = Dice.of(seed, "all-that-belong/" + family.set().slug() + "/" + variant);
        int memberCount = 2 + dice.nextInt(2);
        List<Fact> in = dice.sample(family.members(base), memberCount);
        List<Fact> out = dice.sample(outsiders, 4 - memberCount);
        List<OptionDraft> options = new ArrayList<>();
        in.forEach(f -> options.add(OptionDraft.choice(f.label(), true)));
        out.forEach(f -> options.add(OptionDraft.choice(f.label(), false)));
        String stem = "Những nội dung nào sau đây thuộc " + family.whole(base) + "? (Chọn tất cả đáp án đúng)";
        StringBuilder answer = new StringBuilder("Thuộc " + family.whole(base) + ": ");
        for (int i = 0; i < in.size(); i++) {
            answer.append(i == 0 ? "" : "; ").append(quoted(in.get(i).label())).append(" (")
                    .append(family.shortNth(in.get(i).ordinal())).append(")");
        }
        List<Fact> facts = new ArrayList<>(in);
        facts.addAll(out);
        return Drafts.draft(QuestionKind.MULTIPLE, stem, dice.shuffled(options), null, null, answer.toString(),
                0.5 + 0.05 * memberCount, facts);
    }

    /** Names the family an outsider really belongs to, for the explanation, after the other family was named. */
    private record OrderedFamilyOf(Fact fact) {
        String describe() {
            return OrderedFamily.all().stream().filter(f -> f.set() == fact.set()).findFirst()
                    .map(f -> f.nth(fact.ordinal()) + " " + f.again())
                    .orElse(fact.set().slug());
        }
    }
}
