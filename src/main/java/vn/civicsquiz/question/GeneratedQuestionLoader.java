package vn.civicsquiz.question;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import jakarta.persistence.EntityManager;
import vn.civicsquiz.platform.db.StartupSyncMarks;
import java.util.Optional;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import vn.civicsquiz.content.fact.Fact;
import vn.civicsquiz.content.fact.FactCatalog;
import vn.civicsquiz.generate.QuestionGenerator;

/**
 * Keeps the generated part of the question bank in step with the shipped facts, at start-up. Idempotent by content
 * hash: a question generated again is left alone (only its explanation and source are refreshed), a new one is
 * inserted as published, and a generated question the facts no longer produce (its fact changed or went away) is
 * retired, never deleted, so answers given to it keep their meaning. Teacher and imported questions are not touched.
 */
@ApplicationScoped
public class GeneratedQuestionLoader {

    private static final Logger LOG = Logger.getLogger(GeneratedQuestionLoader.class);
    /** Advisory lock key that serialises loaders of several instances starting at once: "cqgen" in ASCII. */
    private static final long LOCK_KEY = 0x6371_6765_6eL;

    public record SyncReport(int inserted, int kept, int refreshed, int revived, int retired, int skipped) {
    }

    private static final String SYNC_STEP = "generated-questions";

    private final EntityManager em;
    private final StartupSyncMarks marks;
    private final long seed;
    private final boolean atStart;

    public GeneratedQuestionLoader(EntityManager em, StartupSyncMarks marks,
                                   @ConfigProperty(name = "quiz.questions.seed", defaultValue = "20211214") long seed,
                                   @ConfigProperty(name = "quiz.questions.generate-at-start", defaultValue = "true")
                                   boolean atStart) {
        this.em = em;
        this.marks = marks;
        this.seed = seed;
        this.atStart = atStart;
    }

    /** After the content loader (default priority), which refuses facts that are not grounded in their articles. */
    void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 600) StartupEvent event) {
        if (atStart) {
            syncShippedOnce().ifPresentOrElse(report -> LOG.infof("Generated questions: %s", report),
                    () -> LOG.info("Generated questions unchanged: this build synced them with this database already"));
        }
    }

    /** {@link #syncShipped()} unless this build synced this database already with the same seed (a restart). */
    @Transactional
    public Optional<SyncReport> syncShippedOnce() {
        lock();
        return marks.unlessSynced(SYNC_STEP, "seed " + seed, this::syncShipped);
    }

    @Transactional
    public SyncReport syncShipped() {
        return sync(FactCatalog.load().facts());
    }

    @Transactional
    public SyncReport sync(List<Fact> facts) {
        lock();
        Map<String, QuestionDraft> wanted = new LinkedHashMap<>();
        for (QuestionDraft draft : QuestionGenerator.generate(facts, seed)) {
            wanted.putIfAbsent(QuestionHash.of(draft), draft);
        }
        Map<String, Question> live = new HashMap<>();
        Map<String, Question> retired = new HashMap<>();
        Set<String> retiredByTeachers = new HashSet<>();
        Set<Long> teacherRetirements = retiredByTeachers();
        List<Question> generated = Question.list("origin", QuestionOrigin.generated);
        for (Question q : generated) {
            if (q.status != QuestionStatus.retired) {
                live.putIfAbsent(q.contentHash, q);
            } else if (teacherRetirements.contains(q.id)) {
                retiredByTeachers.add(q.contentHash); // retired is final: neither revived nor stored again
            } else {
                retired.putIfAbsent(q.contentHash, q);
            }
        }
        // only the wanted hashes: a bank of a million teachers' questions must not be read at every start
        Set<String> liveElsewhere = new HashSet<>(em.createQuery("""
                        select q.contentHash from Question q
                        where q.contentHash in :wanted and q.origin <> :generated and q.status <> :retired""",
                        String.class)
                .setParameter("wanted", wanted.keySet())
                .setParameter("generated", QuestionOrigin.generated)
                .setParameter("retired", QuestionStatus.retired).getResultList());

        int inserted = 0;
        int kept = 0;
        int refreshed = 0;
        int revived = 0;
        int skipped = 0;
        for (Map.Entry<String, QuestionDraft> entry : wanted.entrySet()) {
            String hash = entry.getKey();
            QuestionDraft draft = entry.getValue();
            Question current = live.remove(hash);
            if (current != null) {
                if (refresh(current, draft)) {
                    refreshed++;
                } else {
                    kept++;
                }
            } else if (liveElsewhere.contains(hash) || retiredByTeachers.contains(hash)) {
                skipped++; // a teacher keeps this very question, or retired it; one live copy per content
            } else if (retired.containsKey(hash)) {
                // the same content as before (same hash): only its description may have moved on
                Question back = retired.get(hash);
                refresh(back, draft);
                back.status = QuestionStatus.published;
                revived++;
            } else {
                insert(hash, draft);
                inserted++;
            }
        }
        live.values().forEach(q -> q.status = QuestionStatus.retired);
        em.flush();
        return new SyncReport(inserted, kept, refreshed, revived, live.size(), skipped);
    }

    private void lock() {
        em.createNativeQuery("select count(*) from (select pg_advisory_xact_lock(?1)) l")
                .setParameter(1, LOCK_KEY).getSingleResult();
    }

    /** Generated questions a teacher retired, or replaced by an edit (the history records both). */
    private Set<Long> retiredByTeachers() {
        List<?> ids = em.createNativeQuery(
                        "SELECT DISTINCT question_id FROM question_revision WHERE change IN ('retired', 'replaced')")
                .getResultList();
        Set<Long> retired = new HashSet<>();
        ids.forEach(id -> retired.add(((Number) id).longValue()));
        return retired;
    }

    private void insert(String hash, QuestionDraft draft) {
        Question question = new Question();
        QuestionMapper.copyContent(draft, question);
        question.origin = QuestionOrigin.generated;
        question.status = QuestionStatus.published;
        question.contentHash = hash;
        question.persist();
    }

    /** Same question, possibly told differently: a reworded explanation or a moved quote does not retire it. */
    private static boolean refresh(Question q, QuestionDraft draft) {
        boolean same = Objects.equals(q.explanation, draft.explanation()) && Objects.equals(q.quote, draft.quote())
                && Objects.equals(q.sourceId, draft.sourceId()) && Objects.equals(q.topic, draft.topic())
                && q.difficulty == (float) draft.difficulty() && q.factIds.equals(new HashSet<>(draft.factIds()));
        if (same) {
            return false;
        }
        q.explanation = draft.explanation();
        q.quote = draft.quote();
        q.sourceId = draft.sourceId();
        q.topic = draft.topic();
        q.difficulty = (float) draft.difficulty();
        q.factIds.clear();
        q.factIds.addAll(draft.factIds());
        return true;
    }
}
