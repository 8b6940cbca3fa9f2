package vn.civicsquiz.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import vn.civicsquiz.content.fact.Fact;
import vn.civicsquiz.content.fact.FactSet;
import vn.civicsquiz.question.QuestionDraft;
import vn.civicsquiz.question.QuestionKind;

/**
 * Partnership frameworks relations were raised to from the start of the 13th Congress term ({@code framework},
 * {@code countries}): to which framework, and with which country. Wrong frameworks are ones the partners did not move
 * to in that term; wrong countries are partners the article names for another framework.
 */
final class PartnershipQuestions implements QuestionTemplate {

    /** Frameworks none of the upgraded partners was raised to in the term (they went to the comprehensive strategic one). */
    private static final List<String> LOWER_FRAMEWORKS = List.of("đối tác toàn diện", "đối tác chiến lược");

    @Override
    public List<QuestionDraft> build(FactBase base, long seed) {
        List<Fact> raised = base.of(FactSet.EVENTS).stream().filter(e -> PhraseQuestions.has(e, "framework")
                && PhraseQuestions.has(e, "countries")).toList();
        List<QuestionDraft> out = new ArrayList<>();
        for (Fact event : raised) {
            Dice dice = Dice.of(seed, "partnership/" + event.id());
            String fact = Vietnamese.withoutFinalStop(event.text()) + ".";
            out.add(Drafts.trueFalse(fact, true, "Đúng. " + fact, 0.2, List.of(event)));
            List<String> countries = List.of(event.attribute("countries").split(",\\s*"));
            String framework = event.attribute("framework");
            if (countries.size() > 1) {
                List<String> wrong = Stream.concat(LOWER_FRAMEWORKS.stream(), raised.stream()
                        .map(o -> o.attribute("framework"))).filter(f -> !Folding.fold(f).equals(Folding.fold(framework)))
                        .distinct().toList();
                if (wrong.size() >= 3) {
                    out.add(Drafts.single(QuestionKind.SINGLE, "Từ đầu nhiệm kỳ Đại hội XIII đến tháng 9/2024, quan hệ "
                                    + "của Việt Nam với " + event.attribute("countries") + " được nâng cấp lên khuôn khổ nào?",
                            Vietnamese.capitalise(framework), dice.sample(wrong, 3).stream()
                                    .map(Vietnamese::capitalise).toList(), fact, 0.4, List.of(event)));
                }
            } else {
                List<String> others = raised.stream().filter(o -> o != event)
                        .flatMap(o -> Stream.of(o.attribute("countries").split(",\\s*")))
                        .filter(c -> !countries.contains(c)).distinct().toList();
                if (others.size() >= 3) {
                    out.add(Drafts.single(QuestionKind.SINGLE, "Từ đầu nhiệm kỳ Đại hội XIII đến tháng 9/2024, Việt Nam "
                                    + "và nước nào nhất trí cùng xây dựng " + framework + "?", countries.get(0),
                            dice.sample(others, 3), fact, 0.35, List.of(event)));
                }
            }
        }
        return out;
    }
}
