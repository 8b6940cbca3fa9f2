package vn.civicsquiz.teacher;

import jakarta.enterprise.context.ApplicationScoped;
import vn.civicsquiz.platform.problem.Say;
import jakarta.persistence.EntityManager;
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
    private final EntityManager em;

    public QuestionBulk(QuestionBank bank, QuestionChecks checks, QuestionUsage usage, QuestionSets sets,
                        ApiLanguage language, QueryParams params, EntityManager em) {
        this.params = params;
        this.em = em;
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
            throw ProblemException.badRequest(new Say("Chỉ thao tác move nhận topic hoặc set",
                    "Only a move takes a topic or a set"), ProblemException.fault(change.topic() != null ? "topic"
                    : "set", "chỉ dùng với action 'move'", "only with action 'move'"));
        }
        if (!tags && (change.addTags() != null || change.removeTags() != null)) {
            throw ProblemException.badRequest(new Say("Chỉ thao tác move hoặc tag nhận thẻ",
                    "Only a move or a tag change takes tags"), ProblemException.fault(change.addTags() != null
                    ? "addTags" : "removeTags", "chỉ dùng với action 'move' hoặc 'tag'", "only with action 'move' or 'tag'"));
        }
        String topic = moves && (change.topic() != null || change.set() == null) ? topic(change.topic()) : null;
        if (moves) {
            sets.requireVisible(change.set(), teacherId, "set");
        }
        List<String> added = QuestionTags.clean(change.addTags(), "addTags", language);
        Set<String> removed = QuestionTags.clean(change.removeTags(), "removeTags", language).stream()
                .map(t -> t.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        if (action == Action.TAG && added.isEmpty() && removed.isEmpty()) {
            throw ProblemException.badRequest(new Say("Thao tác tag cần có thẻ", "A tag change needs tags"),
                    ProblemException.fault("addTags", "addTags hoặc removeTags, ít nhất một thẻ",
                            "addTags or removeTags, at least one tag"));
        }
        Map<Long, Question> found = load(ids);
        Set<Long> answered = usage.answeredAmong(ids);
        java.util.function.Function<QuestionDraft, List<RuleViolation>> rules = topic == null ? null : checks.forMany();
        List<ProblemException.Fault> errors = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            long id = ids.get(i);
            Question q = found.get(id);
            Optional<Say> problem = q == null ? Optional.of(new Say("không tồn tại", "does not exist"))
                    : problem(action, q, topic, answered.contains(id), rules);
            int at = i;
            problem.ifPresent(p -> errors.add(ProblemException.fault("ids[" + at + "]",
                    "câu hỏi " + id + " " + p.vietnamese(), "question " + id + " " + p.english())));
        }
        if (!errors.isEmpty()) {
            String name = action.name().toLowerCase(Locale.ROOT);
            throw ProblemException.conflict(new Say(errors.size() + " trong " + ids.size() + " câu hỏi không thể "
                    + "thay đổi (" + name + "); không có gì được thay đổi", errors.size() + " of " + ids.size()
                    + " questions cannot be changed (" + name + "); nothing was changed"),
                    errors.toArray(ProblemException.Fault[]::new));
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

    /**
     * The questions with their options, tags and facts in three statements, and their changes written in JDBC
     * batches: a change of 500 questions costs a few round trips, not a few per question.
     */
    private Map<Long, Question> load(List<Long> ids) {
        em.unwrap(org.hibernate.Session.class).setJdbcBatchSize(BulkChange.MAX_IDS);
        Map<Long, Question> found = new HashMap<>();
        for (String collection : List.of("options", "tags", "factIds")) {
            em.createQuery("SELECT DISTINCT q FROM Question q LEFT JOIN FETCH q." + collection
                            + " WHERE q.id IN :ids", Question.class)
                    .setParameter("ids", ids).getResultList().forEach(q -> found.put(q.id, q));
        }
        return found;
    }

    private Optional<Say> problem(Action action, Question q, String topic, boolean answered,
                                  java.util.function.Function<QuestionDraft, List<RuleViolation>> rules) {
        return switch (action) {
            case PUBLISH -> bank.statusProblem(q, QuestionStatus.published, answered);
            case RETIRE -> bank.statusProblem(q, QuestionStatus.retired, answered);
            case MOVE -> topic == null ? Optional.empty() : moveProblem(q, topic, rules);
            case TAG -> Optional.empty();
        };
    }

    private static void retag(Question q, List<String> added, Set<String> removed) {
        q.tags.removeIf(t -> removed.contains(t.toLowerCase(Locale.ROOT)));
        Set<String> have = q.tags.stream().map(t -> t.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        added.stream().filter(t -> !have.contains(t.toLowerCase(Locale.ROOT))).forEach(q.tags::add);
        if (q.tags.size() > QuestionTags.MAX_TAGS) {
            throw ProblemException.conflict(new Say("Câu hỏi " + q.id + " sẽ có hơn " + QuestionTags.MAX_TAGS
                    + " thẻ; không có gì được thay đổi", "Question " + q.id + " would have more than "
                    + QuestionTags.MAX_TAGS + " tags; nothing was changed"));
        }
    }

    private Optional<Say> moveProblem(Question q, String topic,
                                      java.util.function.Function<QuestionDraft, List<RuleViolation>> rules) {
        if (q.status == QuestionStatus.retired) {
            return Optional.of(new Say("đã ngừng dùng và không đổi được nữa", "is retired and cannot change"));
        }
        QuestionDraft d = QuestionViews.draft(q);
        QuestionDraft moved = new QuestionDraft(d.kind(), topic, d.title(), d.stem(), d.options(), d.numericAnswer(),
                d.tolerance(), d.explanation(), d.difficulty(), d.factIds(), d.sourceId(), d.quote());
        List<RuleViolation> violations = rules.apply(moved);
        String broken = violations.stream().map(v -> v.field() + " " + checks.say(v)).collect(Collectors.joining("; "));
        return violations.isEmpty() ? Optional.empty() : Optional.of(new Say("sẽ vi phạm quy tắc của chủ đề " + topic
                + ": " + broken, "would break a rule in topic " + topic + ": " + broken));
    }

    private static Action action(String value) {
        if (value != null) {
            for (Action a : Action.values()) {
                if (a.name().equalsIgnoreCase(value.strip())) {
                    return a;
                }
            }
        }
        throw ProblemException.badRequest(new Say("Không có thao tác này", "Unknown action"),
                ProblemException.fault("action", "một trong publish, retire, move, tag", "one of publish, retire, move, tag"));
    }

    private static List<Long> ids(List<Long> ids) {
        if (ids == null || ids.isEmpty() || ids.size() > BulkChange.MAX_IDS) {
            throw ProblemException.badRequest(new Say("Danh sách câu hỏi rỗng hoặc quá dài",
                    "The list of questions is empty or too long"), ProblemException.fault("ids",
                    "1 đến " + BulkChange.MAX_IDS + " mã câu hỏi", "1 to " + BulkChange.MAX_IDS + " question ids"));
        }
        List<ProblemException.Fault> errors = new ArrayList<>();
        Map<Long, Integer> first = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            Long id = ids.get(i);
            if (id == null) {
                errors.add(ProblemException.fault("ids[" + i + "]", "một mã câu hỏi, không phải null",
                        "a question id, not null"));
            } else if (first.putIfAbsent(id, i) != null) {
                errors.add(ProblemException.fault("ids[" + i + "]", "lặp lại ids[" + first.get(id) + "]",
                        "repeats ids[" + first.get(id) + "]"));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalidFields(new Say("Danh sách câu hỏi không hợp lệ",
                    "The list of questions is not valid"), errors);
        }
        return ids;
    }

    private static String topic(String topic) {
        if (topic == null || FactSet.fromSlug(topic.strip()).isEmpty()) {
            String topics = Arrays.stream(FactSet.values()).map(FactSet::slug).collect(Collectors.joining(", "));
            throw ProblemException.badRequest(new Say("Thao tác move cần một chủ đề có thật",
                    "A move needs a known topic"), ProblemException.fault("topic", "một trong " + topics,
                    "one of " + topics));
        }
        return topic.strip();
    }
}
