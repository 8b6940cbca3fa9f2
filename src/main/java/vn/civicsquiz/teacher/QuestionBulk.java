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
import vn.civicsquiz.platform.problem.ApiLanguage;
import vn.civicsquiz.teacher.sets.QuestionSets;
import vn.civicsquiz.platform.problem.QueryParams;

/**
 * Publish, retire or move a list of questions in one transaction: every question is checked with the rules a single
 * change follows ({@link QuestionBank#statusProblem}, {@link QuestionChecks}); when any fails, nothing changes and
 * the 409 names each id at fault.
 */
@ApplicationScoped
public class QuestionBulk {

    enum Action { PUBLISH, RETIRE, MOVE, TAG }

    private final QuestionBank bank;
    private final QuestionChecks checks;
    private final QuestionUsage usage;
    private final QuestionSets sets;
    private final ApiLanguage language;

    private final QueryParams params;

    public QuestionBulk(QuestionBank bank, QuestionChecks checks, QuestionUsage usage, QuestionSets sets,
                        ApiLanguage language, QueryParams params) {
        this.params = params;
        this.bank = bank;
        this.checks = checks;
        this.usage = usage;
        this.sets = sets;
        this.language = language;
    }

    @Transactional
    public BulkResult apply(BulkChange change, long teacherId) {
        if (change == null) {
            throw params.missingBody("cần một đối tượng JSON có action và ids", "expected a JSON object with action and ids");
        }
        Action action = action(change.action());
        List<Long> ids = ids(change.ids());
        boolean moves = action == Action.MOVE;
        boolean tags = moves || action == Action.TAG;
        if (!moves && (change.topic() != null || change.set() != null)) {
            throw ProblemException.badRequest("Only a move takes a topic or a set",
                    List.of(new Problem.FieldError(change.topic() != null ? "topic" : "set", "only with action 'move'")));
        }
        if (!tags && (change.addTags() != null || change.removeTags() != null)) {
            throw ProblemException.badRequest("Only a move or a tag change takes tags", List.of(new Problem.FieldError(
                    change.addTags() != null ? "addTags" : "removeTags", "only with action 'move' or 'tag'")));
        }
        String topic = moves && (change.topic() != null || change.set() == null) ? topic(change.topic()) : null;
        if (moves) {
            sets.requireVisible(change.set(), teacherId, "set");
        }
        List<String> added = QuestionTags.clean(change.addTags(), "addTags", language);
        Set<String> removed = QuestionTags.clean(change.removeTags(), "removeTags", language).stream()
                .map(t -> t.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        if (action == Action.TAG && added.isEmpty() && removed.isEmpty()) {
            throw ProblemException.badRequest("A tag change needs tags", List.of(new Problem.FieldError("addTags",
                    "addTags or removeTags, at least one tag")));
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
            throw ProblemException.conflict(errors.size() + " of " + ids.size() + " questions cannot "
                    + "be changed (" + action.name().toLowerCase(Locale.ROOT) + "); nothing was changed", errors);
        }
        for (long id : ids) {
            Question q = found.get(id);
            switch (action) {
                case PUBLISH -> q.status = QuestionStatus.published;
                case RETIRE -> q.status = QuestionStatus.retired;
                case MOVE -> {
                    if (topic != null) {
                        q.topic = topic;
                    }
                    if (change.set() != null) {
                        q.setId = change.set();
                    }
                }
                case TAG -> {
                }
            }
            if (tags) {
                retag(q, added, removed);
            }
        }
        bank.history().recordAll(ids.stream().map(found::get).toList(), switch (action) {
            case PUBLISH -> QuestionHistory.Change.published;
            case RETIRE -> QuestionHistory.Change.retired;
            case MOVE, TAG -> QuestionHistory.Change.filed;
        }, teacherId, null);
        List<QuestionView> views = ids.stream().map(id -> QuestionViews.view(found.get(id), answered.contains(id)))
                .toList();
        return new BulkResult(action.name().toLowerCase(Locale.ROOT), views.size(), views);
    }

    private Optional<String> problem(Action action, Question q, String topic, boolean answered) {
        return switch (action) {
            case PUBLISH -> bank.statusProblem(q, QuestionStatus.published, answered);
            case RETIRE -> bank.statusProblem(q, QuestionStatus.retired, answered);
            case MOVE -> topic == null ? Optional.empty() : moveProblem(q, topic);
            case TAG -> Optional.empty();
        };
    }

    private static void retag(Question q, List<String> added, Set<String> removed) {
        q.tags.removeIf(t -> removed.contains(t.toLowerCase(Locale.ROOT)));
        Set<String> have = q.tags.stream().map(t -> t.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        added.stream().filter(t -> !have.contains(t.toLowerCase(Locale.ROOT))).forEach(q.tags::add);
        if (q.tags.size() > QuestionTags.MAX_TAGS) {
            throw ProblemException.conflict("Question " + q.id + " would have more than " + QuestionTags.MAX_TAGS
                    + " tags; nothing was changed");
        }
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
                + violations.stream().map(v -> v.field() + " " + checks.say(v)).collect(Collectors.joining("; ")));
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
                "one of publish, retire, move, tag")));
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
