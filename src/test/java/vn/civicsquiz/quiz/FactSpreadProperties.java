package vn.civicsquiz.quiz;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The spread of a quiz over facts, over generated pools: no fact twice while another question is possible. */
class FactSpreadProperties {

    @Property(tries = 600)
    void aQuizIsFullAndAsksAFactAgainOnlyWhenNoQuestionOnUnaskedFactsIsLeft(
            @ForAll("pools") List<FactSpread.Candidate> pool, @ForAll @IntRange(min = 1, max = 25) int size) {
        FactSpread spread = new FactSpread(size);
        spread.takeUnasked(pool);
        spread.fillEvenly(pool);
        List<Long> chosen = spread.chosen();
        Map<Long, FactSpread.Candidate> byId = new HashMap<>();
        pool.forEach(c -> byId.putIfAbsent(c.id(), c));

        assertThat(chosen).doesNotHaveDuplicates().hasSize(Math.min(size, byId.size()));
        Map<String, Integer> asked = new HashMap<>();
        chosen.forEach(id -> byId.get(id).facts().forEach(f -> asked.merge(f, 1, Integer::sum)));
        assertThat(asked).isEqualTo(spread.asked());
        int most = asked.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        if (most > 1) {
            Set<Long> left = new HashSet<>(byId.keySet());
            chosen.forEach(left::remove);
            assertThat(left).as("a fact asked %d times while a question on unasked facts was left", most)
                    .allSatisfy(id -> assertThat(byId.get(id).facts()).anyMatch(asked::containsKey));
        }
    }

    @Property(tries = 300)
    void aPoolWithEnoughSeparateFactsNeverRepeatsOne(@ForAll @IntRange(min = 1, max = 12) int facts,
                                                     @ForAll @IntRange(min = 1, max = 4) int copies) {
        List<FactSpread.Candidate> pool = new ArrayList<>();
        for (int copy = 0; copy < copies; copy++) {
            for (int f = 0; f < facts; f++) {
                pool.add(new FactSpread.Candidate(copy * 100L + f, Set.of("fact-" + f)));
            }
        }
        FactSpread spread = new FactSpread(facts);
        spread.takeUnasked(pool);
        spread.fillEvenly(pool);
        assertThat(spread.chosen()).hasSize(facts);
        assertThat(spread.asked().values()).containsOnly(1);
        // one more question than facts: exactly one fact comes back, once
        FactSpread over = new FactSpread(facts + 1);
        over.takeUnasked(pool);
        over.fillEvenly(pool);
        assertThat(over.chosen()).hasSize(copies > 1 ? facts + 1 : facts);
        assertThat(over.asked().values().stream().filter(n -> n > 1).toList()).hasSize(copies > 1 ? 1 : 0);
        assertThat(over.asked().values()).allMatch(n -> n <= 2);
    }

    @Property(tries = 100)
    void questionsWithoutFactsNeverClash(@ForAll @IntRange(min = 1, max = 20) int size) {
        List<FactSpread.Candidate> pool = new ArrayList<>();
        for (long id = 1; id <= 30; id++) {
            pool.add(FactSpread.Candidate.of(id, id % 2 == 0 ? null : ""));
        }
        FactSpread spread = new FactSpread(size);
        spread.takeUnasked(pool);
        assertThat(spread.chosen()).hasSize(size);
    }

    @Provide
    Arbitrary<List<FactSpread.Candidate>> pools() {
        Arbitrary<Set<String>> facts = Arbitraries.of("a", "b", "c", "d", "e", "f", "g").set().ofMinSize(0).ofMaxSize(3);
        return facts.list().ofMaxSize(40).map(sets -> {
            List<FactSpread.Candidate> pool = new ArrayList<>();
            for (int i = 0; i < sets.size(); i++) {
                pool.add(new FactSpread.Candidate(i + 1, sets.get(i)));
            }
            return pool;
        });
    }
}
