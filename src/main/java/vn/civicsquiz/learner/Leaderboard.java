package vn.civicsquiz.learner;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import vn.civicsquiz.content.text.TextNormaliser;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The opt-in leaderboard: signed-in learners who chose a nickname, ranked by questions answered correctly. */
@ApplicationScoped
public class Leaderboard {

    static final int SIZE = 20;
    static final int MIN_NICKNAME = 3;
    static final int MAX_NICKNAME = 40;

    /** @param you whether the row is the current learner's */
    public record Row(int rank, String nickname, int points, boolean you) {
    }

    private final EntityManager em;

    public Leaderboard(EntityManager em) {
        this.em = em;
    }

    public List<Row> top(Long currentLearnerId) {
        List<?> rows = em.createNativeQuery("""
                        SELECT l.id, l.nickname, count(lq.question_id) AS points
                        FROM learner l LEFT JOIN learner_question lq ON lq.learner_id = l.id AND lq.correct_count > 0
                        WHERE l.on_leaderboard AND l.account_id IS NOT NULL
                        GROUP BY l.id, l.nickname ORDER BY points DESC, l.nickname LIMIT ?1""")
                .setParameter(1, SIZE).getResultList();
        List<Row> board = new ArrayList<>();
        int rank = 0;
        long previous = -1;
        for (int i = 0; i < rows.size(); i++) {
            Object[] c = (Object[]) rows.get(i);
            long points = ((Number) c[2]).longValue();
            rank = points == previous ? rank : i + 1;
            previous = points;
            board.add(new Row(rank, (String) c[1], (int) points, currentLearnerId != null
                    && currentLearnerId == ((Number) c[0]).longValue()));
        }
        return board;
    }

    /** Returns the normalised nickname, or empty when it is not acceptable (then nothing changes). */
    @Transactional
    public Optional<String> choose(long learnerId, boolean onBoard, String nickname) {
        String name = TextNormaliser.nfc(nickname == null ? "" : nickname);
        if (onBoard && (name.length() < MIN_NICKNAME || name.length() > MAX_NICKNAME)) {
            return Optional.empty();
        }
        Learner learner = Learner.findById(learnerId);
        learner.onLeaderboard = onBoard;
        learner.nickname = name.isEmpty() ? null : name.substring(0, Math.min(name.length(), MAX_NICKNAME));
        return Optional.of(name);
    }
}
