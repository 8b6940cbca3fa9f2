package vn.civicsquiz.generate;

import java.util.ArrayList;
import java.util.List;

import vn.civicsquiz.content.fact.Fact;
import vn.civicsquiz.content.fact.FactSet;
import vn.civicsquiz.question.QuestionDraft;
import vn.civicsquiz.question.QuestionKind;

/**
 * Positions Việt Nam (or a city) held: "Việt Nam đảm nhiệm vị trí Ủy viên không thường trực Hội đồng Bảo an Liên hợp
 * quốc nhiệm kỳ 2020-2021". The holder is always named (a chair of ASEAN exists every year). A term is asked, and
 * offered with wrong terms, only when the fact lists the other terms the holder really held ({@code alsoHeld}), so
 * that no wrong term is in fact right; and it is asked "according to the article", which names one term. No false
 * statement is made with another term: the articles never say which terms Việt Nam did not hold, so it could not be
 * checked against them.
 */
final class PositionQuestions implements QuestionTemplate {

    private static final int[] SHIFTS = {-2, 2, -4, 4, -6, 6, -8, -10, -12};

    @Override
    public List<QuestionDraft> build(FactBase base, long seed) {
        List<QuestionDraft> out = new ArrayList<>();
        for (Fact event : base.of(FactSet.EVENTS)) {
            if (!PhraseQuestions.has(event, "position") || !PhraseQuestions.has(event, "holder")
                    || !PhraseQuestions.has(event, "term")) {
                continue;
            }
            String held = statement(event, event.attribute("term"));
            out.add(Drafts.trueFalse(held, true, "Đúng. " + held, 0.2, List.of(event)));
            if (PhraseQuestions.has(event, "alsoHeld") && PhraseQuestions.has(event, "years")) {
                Dice dice = Dice.of(seed, "position/" + event.id());
                List<String> wrong = wrongTerms(event);
                if (wrong.size() >= 3) {
                    List<String> three = dice.sample(wrong, 3);
                    out.add(Drafts.single(QuestionKind.SINGLE, "Theo bài viết năm " + Vietnamese.year(event.asOf())
                                    + ", " + event.attribute("holder") + " đảm nhiệm vị trí "
                                    + event.attribute("position") + " vào thời gian nào?",
                            Vietnamese.capitalise(event.attribute("term")),
                            three.stream().map(Vietnamese::capitalise).toList(), held, 0.45, List.of(event)));
                }
            }
        }
        return out;
    }

    static String statement(Fact event, String term) {
        return Vietnamese.capitalise(event.attribute("holder")) + " đảm nhiệm vị trí " + event.attribute("position")
                + " " + term + ".";
    }

    /** The term moved by a few years, worded as the article words it, never overlapping a term really held. */
    static List<String> wrongTerms(Fact event) {
        String term = event.attribute("term").strip();
        int[] years = years(event.attribute("years"));
        List<int[]> held = new ArrayList<>();
        held.add(years);
        for (String other : event.attribute("alsoHeld").split(",")) {
            held.add(years(other));
        }
        List<String> out = new ArrayList<>();
        for (int shift : SHIFTS) {
            int[] moved = {years[0] + shift, years[1] + shift};
            // a term that had not begun when the article was written cannot have been held
            boolean begun = Vietnamese.year(event.asOf()) == null
                    || moved[0] <= Integer.parseInt(Vietnamese.year(event.asOf()));
            if (begun && held.stream().noneMatch(h -> moved[0] <= h[1] && h[0] <= moved[1])) {
                String span = years[0] == years[1] ? Integer.toString(moved[0]) : moved[0] + "-" + moved[1];
                out.add(term.replace(event.attribute("years").strip(), span));
            }
        }
        return out.stream().filter(t -> !t.equals(term)).distinct().toList();
    }

    private static int[] years(String span) {
        String[] parts = span.strip().split("\\s*-\\s*");
        int from = Integer.parseInt(parts[0].strip());
        return new int[] {from, parts.length > 1 ? Integer.parseInt(parts[1].strip()) : from};
    }
}
