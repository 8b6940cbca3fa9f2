package vn.civicsquiz.quiz;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.jpa.HibernateHints;
import vn.civicsquiz.question.Question;
import vn.civicsquiz.quiz.grading.GradingKey;

import java.time.Duration;
import java.util.List;

/**
 * What learners are shown and graded against, kept in memory per question <em>version</em>: the question with its
 * options, its grading key and the passages of its facts. The caller reads the version with the attempt's row (one
 * join), so an edited question is never served stale on any instance; every teacher edit raises the version
 * ({@code QuestionBank}). Entries also expire after a minute, which bounds how long a changed passage of the fact
 * catalogue (it has no version) can go unseen.
 *
 * <p>The question instances are shared between requests: nothing may change them, and their lazy collections (tags,
 * fact ids) are not loaded.
 */
@ApplicationScoped
public class AskedQuestions {

    /** The question at a version, its key, and the passages of the facts it tests (in fact id order). */
    public record Asked(Question question, GradingKey key, List<Passage> passages) {
        public int version() {
            return question.version;
        }
    }

    /** About 3 KB each: a bank's worth of questions in a few MB, bounded for banks of millions. */
    static final int KEPT = 2_000;
    static final Duration KEPT_FOR = Duration.ofMinutes(1);

    private final Cache<Long, Asked> byId = Caffeine.newBuilder().maximumSize(KEPT).expireAfterWrite(KEPT_FOR).build();
    private final QuestionFacts facts;

    public AskedQuestions(QuestionFacts facts) {
        this.facts = facts;
    }

    /** The question as it stands at {@code version}; read (in the caller's transaction) when not kept or older. */
    public Asked get(long questionId, int version) {
        Asked kept = byId.getIfPresent(questionId);
        if (kept != null && kept.version() == version) {
            return kept;
        }
        Asked loaded = load(questionId);
        if (kept == null || kept.version() < loaded.version()) {
            byId.put(questionId, loaded);
        }
        return loaded;
    }

    private Asked load(long questionId) {
        Question q = Question.<Question>find("select q from Question q left join fetch q.options where q.id = ?1",
                        questionId)
                .withHint(HibernateHints.HINT_READ_ONLY, true)
                .singleResult();
        return new Asked(q, GradingKey.of(q), facts.passages(questionId));
    }

    /** Forgets everything kept (tests that change questions behind the bank's back). */
    public void clear() {
        byId.invalidateAll();
    }
}
