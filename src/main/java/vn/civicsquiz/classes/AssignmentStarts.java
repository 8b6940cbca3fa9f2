package vn.civicsquiz.classes;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import vn.civicsquiz.learner.LearnerRef;
import vn.civicsquiz.quiz.AttemptService;
import vn.civicsquiz.quiz.QuizAttempt;
import vn.civicsquiz.quiz.StartRequest;

/**
 * A member starts an attempt of an assignment: the start rules ({@link Assignments#questionsForStart}) and the new
 * attempt in one transaction, so that twelve starts sent at once by one member of a one-attempt test make one
 * attempt, not three.
 */
@ApplicationScoped
public class AssignmentStarts {

    private final Assignments assignments;
    private final AttemptService attempts;

    public AssignmentStarts(Assignments assignments, AttemptService attempts) {
        this.assignments = assignments;
        this.attempts = attempts;
    }

    /**
     * @throws Assignments.Refused          before it opens, after it closes, past the attempts allowed
     * @throws vn.civicsquiz.platform.problem.ProblemException.Conflict when it has no published questions
     */
    @Transactional
    public QuizAttempt start(LearnerRef learner, AssignmentView assignment) {
        Assignments.Settings s = assignments.settings(assignment.id());
        List<Long> questions = assignments.questionsForStart(assignment.id(), learner.learnerId(), s);
        return attempts.start(learner, new StartRequest(s.topic(), s.size(), s.mode(), false,
                s.timeLimitMinutes() == null ? null : s.timeLimitMinutes() * 60, assignment.id(), questions));
    }
}
