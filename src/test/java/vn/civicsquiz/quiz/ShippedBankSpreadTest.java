package vn.civicsquiz.quiz;

import org.junit.jupiter.api.Test;
import vn.civicsquiz.content.fact.FactCatalog;
import vn.civicsquiz.generate.QuestionGenerator;
import vn.civicsquiz.question.QuestionDraft;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Quizzes drawn from the shipped bank the way {@link QuestionPicker} draws them (a window of candidates from a
 * random point of the pick order, spread over facts), for a fixed series of random points: topics with enough
 * separate facts never ask one twice; the list topics, whose questions each test several members of one short list,
 * fill the quiz and ask a fact again only when no candidate on an unasked fact is left.
 */
class ShippedBankSpreadTest {

    static final long SEED = 20211214L;
    static final int DRAWS = 300;
    static final List<QuestionDraft> BANK = QuestionGenerator.generate(FactCatalog.load().facts(), SEED);

    List<FactSpread.Candidate> pool(String topic) {
        List<FactSpread.Candidate> pool = new ArrayList<>();
        for (int i = 0; i < BANK.size(); i++) {
            QuestionDraft q = BANK.get(i);
            if (QuizTopics.MIXED.equals(topic) || q.topic().equals(topic)) {
                pool.add(new FactSpread.Candidate(i, Set.copyOf(q.factIds())));
            }
        }
        return pool;
    }

    /** One draw: the candidates a window of the shuffled pick order holds, spread as the picker spreads them. */
    FactSpread draw(List<FactSpread.Candidate> pool, int size, Random random) {
        return spread(window(pool, size, random), size);
    }

    List<FactSpread.Candidate> window(List<FactSpread.Candidate> pool, int size, Random random) {
        List<FactSpread.Candidate> order = new ArrayList<>(pool);
        Collections.shuffle(order, random);
        return order.subList(0, Math.min(order.size(), size * QuestionPicker.CANDIDATES_PER_QUESTION));
    }

    FactSpread spread(List<FactSpread.Candidate> window, int size) {
        FactSpread spread = new FactSpread(size);
        spread.takeUnasked(window);
        spread.fillEvenly(window);
        return spread;
    }

    @Test
    void quizzes_of_topics_with_enough_facts_never_ask_a_fact_twice() {
        Random random = new Random(SEED);
        Map<String, Integer> sizes = Map.of(QuizTopics.MIXED, 20, "figures", 20, "events", 10, "phrases", 10);
        sizes.forEach((topic, size) -> {
            List<FactSpread.Candidate> pool = pool(topic);
            for (int i = 0; i < DRAWS; i++) {
                FactSpread spread = draw(pool, size, random);
                assertThat(spread.chosen()).as(topic).hasSize(size);
                assertThat(spread.asked().values()).as(topic).containsOnly(1);
            }
        });
    }

    @Test
    void quizzes_of_the_list_topics_are_full_and_repeat_a_fact_only_when_no_unasked_fact_is_left() {
        Random random = new Random(SEED);
        for (String topic : List.of("nine-tasks", "five-lessons", "three-pillars", "people")) {
            List<FactSpread.Candidate> pool = pool(topic);
            for (int i = 0; i < DRAWS; i++) {
                List<FactSpread.Candidate> window = window(pool, 10, random);
                FactSpread spread = spread(window, 10);
                assertThat(spread.chosen()).as(topic).hasSize(10);
                Set<Long> chosen = new HashSet<>(spread.chosen());
                Map<String, Integer> asked = spread.asked();
                if (asked.values().stream().anyMatch(n -> n > 1)) {
                    assertThat(window).filteredOn(c -> !chosen.contains(c.id()))
                            .as("%s: a question on unasked facts only was left out", topic)
                            .allSatisfy(c -> assertThat(c.facts()).anyMatch(asked::containsKey));
                }
            }
        }
    }
}
