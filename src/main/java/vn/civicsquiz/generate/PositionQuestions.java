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
            whichPosition(event, held, seed).ifPresent(out::add);
            whichHolder(event, held, seed).ifPresent(out::add);
            if (PhraseQuestions.has(event, "alsoHeld") && PhraseQuestions.has(event, "years")) {
                Dice dice = Dice.of(seed, "position/" + event.id());
                List<String> wrong = wrongTerms(event);
                if (wrong.size() >= 3) {
                    List<String> three = dice.sample(wrong, 3);
                    out.add(Drafts.single(QuestionKind.SINGLE, "Theo bài viết năm " + Vietnamese.year(event.asOf())
                                    + ", " + event.attribute("holder") + " " + takes(event) + " "
                                    + event.attribute("position") + " vào thời gian nào?",
                            Vietnamese.capitalise(event.attribute("term")),
                            three.stream().map(Vietnamese::capitalise).toList(), held, 0.45, List.of(event)));
                }
            }
        }
        return out;
    }

    /**
     * "Theo bài viết năm 2024, Việt Nam đã đảm nhiệm vị trí nào sau đây?": the wrong positions are curated
     * ({@code notHeld}, separated by ";"), each checked outside the articles as never held by the holder (Việt Nam was
     * never a permanent member of the Security Council), so no wrong option is in fact right.
     */
    private static java.util.Optional<QuestionDraft> whichPosition(Fact event, String held, long seed) {
        List<String> notHeld = listed(event, "notHeld");
        if (notHeld.size() < 3) {
            return java.util.Optional.empty();
        }
        Dice dice = Dice.of(seed, "which-position/" + event.id());
        return java.util.Optional.of(Drafts.single(QuestionKind.SINGLE, "Theo bài viết năm "
                        + Vietnamese.year(event.asOf()) + ", " + event.attribute("holder")
                        + " đã đảm nhiệm vị trí nào sau đây?",
                Vietnamese.capitalise(event.attribute("position") + " " + event.attribute("term")),
                dice.sample(notHeld, 3).stream().map(Vietnamese::capitalise).toList(), held, 0.4, List.of(event)));
    }

    /**
     * "Theo bài viết năm 2021, thành phố nào được bầu làm Chủ tịch … nhiệm kỳ 2022-2025?": only for a position one
     * holder holds in a term (a chair), with curated other holders ({@code otherHolders}, separated by ";") of the
     * same kind ({@code holderKind}).
     */
    private static java.util.Optional<QuestionDraft> whichHolder(Fact event, String held, long seed) {
        List<String> others = listed(event, "otherHolders");
        if (others.size() < 3 || !PhraseQuestions.has(event, "holderKind")) {
            return java.util.Optional.empty();
        }
        Dice dice = Dice.of(seed, "which-holder/" + event.id());
        return java.util.Optional.of(Drafts.single(QuestionKind.SINGLE, "Theo bài viết năm "
                        + Vietnamese.year(event.asOf()) + ", " + event.attribute("holderKind") + " nào " + takes(event)
                        + " " + event.attribute("position") + " " + event.attribute("term") + "?",
                Vietnamese.capitalise(event.attribute("holder")),
                dice.sample(others, 3).stream().map(Vietnamese::capitalise).toList(), held, 0.35, List.of(event)));
    }

    private static List<String> listed(Fact event, String attribute) {
        if (!PhraseQuestions.has(event, attribute)) {
            return List.of();
        }
        return java.util.Arrays.stream(event.attribute(attribute).split(";")).map(String::strip)
                .filter(x -> !x.isEmpty()).toList();
    }

    static String statement(Fact event, String term) {
        return Vietnamese.capitalise(event.attribute("holder")) + " " + takes(event) + " "
                + event.attribute("position") + " " + term + ".";
    }

    /**
     * "đảm nhiệm vị trí", or the article's own verb ({@code takes}) when the holder had not taken up the post when
     * the article was written (Đà Nẵng "được bầu làm" chair in 2021 for 2022-2025).
     */
    static String takes(Fact event) {
        return PhraseQuestions.has(event, "takes") ? event.attribute("takes").strip() : "đảm nhiệm vị trí";
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
