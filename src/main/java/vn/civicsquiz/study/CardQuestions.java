package vn.civicsquiz.study;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import vn.civicsquiz.question.Question;
import vn.civicsquiz.question.QuestionKind;
import vn.civicsquiz.question.QuestionStatus;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the multiple-choice question a quiz-style review asks for a card: a published question with exactly one
 * right option that tests the card's fact. When several do, the card's review count picks one in turn, so a card
 * reviewed again is not always asked the same way.
 */
@ApplicationScoped
public class CardQuestions {

    /** The kinds answered by picking one option, which is all a quiz-style review asks for. */
    static final Set<QuestionKind> ONE_PICK = EnumSet.of(QuestionKind.SINGLE, QuestionKind.NEGATIVE,
            QuestionKind.TRUE_FALSE);

    private final EntityManager em;

    public CardQuestions(EntityManager em) {
        this.em = em;
    }

    @Transactional
    public Optional<Question> forFact(String factId, int turn) {
        List<Long> ids = em.createQuery("""
                        select q.id from Question q join q.factIds f
                        where f = ?1 and q.status = ?2 and q.kind in ?3 and q.heldBack = false
                        order by q.id""", Long.class)
                .setParameter(1, factId).setParameter(2, QuestionStatus.published).setParameter(3, ONE_PICK)
                .getResultList();
        if (ids.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(withOptions(ids.get(Math.floorMod(turn, ids.size()))));
    }

    /** The question when it may be asked for the fact, else empty (unknown, not published, other fact or kind). */
    @Transactional
    public Optional<Question> askable(long questionId, String factId) {
        Question question = em.find(Question.class, questionId);
        if (question == null || question.status != QuestionStatus.published || !ONE_PICK.contains(question.kind)
                || !question.factIds.contains(factId)) {
            return Optional.empty();
        }
        return Optional.of(withOptions(questionId));
    }

    private Question withOptions(long id) {
        return em.createQuery("select q from Question q left join fetch q.options where q.id = ?1", Question.class)
                .setParameter(1, id).getSingleResult();
    }
}
