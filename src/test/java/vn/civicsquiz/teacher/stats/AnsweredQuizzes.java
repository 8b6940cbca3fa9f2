package vn.civicsquiz.teacher.stats;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import vn.civicsquiz.learner.AccountService;
import vn.civicsquiz.learner.LearnerRef;
import vn.civicsquiz.learner.Role;
import vn.civicsquiz.question.Question;
import vn.civicsquiz.question.QuestionDraft;
import vn.civicsquiz.question.QuestionDraft.OptionDraft;
import vn.civicsquiz.question.QuestionKind;
import vn.civicsquiz.quiz.AnswerService;
import vn.civicsquiz.quiz.grading.LearnerResponse;
import vn.civicsquiz.quiz.TestBank;

import java.time.OffsetDateTime;
import java.util.List;

/** Builds learners, questions and answers that go through the real answer recording. */
@ApplicationScoped
public class AnsweredQuizzes {

    private final EntityManager em;
    private final AccountService accounts;
    private final AnswerService answers;

    public AnsweredQuizzes(EntityManager em, AccountService accounts, AnswerService answers) {
        this.em = em;
        this.accounts = accounts;
        this.answers = answers;
    }

    /** A SINGLE question whose option 0 is right, options 1-3 wrong. */
    @Transactional
    public Question question(String topic, String stem, String... options) {
        List<OptionDraft> drafts = new java.util.ArrayList<>();
        for (int i = 0; i < options.length; i++) {
            drafts.add(OptionDraft.choice(options[i], i == 0));
        }
        Question q = TestBank.persist(new QuestionDraft(QuestionKind.SINGLE, topic, null, stem, drafts, null, null,
                null, 0.5, List.of(), null, null), stem);
        em.flush();
        q.options.size();
        return q;
    }

    @Transactional
    public LearnerRef learner(String username, String displayName) {
        long accountId = accounts.signUp(username, "mật-khẩu-thử-nghiệm", displayName, Role.LEARNER).id;
        long learnerId = ((Number) em.createNativeQuery("INSERT INTO learner (account_id) VALUES (?1) RETURNING id")
                .setParameter(1, accountId).getSingleResult()).longValue();
        return new LearnerRef(learnerId, accountId, null);
    }

    /** An attempt over the questions in this order. */
    @Transactional
    public long attempt(LearnerRef learner, List<Question> questions) {
        long attemptId = ((Number) em.createNativeQuery("""
                        INSERT INTO quiz_attempt (learner_id, topic, mode, size, started_at)
                        VALUES (?1, 'mixed', 'practice', ?2, ?3) RETURNING id""")
                .setParameter(1, learner.learnerId()).setParameter(2, (short) questions.size())
                .setParameter(3, OffsetDateTime.now()).getSingleResult()).longValue();
        for (int i = 0; i < questions.size(); i++) {
            em.createNativeQuery("""
                            INSERT INTO attempt_item (attempt_id, position, question_id, option_order, choice_order)
                            VALUES (?1, ?2, ?3,
                                (SELECT array_agg(id ORDER BY ordinal) FROM question_option WHERE question_id = ?3),
                                '{}')""")
                    .setParameter(1, attemptId).setParameter(2, (short) (i + 1))
                    .setParameter(3, questions.get(i).id).executeUpdate();
        }
        return attemptId;
    }

    /**
     * Answers position (1-based) by choosing the option with that ordinal index. The attempt shows the options in
     * ordinal order, so its client id (its place in that order) is the index plus one.
     */
    public void choose(LearnerRef learner, long attemptId, int position, Question question, int optionIndex) {
        long clientId = optionIndex + 1L;
        answers.answer(learner, attemptId, position, new LearnerResponse.Choice(List.of(clientId)));
    }
}
