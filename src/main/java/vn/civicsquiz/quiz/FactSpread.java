package vn.civicsquiz.quiz;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The questions of one quiz, spread over the facts they test: a question joins only if none of its facts is asked
 * by a question already in the quiz. When the candidates run out of unasked facts before the quiz is full (a topic
 * with fewer separate facts than the quiz has questions), facts come back evenly: a fact is asked a second time only
 * by a question none of whose facts is asked twice yet, a third time only when no such question is left, and so on.
 * A question that names no fact never clashes.
 */
final class FactSpread {

    /** A question that may join the quiz, with the facts it tests. */
    record Candidate(long id, Set<String> facts) {

        /** Facts joined by newlines, as the selection query reads them; null or blank for none. */
        static Candidate of(long id, String joinedFacts) {
            if (joinedFacts == null || joinedFacts.isBlank()) {
                return new Candidate(id, Set.of());
            }
            return new Candidate(id, Set.copyOf(Arrays.stream(joinedFacts.split("\n")).filter(f -> !f.isBlank()).toList()));
        }
    }

    private final int size;
    private final Set<Long> chosen = new LinkedHashSet<>();
    private final Map<String, Integer> asked = new HashMap<>();

    FactSpread(int size) {
        this.size = size;
    }

    boolean full() {
        return chosen.size() >= size;
    }

    /** Takes candidates, in their order, whose facts no chosen question tests yet. */
    void takeUnasked(List<Candidate> candidates) {
        take(candidates, 0);
    }

    /**
     * Fills the rest from the given lists (earlier lists first at each step), letting a fact be asked once more
     * at each step, until the quiz is full or every candidate is in.
     */
    @SafeVarargs
    final void fillEvenly(List<Candidate>... lists) {
        int most = 0;
        while (!full() && unchosenLeft(lists)) {
            most++;
            for (List<Candidate> list : lists) {
                take(list, most);
            }
        }
    }

    /** The chosen question ids in the order they were taken. */
    List<Long> chosen() {
        return new ArrayList<>(chosen);
    }

    /** How often each fact is asked by the chosen questions. */
    Map<String, Integer> asked() {
        return Map.copyOf(asked);
    }

    private void take(List<Candidate> candidates, int mostAskedBefore) {
        for (Candidate c : candidates) {
            if (full()) {
                return;
            }
            if (!chosen.contains(c.id()) && c.facts().stream().allMatch(f -> asked.getOrDefault(f, 0) <= mostAskedBefore)) {
                chosen.add(c.id());
                c.facts().forEach(f -> asked.merge(f, 1, Integer::sum));
            }
        }
    }

    @SafeVarargs
    private boolean unchosenLeft(List<Candidate>... lists) {
        for (List<Candidate> list : lists) {
            for (Candidate c : list) {
                if (!chosen.contains(c.id())) {
                    return true;
                }
            }
        }
        return false;
    }
}
