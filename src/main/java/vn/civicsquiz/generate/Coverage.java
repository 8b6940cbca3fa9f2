package vn.civicsquiz.generate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import vn.civicsquiz.content.fact.Fact;
import vn.civicsquiz.content.fact.FactWeight;
import vn.civicsquiz.question.QuestionDraft;
import vn.civicsquiz.question.QuestionKind;

/**
 * How many questions a fact gets is decided by its weight, not by how many templates fit it: a core fact is asked in
 * every way, a detail once or twice, trivia never. Within a fact's budget the kinds alternate (a choice, a statement,
 * a typed number) before any kind repeats. Questions over several facts (matching, ordering) are kept unless one of
 * their facts is trivia.
 */
final class Coverage {

    private Coverage() {
    }

    static List<QuestionDraft> byWeight(List<QuestionDraft> drafts, FactBase base) {
        Map<String, Fact> facts = base.all().stream().collect(Collectors.toMap(Fact::id, f -> f));
        Map<String, List<QuestionDraft>> perFact = new LinkedHashMap<>();
        List<QuestionDraft> kept = new ArrayList<>();
        for (QuestionDraft draft : drafts) {
            if (draft.factIds().stream().map(facts::get).anyMatch(f -> f != null
                    && FactWeight.of(f) == FactWeight.TRIVIA)) {
                continue;
            }
            if (draft.factIds().size() > 1 && multiFact(draft)) {
                kept.add(draft);
            } else {
                perFact.computeIfAbsent(draft.factIds().get(0), id -> new ArrayList<>()).add(draft);
            }
        }
        Set<QuestionDraft> chosen = new java.util.HashSet<>(kept);
        perFact.forEach((id, questions) -> {
            Fact fact = facts.get(id);
            int budget = fact == null ? Integer.MAX_VALUE : FactWeight.of(fact).questions();
            chosen.addAll(alternating(questions).stream().limit(budget).toList());
        });
        return drafts.stream().filter(chosen::contains).toList();
    }

    /** Matching, ordering and arrangement questions test a group; a motto asked with its lesson still has one subject. */
    private static boolean multiFact(QuestionDraft draft) {
        return draft.kind() == QuestionKind.MATCHING || draft.kind() == QuestionKind.ORDERING
                || draft.kind() == QuestionKind.MULTIPLE;
    }

    /** The first question of each kind in template order, then the second of each kind, and so on. */
    private static List<QuestionDraft> alternating(List<QuestionDraft> questions) {
        Map<QuestionKind, Integer> seen = new HashMap<>();
        List<int[]> ranks = new ArrayList<>();
        for (int i = 0; i < questions.size(); i++) {
            int round = seen.merge(questions.get(i).kind(), 1, Integer::sum);
            ranks.add(new int[] {round, i});
        }
        return ranks.stream().sorted(Comparator.<int[]>comparingInt(r -> r[0]).thenComparingInt(r -> r[1]))
                .map(r -> questions.get(r[1])).toList();
    }
}
