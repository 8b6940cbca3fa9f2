package vn.civicsquiz.teacher;

import io.quarkus.panache.common.Page;
import vn.civicsquiz.platform.problem.Say;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import vn.civicsquiz.platform.problem.Problem;
import vn.civicsquiz.platform.problem.ProblemException;
import vn.civicsquiz.question.Question;
import vn.civicsquiz.question.QuestionDraft;
import vn.civicsquiz.question.QuestionHash;
import vn.civicsquiz.question.QuestionKind;
import vn.civicsquiz.question.QuestionMapper;
import vn.civicsquiz.question.QuestionOrigin;
import vn.civicsquiz.question.QuestionStatus;
import vn.civicsquiz.teacher.format.ImportedText;
import vn.civicsquiz.teacher.sets.QuestionSets;
import vn.civicsquiz.platform.problem.ApiLanguage;

/**
 * The teachers' question bank. Every write checks {@link QuestionChecks}, the version the teacher read
 * (409 when stale) and that no identical live question exists. Once learners have answered a question, what
 * they answered cannot change: an edit of its stem, options or numbers retires it and creates a new question.
 */
@ApplicationScoped
public class QuestionBank {

    /** What an update produced: the question edited in place, or its replacement. */
    public record Updated(QuestionView question, boolean replaced) {
    }

    private final EntityManager em;
    private final QuestionChecks checks;
    private final QuestionUsage usage;
    private final QuestionSets sets;
    private final ApiLanguage language;
    private final QuestionHistory history;

    public QuestionBank(EntityManager em, QuestionChecks checks, QuestionUsage usage, QuestionSets sets,
                        ApiLanguage language, QuestionHistory history) {
        this.em = em;
        this.history = history;
        this.checks = checks;
        this.usage = usage;
        this.sets = sets;
        this.language = language;
    }

    /** Where every change made through the bank is recorded. */
    QuestionHistory history() {
        return history;
    }

    public List<QuestionHistory.Revision> historyOf(long id) {
        load(id);
        return history.of(id);
    }

    public QuestionView find(long id) {
        Question q = load(id);
        return QuestionViews.view(q, usage.answered(id));
    }

    public QuestionPage list(QuestionFilter filter, int page, int size) {
        Map<String, Object> params = new LinkedHashMap<>();
        var query = Question.find(filter.jpql(params), Sort.by("id").descending(), params);
        List<Question> items = query.page(Page.of(page, size)).list();
        Set<Long> answered = usage.answeredAmong(items.stream().map(q -> q.id).toList());
        return new QuestionPage(items.stream().map(q -> QuestionViews.view(q, answered.contains(q.id))).toList(),
                page, size, query.count());
    }

    @Transactional
    public QuestionView create(QuestionInput input, Long accountId) {
        QuestionDraft draft = ImportedText.normalise(input.toDraft());
        checks.require(draft);
        QuestionStatus status = input.status() == null ? QuestionStatus.draft : input.status();
        if (status == QuestionStatus.retired) {
            throw ProblemException.badRequest(new Say("Câu hỏi mới ở trạng thái draft hoặc published",
                    "A new question is draft or published"), ProblemException.fault("status", "draft hoặc published",
                    "draft or published"));
        }
        List<String> tags = filing(input, accountId);
        Question q = store(draft, QuestionOrigin.teacher, status, accountId, null);
        file(q, input.set(), tags);
        history.record(q, QuestionHistory.Change.created, accountId, null);
        return QuestionViews.view(q, false);
    }

    @Transactional
    public Updated update(long id, QuestionInput input, long teacherId) {
        Question q = load(id);
        checkVersion(q, input.version());
        if (q.status == QuestionStatus.retired) {
            throw ProblemException.conflict(new Say("Câu hỏi " + id + " đã ngừng dùng và không đổi được nữa",
                    "Question " + id + " is retired and cannot change"));
        }
        QuestionDraft draft = ImportedText.normalise(input.toDraft());
        checks.require(draft);
        List<String> tags = java.util.Objects.equals(input.set(), q.setId) ? QuestionTags.clean(input.tags(), "tags",
                language) : filing(input, teacherId);
        String hash = QuestionHash.of(draft);
        if (hash.equals(q.contentHash)
                && QuestionHash.sameOptionsInOrder(QuestionMapper.toDraft(q).options(), draft.options())) {
            // the same question (explanation, feedback, title changed): its option rows stay, with their ids
            QuestionMapper.copyKeepingOptions(draft, q);
            q.updatedAt = java.time.OffsetDateTime.now(); // a new version even when only options changed (AskedQuestions)
            file(q, input.set(), tags);
            history.record(q, QuestionHistory.Change.edited, teacherId, null);
            return new Updated(QuestionViews.view(q, usage.answered(id)), false);
        }
        if (usage.answered(id) || usage.inAttempts(id)) {
            // learners were asked it (answered or not yet): what they were shown stays as it was
            QuestionStatus status = q.status;
            q.status = QuestionStatus.retired;
            flush();
            Question replacement = store(draft, q.origin, status, q.createdBy, id);
            file(replacement, input.set(), tags);
            history.record(q, QuestionHistory.Change.replaced, teacherId, replacement.id);
            history.record(replacement, QuestionHistory.Change.forked, teacherId, id);
            return new Updated(QuestionViews.view(replacement, false), true);
        }
        rejectDuplicate(hash, id);
        // Hibernate inserts the new options before deleting the old ones, which would break the unique
        // (question_id, ordinal) key: remove the old ones first.
        q.options.clear();
        flush();
        QuestionMapper.copyContent(draft, q);
        q.contentHash = hash;
        file(q, input.set(), tags);
        history.record(q, QuestionHistory.Change.edited, teacherId, null);
        return new Updated(QuestionViews.view(q, usage.answered(id)), false);
    }

    /** draft ⇄ published (back to draft only while unanswered), draft or published → retired; retired is final. */
    @Transactional
    public QuestionView changeStatus(long id, StatusChange change, Long by) {
        if (change == null || change.status() == null) {
            throw ProblemException.badRequest(new Say("Thiếu trạng thái mới", "The new status is missing"),
                    ProblemException.fault("status", "bắt buộc: draft, published hoặc retired",
                            "required: draft, published or retired"));
        }
        Question q = load(id);
        checkVersion(q, change.version());
        boolean answered = usage.answered(id);
        statusProblem(q, change.status(), answered).ifPresent(problem -> {
            throw ProblemException.conflict(new Say("Câu hỏi " + id + " " + problem.vietnamese(),
                    "Question " + id + " " + problem.english()));
        });
        QuestionStatus before = q.status;
        q.status = change.status();
        if (before != q.status) {
            history.record(q, statusChange(q.status), by, null);
        }
        return QuestionViews.view(q, answered);
    }

    static QuestionHistory.Change statusChange(QuestionStatus status) {
        return switch (status) {
            case draft -> QuestionHistory.Change.drafted;
            case published -> QuestionHistory.Change.published;
            case retired -> QuestionHistory.Change.retired;
        };
    }

    /**
     * Why a question cannot take this status, or empty when it can (retiring a retired question changes nothing
     * and is allowed). The one place of the status rules, for one question and for a list.
     */
    Optional<Say> statusProblem(Question q, QuestionStatus target, boolean answered) {
        if (q.status == QuestionStatus.retired && target != QuestionStatus.retired) {
            return Optional.of(new Say("đã ngừng dùng và không đổi được nữa", "is retired and cannot change"));
        }
        if (q.status == QuestionStatus.published && target == QuestionStatus.draft && answered) {
            return Optional.of(new Say("đã có người trả lời; hãy ngừng dùng thay vì đưa về nháp",
                    "has been answered; retire it instead"));
        }
        if (target != QuestionStatus.retired) {
            Optional<Question> twin = liveWithHash(q.contentHash).filter(other -> !Objects.equals(other.id, q.id));
            if (twin.isPresent()) {
                return Optional.of(new Say("giống hệt câu hỏi " + twin.get().id + " đang dùng",
                        "is identical to question " + twin.get().id + ", which is live"));
            }
        }
        return Optional.empty();
    }

    /** Deletes an unanswered question; an answered one is retired instead and returned. */
    @Transactional
    public Optional<QuestionView> delete(long id, Integer version, Long by) {
        Question q = load(id);
        if (version != null) {
            checkVersion(q, version);
        }
        boolean answered = usage.answered(id);
        if (answered || usage.inAttempts(id)) {
            if (q.status != QuestionStatus.retired) {
                q.status = QuestionStatus.retired;
                history.record(q, QuestionHistory.Change.retired, by, null);
            }
            return Optional.of(QuestionViews.view(q, answered));
        }
        q.delete();
        flush();
        return Optional.empty();
    }

    /** Persists a valid draft; the caller has checked it. */
    Question store(QuestionDraft draft, QuestionOrigin origin, QuestionStatus status, Long accountId, Long replaces) {
        String hash = QuestionHash.of(draft);
        if (status != QuestionStatus.retired) {
            rejectDuplicate(hash, replaces);
        }
        Question q = new Question();
        QuestionMapper.copyContent(draft, q);
        q.origin = origin;
        q.status = status;
        q.contentHash = hash;
        q.createdBy = accountId;
        q.updatedBy = accountId;
        q.replaces = replaces;
        q.persist();
        flush();
        em.refresh(q);
        return q;
    }

    /** The tags cleaned, after checking the teacher sees the set (a set kept as it was needs no check). */
    private List<String> filing(QuestionInput input, Long teacherId) {
        if (input.set() != null) {
            sets.requireVisible(input.set(), teacherId == null ? -1 : teacherId, "set");
        }
        return QuestionTags.clean(input.tags(), "tags", language);
    }

    static void file(Question q, Long set, List<String> tags) {
        q.setId = set;
        if (!new java.util.HashSet<>(q.tags).equals(new java.util.HashSet<>(tags))) {
            q.tags.clear();
            q.tags.addAll(tags);
        }
    }

    /** Of these content hashes, those of live questions, with the id of one question each: one statement. */
    Map<String, Long> liveWithHashes(java.util.Collection<String> hashes) {
        Map<String, Long> found = new java.util.HashMap<>();
        if (hashes.isEmpty()) {
            return found;
        }
        em.createQuery("select q.contentHash, min(q.id) from Question q where q.contentHash in :hashes "
                        + "and q.status <> :retired group by q.contentHash", Object[].class)
                .setParameter("hashes", hashes).setParameter("retired", QuestionStatus.retired).getResultList()
                .forEach(row -> found.put((String) row[0], ((Number) row[1]).longValue()));
        return found;
    }

    Optional<Question> liveWithHash(String hash) {
        return Question.find("contentHash = ?1 and status <> ?2", hash, QuestionStatus.retired).firstResultOptional();
    }

    private void rejectDuplicate(String hash, Long self) {
        liveWithHash(hash).filter(other -> !Objects.equals(other.id, self)).ifPresent(other -> {
            throw ProblemException.conflict(new Say("Đã có một câu hỏi giống hệt: " + other.id,
                    "An identical question already exists: " + other.id));
        });
    }

    private static void checkVersion(Question q, Integer version) {
        if (version == null) {
            throw versionMissing();
        }
        if (version != q.version) {
            throw ProblemException.conflict(new Say("Câu hỏi " + q.id + " đã thay đổi từ khi bạn đọc (phiên bản "
                    + q.version + ", của bạn " + version + "); hãy đọc lại", "Question " + q.id
                    + " has changed since you read it (version " + q.version + ", yours " + version + "); read it again"));
        }
    }

    static ProblemException versionMissing() {
        return ProblemException.badRequest(new Say("Thiếu phiên bản (version) bạn đã đọc",
                "The version you read is missing"), ProblemException.fault("version",
                "bắt buộc: version trong câu trả lời GET", "required: the version of the GET reply"));
    }

    /**
     * Writes the question and lets the session forget it. An import stores up to 1 000 questions in one
     * transaction; kept in the session, every later query would first compare all of them for changes (a
     * 1 000-question file took 25 s, quadratic in its size).
     */
    void release(Question q) {
        flush();
        em.detach(q);
    }

    void flush() {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw ProblemException.conflict(new Say("Câu hỏi vừa bị thay đổi cùng lúc; hãy đọc lại",
                    "The question was changed at the same time; read it again"));
        }
    }

    static Question load(long id) {
        Question q = Question.findById(id);
        if (q == null) {
            throw ProblemException.notFound(new Say("Câu hỏi " + id, "Question " + id));
        }
        return q;
    }

}
