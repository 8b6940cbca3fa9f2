package vn.civicsquiz.teacher;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import vn.civicsquiz.content.fact.FactSet;
import vn.civicsquiz.platform.problem.Problem;
import vn.civicsquiz.platform.problem.ProblemException;
import vn.civicsquiz.question.Question;
import vn.civicsquiz.question.QuestionDraft;
import vn.civicsquiz.question.QuestionStatus;
import vn.civicsquiz.question.RuleViolation;

/**
 * Publish, retire or move a list of questions in one transaction: every question is checked with the rules a single
 * change follows ({@link QuestionBank#statusProblem}, {@link QuestionChecks}); when any fails, nothing changes and
 * the 409 names each id at fault.
 */
@ApplicationScoped
public class QuestionBulk {

    enum Action { PUBLISH, RETIRE, MOVE }

    private final QuestionBank bank;
    private final QuestionChecks checks;
    private final QuestionUsage usage;

    public QuestionBulk(QuestionBank bank, QuestionChecks checks, QuestionUsage usage) {
        this.bank = bank;
        this.checks = checks;
        this.usage = usage;
    }

    @Transactional
    public BulkResult apply(BulkChange change) {
        if (change == null) {
            throw QueryParams.invalid("body", "a JSON object with action and ids");
        }
        Action action = action(change.action());
        List<Long> ids = ids(change.ids());
        String topic = action == Action.MOVE ? topic(change.topic()) : null;
        if (action != Action.MOVE && change.topic() != null) {
            throw ProblemException.badRequest("Only a move takes a topic",
                    List.of(new Problem.FieldError("topic", "only with action 'move'")));
        }
        Map<Long, Question> found = new HashMap<>();
        Question.<Question>list("id in ?1", ids).forEach(q -> found.put(q.id, q));
        Set<Long> answered = usage.answeredAmong(ids);
        List<Problem.FieldError> errors = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            long id = ids.get(i);
            Question q = found.get(id);
            Optional<String> problem = q == null ? Optional.of("does not exist")
                    : problem(action, q, topic, answered.contains(id));
            int at = i;
            problem.ifPresent(p -> errors.add(new Problem.FieldError("ids[" + at + "]", "question " + id + " " + p)));
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(409, "Conflict", errors.size() + " of " + ids.size() + " questions cannot "
                    + "be changed (" + action.name().toLowerCase(Locale.ROOT) + "); nothing was changed", errors);
        }
        for (long id : ids) {
            Question q = found.get(id);
            switch (action) {
                case PUBLISH -> q.status = QuestionStatus.published;
                case RETIRE -> q.status = QuestionStatus.retired;
                case MOVE -> q.topic = topic;
            }
        }
        bank.flush();
        List<QuestionView> views = ids.stream().map(id -> QuestionViews.view(found.get(id), answered.contains(id)))
                .toList();
        return new BulkResult(action.name().toLowerCase(Locale.ROOT), views.size(), views);
    }

    private Optional<String> problem(Action action, Question q, String topic, boolean answered) {
        return switch (action) {
            case PUBLISH -> bank.statusProblem(q, QuestionStatus.published, answered);
            case RETIRE -> bank.statusProblem(q, QuestionStatus.retired, answered);
            case MOVE -> moveProblem(q, topic);
        };
    }

    private Optional<String> moveProblem(Question q, String topic) {
        if (q.status == QuestionStatus.retired) {
            return Optional.of("is retired and cannot change");
        }
        QuestionDraft d = QuestionViews.draft(q);
        QuestionDraft moved = new QuestionDraft(d.kind(), topic, d.title(), d.stem(), d.options(), d.numericAnswer(),
                d.tolerance(), d.explanation(), d.difficulty(), d.factIds(), d.sourceId(), d.quote());
        List<RuleViolation> violations = checks.violations(moved);
        return violations.isEmpty() ? Optional.empty() : Optional.of("would break a rule in topic " + topic + ": "
                + violations.stream().map(v -> v.field() + " " + v.message()).collect(Collectors.joining("; ")));
    }

    private static Action action(String value) {
        if (value != null) {
            for (Action a : Action.values()) {
                if (a.name().equalsIgnoreCase(value.strip())) {
                    return a;
                }
            }
        }
        throw ProblemException.badRequest("Unknown action", List.of(new Problem.FieldError("action",
                "one of publish, retire, move")));
    }

    private static List<Long> ids(List<Long> ids) {
        if (ids == null || ids.isEmpty() || ids.size() > BulkChange.MAX_IDS) {
            throw ProblemException.badRequest("The list of questions is empty or too long", List.of(
                    new Problem.FieldError("ids", "1 to " + BulkChange.MAX_IDS + " question ids")));
        }
        List<Problem.FieldError> errors = new ArrayList<>();
        Map<Long, Integer> first = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            Long id = ids.get(i);
            if (id == null) {
                errors.add(new Problem.FieldError("ids[" + i + "]", "a question id, not null"));
            } else if (first.putIfAbsent(id, i) != null) {
                errors.add(new Problem.FieldError("ids[" + i + "]", "repeats ids[" + first.get(id) + "]"));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.badRequest("The list of questions is not valid", errors);
        }
        return ids;
    }

    private static String topic(String topic) {
        if (topic == null || FactSet.fromSlug(topic.strip()).isEmpty()) {
            throw ProblemException.badRequest("A move needs a known topic", List.of(new Problem.FieldError("topic",
                    "one of " + Arrays.stream(FactSet.values()).map(FactSet::slug).collect(Collectors.joining(", ")))));
        }
        return topic.strip();
    }
}
