package vn.civicsquiz.game;

import vn.civicsquiz.classes.Assignments;
import vn.civicsquiz.teacher.sets.QuestionSets;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import org.hibernate.jpa.HibernateHints;
import vn.civicsquiz.question.Question;
import vn.civicsquiz.quiz.QuizTopics;
import vn.civicsquiz.quiz.grading.GradingKey;
import vn.civicsquiz.quiz.grading.ItemLayout;
import vn.civicsquiz.quiz.grading.LayoutSeeds;
import vn.civicsquiz.quiz.grading.OptionShuffler;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

/**
 * The questions of a game: picked at random from a topic's published questions like a quiz's, of the kinds a
 * player answers in one go on a phone (choices, a number or a short text; no ordering or matching), and laid
 * out once per game and index, the same for every player, with opaque option ids (see {@link ItemLayout}).
 */
@ApplicationScoped
public class GameQuestions {

    static final String KINDS = "('SINGLE','MULTIPLE','TRUE_FALSE','NEGATIVE','NUMERIC','SHORT_ANSWER')";
    private static final String PICK = """
            (SELECT q.id FROM question q
              WHERE q.status = 'published' AND NOT q.held_back AND q.kind IN %1$s%2$s AND q.pick_key >= :start
              ORDER BY q.pick_key LIMIT :n)
            UNION ALL
            (SELECT q.id FROM question q
              WHERE q.status = 'published' AND NOT q.held_back AND q.kind IN %1$s%2$s AND q.pick_key < :start
              ORDER BY q.pick_key LIMIT :n)
            LIMIT :n""";

    private final EntityManager em;
    private final LayoutSeeds seeds;
    private final QuestionSets questionSets;
    private final Random random = new SecureRandom();

    public GameQuestions(EntityManager em, LayoutSeeds seeds, QuestionSets questionSets) {
        this.em = em;
        this.seeds = seeds;
        this.questionSets = questionSets;
    }

    /** Up to n distinct question ids of the topic ("mixed": any), in random order. */
    public List<Long> pick(String topic, int n) {
        boolean mixed = QuizTopics.MIXED.equals(topic);
        Query query = em.createNativeQuery(PICK.formatted(KINDS, mixed ? "" : " AND q.topic = :topic"))
                .setParameter("n", n).setParameter("start", random.nextInt(Integer.MAX_VALUE));
        if (!mixed) {
            query.setParameter("topic", topic);
        }
        return shuffledDistinct(query);
    }

    private List<Long> shuffledDistinct(Query query) {
        @SuppressWarnings("unchecked")
        List<Number> ids = query.getResultList();
        Set<Long> distinct = new LinkedHashSet<>();
        ids.forEach(id -> distinct.add(id.longValue()));
        List<Long> list = new ArrayList<>(distinct);
        Collections.shuffle(list, random);
        return list;
    }

    /**
     * Up to n questions of an assignment that a live game can play: its chosen questions still published, in the
     * teacher's order; else a random draw from its sets (and their subsets); else from its topic. Ordering and
     * matching questions are left out (they are not answered in one tap on a phone).
     */
    public List<Long> ofAssignment(Assignments.Settings assignment, int n) {
        if (!assignment.questions().isEmpty()) {
            @SuppressWarnings("unchecked")
            Set<Long> playable = new java.util.HashSet<>(((List<Number>) em.createNativeQuery(
                            "SELECT id FROM question WHERE id IN (:ids) AND status = 'published' AND kind IN " + KINDS)
                    .setParameter("ids", assignment.questions()).getResultList()).stream().map(Number::longValue).toList());
            return assignment.questions().stream().filter(playable::contains).limit(n).toList();
        }
        if (!assignment.sets().isEmpty()) {
            Set<Long> sets = new java.util.HashSet<>();
            assignment.sets().forEach(set -> sets.addAll(questionSets.subtree(set)));
            Query query = em.createNativeQuery(PICK.formatted(KINDS, " AND q.set_id IN (:sets)"))
                    .setParameter("n", n).setParameter("start", random.nextInt(Integer.MAX_VALUE))
                    .setParameter("sets", sets);
            return shuffledDistinct(query);
        }
        return pick(assignment.topic(), n);
    }

    /** The question with its options, read-only. */
    public Optional<Question> question(long questionId) {
        return Question.<Question>find("select q from Question q left join fetch q.options where q.id = ?1", questionId)
                .withHint(HibernateHints.HINT_READ_ONLY, true).singleResultOptional();
    }

    /** How the question at this index is shown to every player of the game. */
    public ItemLayout layout(Game game, int index, Question question) {
        GradingKey key = GradingKey.of(question);
        OptionShuffler.Orders orders = OptionShuffler.orders(key, seeds.random("game", game.id, index));
        return new ItemLayout(key, orders.options(), orders.choices());
    }
}
