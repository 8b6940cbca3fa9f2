package vn.civicsquiz.generate;

import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;


/**
 * A crude but predictable test of whether one text says nearly the same as another: most of its content words occur
 * in the other. Used to keep a "wrong" option away from anything the family actually contains.
 */
final class WordOverlap {

    private static final Set<String> FUNCTION_WORDS = Set.of("và", "của", "các", "với", "là", "trong", "cho", "những",
            "được", "có", "đã", "để", "vào", "về", "từ", "theo", "một", "sự", "hơn", "nữa", "nhất", "ta", "đến");
    private static final double SHARE_THAT_COUNTS_AS_SAME = 0.7;
    /** Word sets of folded texts, remembered like {@link Folding} (fact texts are few and fixed). */
    private static final Map<String, Set<String>> WORDS = new ConcurrentHashMap<>();

    private WordOverlap() {
    }

    /** True when at least 70% of the candidate's content words appear in the container. */
    static boolean covers(String container, String candidate) {
        Set<String> inContainer = words(container);
        Set<String> candidateWords = words(candidate);
        if (candidateWords.isEmpty()) {
            return true;
        }
        long shared = candidateWords.stream().filter(inContainer::contains).count();
        return shared >= SHARE_THAT_COUNTS_AS_SAME * candidateWords.size();
    }

    static Set<String> words(String text) {
        return WORDS.computeIfAbsent(Folding.fold(text), folded -> Arrays.stream(folded.split("[^\\p{L}\\p{M}\\p{N}]+"))
                .filter(w -> !w.isBlank() && !FUNCTION_WORDS.contains(w))
                .collect(Collectors.toUnmodifiableSet()));
    }
}
