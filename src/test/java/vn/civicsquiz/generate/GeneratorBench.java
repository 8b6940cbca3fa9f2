package vn.civicsquiz.generate;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import vn.civicsquiz.content.fact.Fact;
import vn.civicsquiz.question.QuestionDraft;

/**
 * Timing harness for the generator (not a test): generates the whole bank once cold, then repeatedly warm, and
 * prints the bank size per kind and topic. See bench/README-generator.md for how to run it.
 */
public final class GeneratorBench {

    private static final int WARM_RUNS = 50;

    private GeneratorBench() {
    }

    public static void main(String[] args) {
        List<Fact> facts = BankUnderTest.facts();
        long start = System.nanoTime();
        List<QuestionDraft> bank = QuestionGenerator.generate(facts, BankUnderTest.SEED);
        double coldMs = (System.nanoTime() - start) / 1e6;

        double[] warm = new double[WARM_RUNS];
        for (int i = 0; i < WARM_RUNS; i++) {
            long t = System.nanoTime();
            QuestionGenerator.generate(facts, BankUnderTest.SEED + i);
            warm[i] = (System.nanoTime() - t) / 1e6;
        }
        java.util.Arrays.sort(warm);

        System.out.printf("facts: %d, questions: %d%n", facts.size(), bank.size());
        System.out.printf("first run (cold JVM): %.1f ms%n", coldMs);
        System.out.printf("warm runs (%d): median %.1f ms, best %.1f ms, worst %.1f ms%n", WARM_RUNS,
                warm[WARM_RUNS / 2], warm[0], warm[WARM_RUNS - 1]);
        print("by kind", bank.stream().collect(Collectors.groupingBy(q -> q.kind().name(), TreeMap::new,
                Collectors.counting())));
        print("by topic", bank.stream().collect(Collectors.groupingBy(QuestionDraft::topic, TreeMap::new,
                Collectors.counting())));
    }

    private static void print(String title, Map<String, Long> counts) {
        System.out.println(title + ":");
        counts.forEach((key, count) -> System.out.printf("  %-12s %4d%n", key, count));
    }
}
