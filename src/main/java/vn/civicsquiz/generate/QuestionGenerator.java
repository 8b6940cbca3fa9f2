package vn.civicsquiz.generate;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.civicsquiz.content.Fact;
import vn.civicsquiz.question.QuestionDraft;
import vn.civicsquiz.question.QuestionHash;

/**
 * Turns curated facts into a bank of questions. Pure and deterministic: the same facts and the same seed give the
 * same questions in the same order, whatever order the facts arrive in.
 */
public final class QuestionGenerator {

    private static final List<QuestionTemplate> TEMPLATES = List.of(
            new OrdinalQuestions(),
            new ArrangementQuestions(),
            new MembershipQuestions(),
            new PillarQuestions(),
            new FigureQuestions(),
            new FigureStatements(),
            new FigureOrdering(),
            new PeopleQuestions(),
            new EventQuestions(),
            new PhraseQuestions());

    private QuestionGenerator() {
    }

    /** Every question the facts support, without two of the same content hash. */
    public static List<QuestionDraft> generate(Collection<Fact> facts, long seed) {
        FactBase base = new FactBase(facts);
        Map<String, QuestionDraft> unique = new LinkedHashMap<>();
        for (QuestionTemplate template : TEMPLATES) {
            for (QuestionDraft draft : template.build(base, seed)) {
                unique.putIfAbsent(QuestionHash.of(draft), draft);
            }
        }
        return PositionBalancer.balance(new ArrayList<>(unique.values()), seed);
    }
}
