package vn.civicsquiz.generate;

import java.util.ArrayList;
import java.util.List;

import vn.civicsquiz.content.fact.Fact;
import vn.civicsquiz.content.fact.FactSet;
import vn.civicsquiz.question.QuestionDraft;
import vn.civicsquiz.question.QuestionDraft.OptionDraft;
import vn.civicsquiz.question.QuestionKind;

import static vn.civicsquiz.generate.Vietnamese.decapitalise;

/**
 * The three pillars of a comprehensive, modern diplomacy. Wrong options are other kinds of external work the
 * articles name in the same breath, so they are plausible but not pillars.
 */
final class PillarQuestions implements QuestionTemplate {

    /**
     * Fields and channels of external work named in the articles that are not pillars. "Đối ngoại kinh tế" is the
     * trap from the Hà Nội speech ("đối ngoại kinh tế là trụ cột chính"); "đối ngoại chính quyền" is Hà Nội's own
     * channel beside the Party and the people.
     */
    static final List<String> LOOKALIKES = List.of("Đối ngoại kinh tế", "Ngoại giao văn hóa", "Ngoại giao kinh tế",
            "Đối ngoại địa phương", "Đối ngoại chính quyền", "Thông tin đối ngoại", "Ngoại giao y tế",
            "Đối ngoại quốc phòng", "Ngoại giao đa phương");
    private static final String WHOLE = "các trụ cột của nền ngoại giao toàn diện, hiện đại mà Đại hội XIII đề ra";
    private static final int MULTIPLE_VARIANTS = 6;

    @Override
    public List<QuestionDraft> build(FactBase base, long seed) {
        List<Fact> pillars = base.of(FactSet.THREE_PILLARS);
        List<String> lookalikes = lookalikes(base);
        List<QuestionDraft> out = new ArrayList<>();
        if (pillars.size() != 3 || lookalikes.size() < 3) {
            return out;
        }
        for (int variant = 0; variant < MULTIPLE_VARIANTS; variant++) {
            out.add(chooseAll(pillars, lookalikes, variant, seed));
        }
        for (String lookalike : lookalikes) {
            out.add(notAPillar(pillars, lookalike, seed));
            out.add(statement(pillars, lookalike, false));
        }
        for (Fact pillar : pillars) {
            out.add(completeTheThree(pillars, pillar, lookalikes, 0, seed));
            out.add(completeTheThree(pillars, pillar, lookalikes, 1, seed));
            out.add(statement(pillars, pillar.label(), true));
        }
        return out;
    }

    /** The curated traps for the pillars first, then the other look-alikes; none that is, or nearly is, a pillar. */
    static List<String> lookalikes(FactBase base) {
        List<String> candidates = new ArrayList<>();
        base.of(FactSet.PHRASES).stream().filter(p -> "true".equals(p.attribute("trap"))
                && FactSet.THREE_PILLARS.slug().equals(p.attribute("trapFor"))).forEach(p -> candidates.add(p.label()));
        candidates.addAll(LOOKALIKES);
        List<String> out = new ArrayList<>();
        for (String candidate : candidates) {
            boolean seen = out.stream().anyMatch(o -> Folding.fold(o).equals(Folding.fold(candidate)));
            if (!seen && !base.isMember(FactSet.THREE_PILLARS, candidate) && base.of(FactSet.THREE_PILLARS).stream()
                    .noneMatch(p -> WordOverlap.covers(p.label(), candidate))) {
                out.add(candidate);
            }
        }
        return out;
    }

    /** "Chọn các trụ cột …": three right among five; the stem does not say how many (a count asked elsewhere). */
    private QuestionDraft chooseAll(List<Fact> pillars, List<String> lookalikes, int variant, long seed) {
        Dice dice = Dice.of(seed, "pillars/choose-all/" + variant);
        List<OptionDraft> options = new ArrayList<>();
        pillars.forEach(p -> options.add(OptionDraft.choice(p.label(), true)));
        dice.sample(lookalikes, 2).forEach(l -> options.add(OptionDraft.choice(l, false)));
        String stem = "Chọn " + WHOLE + ". (Chọn tất cả đáp án đúng)";
        return Drafts.draft(QuestionKind.MULTIPLE, stem, dice.shuffled(options), null, null, threeAre(pillars), 0.5,
                pillars);
    }

    private QuestionDraft notAPillar(List<Fact> pillars, String lookalike, long seed) {
        String stem = "Đâu KHÔNG phải là một trong " + WHOLE + "?";
        String answer = notAmongThem(lookalike) + threeAre(pillars);
        double difficulty = lookalike.equals(LOOKALIKES.get(0)) ? 0.6 : 0.4;
        return Drafts.single(QuestionKind.NEGATIVE, stem, lookalike, pillars.stream().map(Fact::label).toList(),
                answer, difficulty, pillars);
    }

    /** "Ba trụ cột gồm A, B và …?" */
    private QuestionDraft completeTheThree(List<Fact> pillars, Fact missing, List<String> lookalikes, int variant,
                                           long seed) {
        Dice dice = Dice.of(seed, "pillars/complete/" + missing.id() + "/" + variant);
        List<String> known = pillars.stream().filter(p -> p != missing).map(p -> decapitalise(p.label())).toList();
        String stem = "Các trụ cột của nền ngoại giao toàn diện, hiện đại mà Đại hội XIII đề ra gồm " + known.get(0)
                + ", " + known.get(1) + " và trụ cột nào nữa?";
        List<Fact> facts = new ArrayList<>(List.of(missing));
        pillars.stream().filter(p -> p != missing).forEach(facts::add);
        return Drafts.single(QuestionKind.SINGLE, stem, missing.label(), dice.sample(lookalikes, 3),
                threeAre(pillars), 0.35, facts);
    }

    /** True for a pillar; false for a look-alike put in its place (the controlled change). */
    private QuestionDraft statement(List<Fact> pillars, String named, boolean isTrue) {
        String stem = named + " là một trong " + WHOLE + ".";
        String answer = (isTrue ? "Đúng. " : "Sai. " + notAmongThem(named)) + threeAre(pillars);
        List<Fact> facts = new ArrayList<>(pillars);
        if (isTrue) {
            // the pillar named in the statement is the fact the question tests, so it comes first
            facts.sort((a, b) -> Boolean.compare(!a.label().equals(named), !b.label().equals(named)));
        }
        return Drafts.trueFalse(stem, isTrue, answer, isTrue ? 0.15 : 0.3, facts);
    }

    /**
     * "«Đối ngoại kinh tế» is not one of the three pillars": never "not a pillar", since the Hà Nội speech calls
     * economic diplomacy "trụ cột chính" of the capital's external work.
     */
    private static String notAmongThem(String lookalike) {
        return lookalike + " không nằm trong " + WHOLE + WHERE_IT_COMES_FROM.getOrDefault(lookalike, "") + ". ";
    }

    /** Look-alikes the articles do name, and where: said in the explanation, so no reader is left to doubt. */
    private static final java.util.Map<String, String> WHERE_IT_COMES_FROM = java.util.Map.of(
            "Đối ngoại kinh tế", " (bài viết gọi đối ngoại kinh tế là «trụ cột chính» trong công tác đối ngoại của"
                    + " Thủ đô Hà Nội, không phải một trụ cột của nền ngoại giao)",
            "Đối ngoại chính quyền", " (đó là một kênh đối ngoại của Thủ đô Hà Nội, bên cạnh đối ngoại Đảng và đối"
                    + " ngoại nhân dân)");

    /** "Ba trụ cột là đối ngoại Đảng, ngoại giao Nhà nước và đối ngoại nhân dân", from the facts in their order. */
    private static String threeAre(List<Fact> pillars) {
        List<String> names = pillars.stream().map(p -> decapitalise(p.label())).toList();
        return "Ba trụ cột là " + String.join(", ", names.subList(0, names.size() - 1)) + " và "
                + names.get(names.size() - 1);
    }
}
