package vn.civicsquiz.quiz;

import jakarta.enterprise.context.ApplicationScoped;
import vn.civicsquiz.learner.LearnerRef;

/**
 * An attempt holding exactly one question of each kind, from a private topic of its own, whatever else the bank
 * holds (other tests and the generated bank add questions to the real topics). Test helper.
 */
@ApplicationScoped
public class KindAttempts {

    private final TestBank bank;
    private final AttemptService attempts;

    public KindAttempts(TestBank bank, AttemptService attempts) {
        this.bank = bank;
        this.attempts = attempts;
    }

    public QuizAttempt start(LearnerRef learner, QuizMode mode) {
        String topic = bank.privateTopic(1);
        return attempts.start(learner, new StartRequest(topic, 8, mode, false, null));
    }
}
