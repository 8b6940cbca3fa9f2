package vn.civicsquiz.generate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import vn.civicsquiz.content.fact.Fact;
import vn.civicsquiz.content.fact.FactSet;
import vn.civicsquiz.question.QuestionDraft;
import vn.civicsquiz.question.QuestionDraft.OptionDraft;
import vn.civicsquiz.question.QuestionKind;

/**
 * Who held which role. Roles change (a General Secretary in 2021 is not one in 2024), so every question names the
 * year, and a wrong name is never someone the fact base gives that role.
 */
final class PeopleQuestions implements QuestionTemplate {

    private static final int MATCHING_ROUNDS = 3;

    @Override
    public List<QuestionDraft> build(FactBase base, long seed) {
        List<Fact> people = base.of(FactSet.PEOPLE).stream()
                .filter(p -> p.attribute("name") != null && p.attribute("role") != null).toList();
        List<QuestionDraft> out = new ArrayList<>();
        if (people.size() < 4) {
            return out;
        }
        for (Fact person : people) {
            List<Fact> others = othersBySimilarRank(person, people, base, Dice.of(seed, "people/" + person.id()));
            if (others.size() >= 3) {
                out.add(whoHeld(person, others.subList(0, 3)));
                out.add(statement(person, person, true));
                out.add(statement(person, others.get(0), false));
            }
            List<String> roles = otherRoles(person, people, base, Dice.of(seed, "roles/" + person.id()));
            if (roles.size() >= 3) {
                out.add(whichRole(person, roles.subList(0, 3)));
                out.add(swappedRole(person, roles.get(0)));
            }
        }
        for (int round = 0; round < MATCHING_ROUNDS; round++) {
            Dice dice = Dice.of(seed, "people-matching/" + round);
            List<Fact> shuffled = dice.shuffled(people);
            for (int start = 0; start + 4 <= shuffled.size(); start += 4) {
                List<Fact> group = shuffled.subList(start, start + 4);
                if (allDifferent(group, "name") && allDifferent(group, "role") && noRoleWithinAnother(group, base)) {
                    out.add(matching(group, dice));
                }
            }
        }
        return out;
    }

    /** Other people, nearest in rank first, none of whom the fact base gives this person's role. */
    static List<Fact> othersBySimilarRank(Fact person, List<Fact> people, FactBase base, Dice dice) {
        int rank = Rank.of(person.attribute("role"));
        return dice.shuffled(people).stream()
                .filter(o -> !Folding.fold(o.attribute("name")).equals(Folding.fold(person.attribute("name"))))
                .filter(o -> !base.holdsRole(o.attribute("name"), person.attribute("role")))
                .sorted(Comparator.comparingInt(o -> Math.abs(Rank.of(o.attribute("role")) - rank)))
                .toList();
    }

    private static List<String> otherRoles(Fact person, List<Fact> people, FactBase base, Dice dice) {
        List<String> roles = new ArrayList<>();
        for (Fact other : othersBySimilarRank(person, people, base, dice)) {
            String role = other.attribute("role");
            boolean duplicate = roles.stream().anyMatch(r -> Folding.fold(r).equals(Folding.fold(role)));
            if (!duplicate && !base.holdsRole(person.attribute("name"), role)) {
                roles.add(role);
            }
        }
        return roles;
    }

    /** "Vào ngày 14/12/2021": a year is not enough, offices change hands within a year. */
    private static String when(Fact person) {
        if (person.asOf() == null || person.asOf().isBlank()) {
            return "Theo bài viết";
        }
        String date = Vietnamese.date(person.asOf());
        return Character.isDigit(date.charAt(0)) ? "Vào ngày " + date : "Vào " + date;
    }

    private QuestionDraft whoHeld(Fact person, List<Fact> wrong) {
        String stem = when(person) + ", ai là " + person.attribute("role") + "?";
        return Drafts.single(QuestionKind.SINGLE, stem, person.attribute("name"),
                wrong.stream().map(p -> p.attribute("name")).toList(), sentence(person, person), 0.4, List.of(person));
    }

    private QuestionDraft whichRole(Fact person, List<String> wrong) {
        String stem = when(person) + ", " + person.attribute("name") + " giữ chức vụ nào?";
        return Drafts.single(QuestionKind.SINGLE, stem, person.attribute("role"), wrong, sentence(person, person), 0.4,
                List.of(person));
    }

    /** True: the person in the role. False: the controlled change, someone of similar rank swapped in. */
    private QuestionDraft statement(Fact person, Fact named, boolean isTrue) {
        String answer = (isTrue ? "Đúng. " : "Sai. ") + sentence(person, person);
        return Drafts.trueFalse(sentence(person, named), isTrue, answer, isTrue ? 0.2 : 0.35, List.of(person));
    }

    /** The other controlled change: the person kept, the role swapped for one of similar rank. */
    private QuestionDraft swappedRole(Fact person, String otherRole) {
        String stem = when(person) + ", " + person.attribute("name") + " là " + otherRole + ".";
        return Drafts.trueFalse(stem, false, "Sai. " + sentence(person, person), 0.35, List.of(person));
    }

    /** "Năm 2021, Bộ trưởng Bộ Ngoại giao là Bùi Thanh Sơn." */
    private static String sentence(Fact role, Fact named) {
        return when(role) + ", " + role.attribute("role") + " là " + named.attribute("name") + ".";
    }

    private QuestionDraft matching(List<Fact> group, Dice dice) {
        List<OptionDraft> options = new ArrayList<>();
        StringBuilder answer = new StringBuilder();
        for (Fact person : group) {
            options.add(new OptionDraft(person.attribute("name"), true, null, person.attribute("role"), null, null));
            answer.append(answer.length() == 0 ? "" : "; ").append(person.attribute("name")).append(": ")
                    .append(person.attribute("role"));
        }
        String stem = "Ghép mỗi người với chức vụ của họ tại thời điểm được nêu trong các bài viết.";
        return Drafts.draft(QuestionKind.MATCHING, stem, dice.shuffled(options), null, null, answer.toString(), 0.55,
                group);
    }

    /**
     * "Chủ tịch nước" lies within "Tổng Bí thư, Chủ tịch nước": with both in one group, Tô Lâm could be paired with
     * either, so such a group is not asked.
     */
    private static boolean noRoleWithinAnother(List<Fact> group, FactBase base) {
        for (Fact a : group) {
            for (Fact b : group) {
                if (a != b && base.holdsRole(a.attribute("name"), b.attribute("role"))) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean allDifferent(List<Fact> group, String attribute) {
        return group.stream().map(p -> Folding.fold(p.attribute(attribute))).distinct().count() == group.size();
    }

    /** A coarse rank from the title, so that a minister is confused with a minister rather than a province official. */
    static final class Rank {
        private static final List<List<String>> TIERS = List.of(
                List.of("tổng bí thư", "chủ tịch nước", "thủ tướng chính phủ", "chủ tịch quốc hội"),
                List.of("phó thủ tướng", "thường trực ban bí thư", "bộ trưởng", "trưởng ban", "bí thư thành ủy"),
                List.of("thứ trưởng", "chủ tịch liên hiệp", "phó bí thư", "chủ tịch ủy ban", "chủ tịch hđnd"));

        private Rank() {
        }

        static int of(String role) {
            String folded = Folding.fold(role);
            for (int tier = 0; tier < TIERS.size(); tier++) {
                if (TIERS.get(tier).stream().anyMatch(folded::startsWith)) {
                    return tier;
                }
            }
            return TIERS.size();
        }
    }
}
