package vn.civicsquiz.classes;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.civicsquiz.game.Game;
import vn.civicsquiz.game.GameResults;
import vn.civicsquiz.game.GameState;

/**
 * The live games a teacher hosted from an assignment, with each class member's place in them: a member who played
 * signed in is matched by account, whatever nickname they chose; guests who played are counted, not named.
 */
@ApplicationScoped
public class AssignmentGames {

    @Schema(name = "AssignmentGame")
    public record Played(long gameId, String pin, GameState state, int questions, OffsetDateTime createdAt,
                         OffsetDateTime endedAt, int players,
                         @Schema(description = "Players who were not signed in as a member of the class") int guests,
                         List<Member> members) {
    }

    /** @param rank null when the member did not play (signed in) in this game */
    @Schema(name = "AssignmentGameMember")
    public record Member(long accountId, String username, String displayName, boolean played, String nickname,
                         Integer rank, Integer score, Integer correct, Integer answered) {
    }

    private final EntityManager em;
    private final AssignmentMarks marks;
    private final GameResults results;

    public AssignmentGames(EntityManager em, AssignmentMarks marks, GameResults results) {
        this.em = em;
        this.marks = marks;
        this.results = results;
    }

    @Transactional
    public List<Played> of(long classId, long assignmentId, long teacherId) {
        marks.closingTime(classId, assignmentId, teacherId); // the teacher's class and its assignment, else 404
        @SuppressWarnings("unchecked")
        List<Object[]> members = em.createNativeQuery("""
                        SELECT acc.id, acc.username, acc.display_name FROM class_member m
                        JOIN account acc ON acc.id = m.account_id WHERE m.class_id = ?1 ORDER BY acc.username""")
                .setParameter(1, classId).getResultList();
        List<Game> games = em.createQuery("FROM Game g WHERE g.assignmentId = ?1 ORDER BY g.id", Game.class)
                .setParameter(1, assignmentId).getResultList();
        List<Played> played = new ArrayList<>();
        for (Game game : games) {
            GameResults.Results r = results.of(game);
            Map<Long, GameResults.Row> byAccount = new HashMap<>();
            @SuppressWarnings("unchecked")
            List<Object[]> accounts = em.createNativeQuery("""
                            SELECT id, account_id FROM game_player
                            WHERE game_id = ?1 AND account_id IS NOT NULL AND NOT removed""")
                    .setParameter(1, game.id).getResultList();
            Map<Long, Long> accountOfPlayer = new HashMap<>();
            accounts.forEach(a -> accountOfPlayer.put(((Number) a[0]).longValue(), ((Number) a[1]).longValue()));
            r.players().forEach(row -> {
                Long account = accountOfPlayer.get(row.playerId());
                if (account != null) {
                    byAccount.putIfAbsent(account, row);
                }
            });
            List<Member> rows = new ArrayList<>();
            int memberPlayers = 0;
            for (Object[] m : members) {
                long account = ((Number) m[0]).longValue();
                GameResults.Row row = byAccount.get(account);
                if (row != null) {
                    memberPlayers++;
                }
                rows.add(row == null ? new Member(account, (String) m[1], (String) m[2], false, null, null, null, null,
                        null) : new Member(account, (String) m[1], (String) m[2], true, row.nickname(), row.rank(),
                        row.score(), row.correct(), row.answered()));
            }
            played.add(new Played(game.id, game.pin, r.state(), game.size(), game.createdAt, game.endedAt,
                    r.players().size(), r.players().size() - memberPlayers, rows));
        }
        return played;
    }
}
