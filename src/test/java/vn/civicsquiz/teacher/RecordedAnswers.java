package vn.civicsquiz.teacher;

import io.quarkus.test.junit.QuarkusTestProfile;
import jakarta.inject.Singleton;
import jakarta.enterprise.inject.Alternative;
import jakarta.persistence.EntityManager;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Stands in for the quiz tables in tests of what happens to answered questions: a test marks a question as
 * answered by a learner. Enabled only under {@link Profile}.
 */
@Alternative
@Singleton
public class RecordedAnswers extends QuestionUsage {

    static final Set<Long> ANSWERED = ConcurrentHashMap.newKeySet();

    public RecordedAnswers(EntityManager em) {
        super(em);
    }

    @Override
    public boolean answered(long questionId) {
        return ANSWERED.contains(questionId);
    }

    public static class Profile implements QuarkusTestProfile {
        @Override
        public Set<Class<?>> getEnabledAlternatives() {
            return Set.of(RecordedAnswers.class);
        }
    }
}
