package vn.civicsquiz.generate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import vn.civicsquiz.content.fact.Fact;
import vn.civicsquiz.content.fact.FactWeight;
import vn.civicsquiz.question.QuestionDraft;
import vn.civicsquiz.question.QuestionKind;

/**
 * Keeps each topic's true/false questions between 40 % and 60 % true, so that always answering "Sai" (or "Đúng")
 * scores no better than knowing. Surplus statements of the majority side are left out, lightest facts first, never
 * the last question of a fact.
 */
final class TrueFalseBalance {

    static final double LOW = 0.40;
    static final double HIGH = 0.60;

    private TrueFalseBalance() {
    }

    static List<QuestionDraft> balance(List<QuestionDraft> drafts, FactBase base) {
        Map<String, Fact> facts = base.all().stream().collect(Collectors.toMap(Fact::id, f -> f));
        Map<String, Integer> perFact = new HashMap<>();
        drafts.forEach(d -> perFact.merge(d.factIds().get(0), 1, Integer::sum));
        Set<QuestionDraft> dropped = new HashSet<>();
        Map<String, List<QuestionDraft>> byTopic = drafts.stream().filter(TrueFalseBalance::isTrueFalse)
                .collect(Collectors.groupingBy(QuestionDraft::topic));
        byTopic.forEach((topic, statements) -> {
            long trues = statements.stream().filter(TrueFalseBalance::keyedTrue).count();
            long falses = statements.size() - trues;
            boolean dropTrue = trues > HIGH * statements.size();
            boolean dropFalse = falses > HIGH * statements.size();
            if (!dropTrue && !dropFalse) {
                return;
            }
            List<QuestionDraft> surplus = new ArrayList<>(statements.stream()
                    .filter(q -> keyedTrue(q) == dropTrue).toList());
            // lightest facts first, and among them the last generated
            surplus.sort(Comparator.comparing((QuestionDraft q) -> weight(q, facts)).reversed()
                    .thenComparing(q -> -drafts.indexOf(q)));
            long majority = dropTrue ? trues : falses;
            long minority = statements.size() - majority;
            for (QuestionDraft q : surplus) {
                if (majority <= HIGH * (majority + minority)) {
                    break;
                }
                String fact = q.factIds().get(0);
                if (perFact.get(fact) > 1) {
                    dropped.add(q);
                    perFact.merge(fact, -1, Integer::sum);
                    majority--;
                }
            }
        });
        return drafts.stream().filter(d -> !dropped.contains(d)).toList();
    }

    static boolean isTrueFalse(QuestionDraft q) {
        return q.kind() == QuestionKind.TRUE_FALSE;
    }

    static boolean keyedTrue(QuestionDraft q) {
        return q.options().stream().anyMatch(o -> o.correct() && Drafts.TRUE.equals(o.text()));
    }

    private static int weight(QuestionDraft q, Map<String, Fact> facts) {
        Fact fact = facts.get(q.factIds().get(0));
        return fact == null ? FactWeight.STANDARD.ordinal() : FactWeight.of(fact).ordinal();
    }
}
