package vn.civicsquiz.generate;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import vn.civicsquiz.content.fact.Fact;
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
            new PositionQuestions(),
            new PartnershipQuestions(),
            new PhraseQuestions());

    private QuestionGenerator() {
    }

    /**
     * Every question the facts support, without two of the same content hash, and without two that ask the same
     * thing with the same answer and only other distractors (two facts of one event, variants of a question).
     */
    public static List<QuestionDraft> generate(Collection<Fact> facts, long seed) {
        FactBase base = new FactBase(facts);
        Map<String, QuestionDraft> unique = new LinkedHashMap<>();
        Set<String> asked = new HashSet<>();
        for (QuestionTemplate template : TEMPLATES) {
            for (QuestionDraft draft : template.build(base, seed)) {
                if (asked.add(sameQuestion(draft))) {
                    unique.putIfAbsent(QuestionHash.of(draft), draft);
                }
            }
        }
        List<QuestionDraft> weighed = Coverage.byWeight(new ArrayList<>(unique.values()), base);
        return PositionBalancer.balance(new ArrayList<>(TrueFalseBalance.balance(weighed, base)), seed);
    }

    /** Kind, stem and right answers: what a learner would recognise as the same question. */
    private static String sameQuestion(QuestionDraft draft) {
        StringBuilder key = new StringBuilder(draft.kind().name()).append('|').append(Folding.fold(draft.stem()));
        draft.options().stream().filter(o -> o.correct() || o.position() != null || o.match() != null)
                .map(o -> Folding.fold(o.text()) + "→" + o.position() + "→" + Folding.fold(o.match())).sorted()
                .forEach(o -> key.append('|').append(o));
        return key.toString();
    }
}
