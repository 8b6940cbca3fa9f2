package vn.civicsquiz.content.fact;

import vn.civicsquiz.content.text.TextNormaliser;
import vn.civicsquiz.content.text.VietnameseNumbers;

import java.util.List;
import java.util.function.Consumer;

/** Checks of a single fact that depend on its set: figures carry their number, people their name, and so on. */
final class FactRules {

    static final List<String> QUALIFIERS = List.of("vượt mốc", "hơn", "trên", "ngoài", "gần", "khoảng");

    private FactRules() {
    }

    static void check(Fact fact, Consumer<String> problems) {
        String weight = fact.attribute("weight");
        if (weight != null && FactWeight.fromSlug(weight).isEmpty()) {
            problems.accept(fact.id() + ": weight '" + weight + "' is none of core, standard, detail, trivia");
        }
        switch (fact.set()) {
            case FIGURES -> checkFigure(fact, problems);
            case PEOPLE -> checkPerson(fact, problems);
            case EVENTS -> require(fact, "name", problems);
            case PHRASES -> checkPhrase(fact, problems);
            default -> { }
        }
    }

    private static void checkFigure(Fact fact, Consumer<String> problems) {
        require(fact, "counts", problems);
        String quote = TextNormaliser.fold(fact.quote());
        String number = fact.attribute("display") != null
                ? TextNormaliser.fold(fact.attribute("display"))
                : VietnameseNumbers.format(fact.value());
        int at = VietnameseNumbers.indexOfNumber(quote, number);
        if (at < 0) {
            problems.accept(fact.id() + ": the quote does not contain the number '" + number + "'");
            return;
        }
        String before = quote.substring(0, at).stripTrailing();
        String hedge = QUALIFIERS.stream().filter(q -> before.endsWith(" " + q) || before.equals(q))
                .findFirst().orElse(null);
        String declared = fact.attribute("qualifier");
        if (hedge != null && !hedge.equals(declared)) {
            problems.accept(fact.id() + ": the article says '" + hedge + " " + number + "' but qualifier is " + declared);
        } else if (hedge == null && declared != null) {
            problems.accept(fact.id() + ": qualifier '" + declared + "' is not in the quote before " + number);
        }
        checkBound(fact, problems);
    }

    /** Every figure says how exactly the article states it, and that must agree with the article's hedge word. */
    private static void checkBound(Fact fact, Consumer<String> problems) {
        String recorded = fact.attribute("bound");
        if (recorded == null || recorded.isBlank()) {
            problems.accept(fact.id() + ": attribute 'bound' is required for figures (exact, at-least, more-than, "
                    + "about, nearly, range, vague)");
            return;
        }
        FigureBound bound = FigureBound.fromSlug(recorded).orElse(null);
        FigureBound implied = FigureBound.implied(fact.attribute("qualifier"), fact.attribute("display"));
        if (bound == null) {
            problems.accept(fact.id() + ": bound '" + recorded + "' is unknown");
        } else if (bound != implied) {
            problems.accept(fact.id() + ": bound is " + bound.slug() + " but the article's wording ("
                    + fact.attribute("qualifier") + " " + fact.attribute("display") + ") says " + implied.slug());
        }
        for (String limit : List.of("min", "max")) {
            String value = fact.attribute(limit);
            if (value != null && !value.strip().matches("\\d+(\\.\\d+)?")) {
                problems.accept(fact.id() + ": " + limit + " must be a number, is '" + value + "'");
            }
        }
    }

    private static void checkPerson(Fact fact, Consumer<String> problems) {
        require(fact, "role", problems);
        if (require(fact, "name", problems)
                && !TextNormaliser.fold(fact.quote()).contains(TextNormaliser.fold(fact.attribute("name")))) {
            problems.accept(fact.id() + ": the quote does not name " + fact.attribute("name"));
        }
    }

    private static void checkPhrase(Fact fact, Consumer<String> problems) {
        if (require(fact, "phrase", problems)
                && !TextNormaliser.fold(fact.quote()).contains(TextNormaliser.fold(fact.attribute("phrase")))) {
            problems.accept(fact.id() + ": the quote does not contain the phrase itself");
        }
        if ("true".equals(fact.attribute("trap"))
                && FactSet.fromSlug(String.valueOf(fact.attribute("trapFor"))).isEmpty()) {
            problems.accept(fact.id() + ": a trap must name the set it is a trap for (trapFor)");
        }
    }

    private static boolean require(Fact fact, String attribute, Consumer<String> problems) {
        String value = fact.attribute(attribute);
        if (value == null || value.isBlank()) {
            problems.accept(fact.id() + ": attribute '" + attribute + "' is required for " + fact.set().slug());
            return false;
        }
        return true;
    }
}
