package vn.civicsquiz.generate;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import vn.civicsquiz.content.fact.Fact;
import vn.civicsquiz.question.QuestionDraft;
import vn.civicsquiz.question.QuestionDraft.OptionDraft;
import vn.civicsquiz.question.QuestionKind;

import static vn.civicsquiz.generate.Vietnamese.capitalise;

/** Several members at once: put them in order (ORDERING) or give each its number (MATCHING). */
final class ArrangementQuestions implements QuestionTemplate {

    private static final int MATCHING_GROUP = 4;

    @Override
    public List<QuestionDraft> build(FactBase base, long seed) {
        List<QuestionDraft> out = new ArrayList<>();
        for (OrderedFamily family : OrderedFamily.all()) {
            List<Fact> members = family.members(base);
            if (members.size() < 4) {
                continue;
            }
            for (List<Fact> subset : orderingSubsets(members)) {
                out.add(ordering(family, base, subset, seed));
            }
            for (List<Fact> group : matchingGroups(members, seed, family)) {
                out.add(matching(family, base, group, seed));
            }
        }
        return out;
    }

    /** Every run of five and of four consecutive members; for a family of five also every four of them. */
    static List<List<Fact>> orderingSubsets(List<Fact> members) {
        Set<List<Fact>> subsets = new LinkedHashSet<>();
        for (int size : new int[] {5, 4}) {
            for (int start = 0; start + size <= members.size(); start++) {
                subsets.add(members.subList(start, start + size));
            }
        }
        if (members.size() == 5) {
            for (int left = 0; left < 5; left++) {
                int skip = left;
                subsets.add(IntStream.range(0, 5).filter(i -> i != skip).mapToObj(members::get).toList());
            }
        }
        return new ArrayList<>(subsets);
    }

    private QuestionDraft ordering(OrderedFamily family, FactBase base, List<Fact> subset, long seed) {
        Dice dice = Dice.of(seed, "ordering/" + subset.stream().map(Fact::id).toList());
        List<OptionDraft> options = new ArrayList<>();
        for (int i = 0; i < subset.size(); i++) {
            options.add(new OptionDraft(subset.get(i).label(), true, i + 1, null, null, null));
        }
        List<OptionDraft> shown = dice.shuffled(options);
        if (shown.equals(options)) {
            shown = new ArrayList<>(options.subList(1, options.size()));
            shown.add(options.get(0)); // never show the answer as the starting order
        }
        String stem = "Sắp xếp các " + family.member() + " sau theo đúng thứ tự " + family.givenBy() + ".";
        StringBuilder answer = new StringBuilder("Thứ tự đúng: ");
        for (int i = 0; i < subset.size(); i++) {
            answer.append(i == 0 ? "" : "; ").append(Vietnamese.ordinal(subset.get(i).ordinal())).append(" — ")
                    .append(subset.get(i).label());
        }
        boolean whole = subset.size() == family.members(base).size();
        return Drafts.draft(QuestionKind.ORDERING, stem, shown, null, null, answer.toString(),
                whole ? 0.6 : 0.7, subset);
    }

    /**
     * Groups of four for MATCHING: consecutive runs overlap so every member is covered, plus a few random groups
     * drawn from the seed so that the pairs are not always learnt next to the same neighbours.
     */
    static List<List<Fact>> matchingGroups(List<Fact> members, long seed, OrderedFamily family) {
        Set<List<Fact>> groups = new LinkedHashSet<>();
        for (int start = 0; start < members.size(); start += 2) {
            int from = Math.min(start, members.size() - MATCHING_GROUP);
            groups.add(members.subList(from, from + MATCHING_GROUP));
        }
        Dice dice = Dice.of(seed, "matching-groups/" + family.set().slug());
        for (int i = 0; i < 3; i++) {
            List<Fact> group = new ArrayList<>(dice.sample(members, MATCHING_GROUP));
            group.sort((a, b) -> Integer.compare(a.ordinal(), b.ordinal()));
            groups.add(group);
        }
        return new ArrayList<>(groups);
    }

    /** Each label to its number; one extra number with no label makes the last pair not a give-away. */
    private QuestionDraft matching(OrderedFamily family, FactBase base, List<Fact> group, long seed) {
        Dice dice = Dice.of(seed, "matching/" + group.stream().map(Fact::id).toList());
        List<OptionDraft> options = new ArrayList<>();
        for (Fact fact : group) {
            options.add(new OptionDraft(fact.label(), true, null, Vietnamese.ordinalOption(fact.ordinal()), null,
                    null));
        }
        List<Integer> unused = family.members(base).stream().map(Fact::ordinal)
                .filter(n -> group.stream().noneMatch(f -> f.ordinal().equals(n))).toList();
        if (!unused.isEmpty()) {
            options.add(new OptionDraft("", false, null, Vietnamese.ordinalOption(dice.pick(unused)), null, null));
        }
        String stem = "Ghép mỗi " + family.member() + " với thứ tự của nó trong danh sách " + family.givenBy() + ".";
        StringBuilder answer = new StringBuilder();
        for (Fact fact : group) {
            answer.append(answer.length() == 0 ? "" : "; ").append(capitalise(Vietnamese.ordinal(fact.ordinal())))
                    .append(" — ").append(fact.label());
        }
        return Drafts.draft(QuestionKind.MATCHING, stem, dice.shuffled(options), null, null, answer.toString(), 0.6,
                group);
    }
}
