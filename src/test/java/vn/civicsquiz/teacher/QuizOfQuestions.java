package vn.civicsquiz.teacher;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import vn.civicsquiz.learner.LearnerRef;
import vn.civicsquiz.question.Question;
import vn.civicsquiz.quiz.AttemptService;
import vn.civicsquiz.quiz.QuizMode;
import vn.civicsquiz.quiz.StartRequest;

/**
 * A practice quiz of exactly these published questions, whatever else the bank holds: they are moved to a topic of
 * their own first (test helper).
 */
@ApplicationScoped
public class QuizOfQuestions {

    private final AttemptService attempts;

    public QuizOfQuestions(AttemptService attempts) {
        this.attempts = attempts;
    }

    public long start(LearnerRef learner, List<Long> questionIds) {
        String topic = isolate(questionIds);
        return attempts.start(learner, new StartRequest(topic, questionIds.size(), QuizMode.practice, false, null)).id;
    }

    @Transactional
    String isolate(List<Long> questionIds) {
        String topic = "t-" + UUID.randomUUID().toString().substring(0, 8);
        Question.update("topic = ?1 where id in ?2", topic, questionIds);
        return topic;
    }
}
