package vn.civicsquiz.learner;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The opt-in leaderboard: signed-in learners who chose a nickname, ranked by questions answered correctly. */
@ApplicationScoped
public class Leaderboard {

    static final int SIZE = 20;
    /** First key of the advisory locks taken while a nickname is chosen (the second is the name's hash). */
    private static final int NICKNAME_LOCK = 0x4e69636b;

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

    /** What became of a learner's leaderboard choice. */
    public enum Choice {
        SAVED, INVALID, TAKEN
    }

    /**
     * Saves whether the learner shows on the board and under which nickname (checked by {@link DisplayNames}); a
     * nickname another learner holds, ignoring case and diacritics, is refused. Nothing changes unless saved.
     */
    @Transactional
    public Choice choose(long learnerId, boolean onBoard, String nickname) {
        Optional<String> name;
        try {
            name = onBoard ? Optional.of(DisplayNames.require(nickname, DisplayNames.Kind.NICKNAME))
                    : DisplayNames.check(nickname, DisplayNames.Kind.NICKNAME);
        } catch (AccountException e) {
            return Choice.INVALID;
        }
        String key = name.map(DisplayNames::sameNameKey).orElse(null);
        if (key != null) {
            // learners choosing the same name at once take turns; the unique index backs this up
            em.createNativeQuery("SELECT pg_advisory_xact_lock(?1, hashtext(?2))")
                    .setParameter(1, NICKNAME_LOCK).setParameter(2, key).getSingleResult();
            boolean taken = !em.createNativeQuery("SELECT 1 FROM learner WHERE nickname_key = ?1 AND id <> ?2")
                    .setParameter(1, key).setParameter(2, learnerId).getResultList().isEmpty();
            if (taken) {
                return Choice.TAKEN;
            }
        }
        Learner learner = Learner.findById(learnerId);
        learner.onLeaderboard = onBoard;
        learner.nickname = name.orElse(null);
        learner.nicknameKey = key;
        return Choice.SAVED;
    }

    /**
     * Nicknames saved before they had keys get theirs, oldest learner first; a later learner whose nickname
     * means the same as an earlier one's loses it and leaves the board until they choose another.
     */
    @Transactional
    public int keyEarlierNicknames() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT id, nickname FROM learner WHERE nickname IS NOT NULL AND nickname_key IS NULL ORDER BY id""")
                .getResultList();
        int keyed = 0;
        for (Object[] row : rows) {
            long id = ((Number) row[0]).longValue();
            String key = DisplayNames.sameNameKey((String) row[1]);
            boolean taken = !em.createNativeQuery("SELECT 1 FROM learner WHERE nickname_key = ?1")
                    .setParameter(1, key).getResultList().isEmpty();
            if (taken) {
                em.createNativeQuery("UPDATE learner SET nickname = NULL, on_leaderboard = false WHERE id = ?1")
                        .setParameter(1, id).executeUpdate();
            } else {
                em.createNativeQuery("UPDATE learner SET nickname_key = ?2 WHERE id = ?1")
                        .setParameter(1, id).setParameter(2, key).executeUpdate();
            }
            keyed++;
        }
        return keyed;
    }

    void onStart(@jakarta.enterprise.event.Observes io.quarkus.runtime.StartupEvent event) {
        keyEarlierNicknames();
    }
}
