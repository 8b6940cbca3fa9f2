package vn.civicsquiz.content.fact;

import vn.civicsquiz.content.text.TextNormaliser;
import vn.civicsquiz.content.text.VietnameseNumbers;

import java.util.List;
import java.util.function.Consumer;

/** Checks of a single fact that depend on its set: figures carry their number, people their name, and so on. */
final class FactRules {

    static final List<String> QUALIFIERS = List.of("vượt mốc", "hơn", "trên", "gần", "khoảng");

    private FactRules() {
    }

    static void check(Fact fact, Consumer<String> problems) {
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
