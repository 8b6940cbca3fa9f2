package vn.civicsquiz.quiz;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Loads what a page or API answer shows about an attempt with a fixed number of statements. */
@ApplicationScoped
public class AttemptViews {

    private final AnswerService answers;
    private final QuestionFacts facts;

    public AttemptViews(AnswerService answers, QuestionFacts facts) {
        this.answers = answers;
        this.facts = facts;
    }

    /** One position: feedback once answered in practice mode, or once the attempt is finished. */
    public ItemView item(QuizAttempt attempt, int position) {
        return item(attempt, position, true);
    }

    /**
     * One position, when the caller knows whether it was answered (a page that lists the answered positions
     * anyway): an unanswered position costs no lookup of its answer.
     */
    public ItemView item(QuizAttempt attempt, int position, boolean mayBeAnswered) {
        AttemptItem item = answers.item(attempt.id, position)
                .orElseThrow(() -> AttemptPositions.noSuchPosition(attempt.id, position));
        AttemptAnswer answer = !mayBeAnswered ? null : AttemptAnswer.<AttemptAnswer>find(
                "attemptId = ?1 and position = ?2", attempt.id, (short) position).firstResult();
        return item(attempt, item, answer);
    }

    /** One position whose item (with question and options) and answer the caller has loaded already. */
    public ItemView item(QuizAttempt attempt, AttemptItem item, AttemptAnswer answer) {
        return item(attempt, item, answer, null);
    }

    /** The same with the question's passages when the caller has them already (null when it has not). */
    public ItemView item(QuizAttempt attempt, AttemptItem item, AttemptAnswer answer, List<Passage> passages) {
        boolean reveal = answer != null && attempt.feedbackAfterEachAnswer() || attempt.finished();
        List<Passage> shown = !reveal ? List.of() : passages != null ? passages : facts.passages(item.question.id);
        return ItemViews.of(item, answer, reveal, quoted(shown));
    }

    /** Passages with a sentence to show (a fact id that is not in the catalogue has none). */
    private static List<Passage> quoted(List<Passage> passages) {
        return passages == null ? List.of() : passages.stream().filter(p -> p.quote() != null).toList();
    }

    /** Every position of an attempt just started, from the items its start returned (nothing is answered yet). */
    public List<ItemView> started(AttemptService.Started started) {
        return started.items().stream().map(i -> ItemViews.of(i, null, false, List.of())).toList();
    }

    /** Every position in order, with the same feedback rule. */
    public List<ItemView> all(QuizAttempt attempt) {
        List<AttemptItem> items = AttemptItem.list("""
                select distinct i from AttemptItem i join fetch i.question q left join fetch q.options
                where i.attemptId = ?1 order by i.position""", attempt.id);
        Map<Short, AttemptAnswer> byPosition = AttemptAnswer.<AttemptAnswer>list("attemptId", attempt.id).stream()
                .collect(Collectors.toMap(a -> a.position, Function.identity()));
        boolean anyRevealed = attempt.finished() || attempt.feedbackAfterEachAnswer() && !byPosition.isEmpty();
        Map<Long, List<Passage>> passages = !anyRevealed ? Map.of()
                : facts.passagesOf(items.stream().map(i -> i.question.id).toList());
        return items.stream().map(i -> {
            AttemptAnswer answer = byPosition.get(i.position);
            boolean reveal = answer != null && attempt.feedbackAfterEachAnswer() || attempt.finished();
            return ItemViews.of(i, answer, reveal, quoted(passages.get(i.question.id)));
        }).toList();
    }
}
