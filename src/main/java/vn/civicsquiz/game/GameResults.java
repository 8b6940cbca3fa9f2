package vn.civicsquiz.game;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Every player's points per question, for the host (JSON or CSV). */
@ApplicationScoped
public class GameResults {

    @Schema(name = "GameResults")
    public record Results(long id, String pin, String topic, GameState state, int total, List<Row> players) {
    }

    /** @param points per question index (1..total), 0 where not answered or wrong */
    @Schema(name = "GameResultRow")
    public record Row(int rank, long playerId, String nickname, int score, int correct, int answered,
                      List<Integer> points) {
    }

    private final EntityManager em;
    private final GameViews views;
    private final java.time.Clock clock;

    public GameResults(EntityManager em, GameViews views, java.time.Clock clock) {
        this.em = em;
        this.views = views;
        this.clock = clock;
    }

    /** Counts every stored answer, the open question's too: the host may see them. */
    @Transactional
    public Results of(Game game) {
        List<GameViews.Standing> standings = views.standings(game.id, game.size());
        @SuppressWarnings("unchecked")
        List<Object[]> answers = em.createNativeQuery(
                        "SELECT player_id, idx, correct, points FROM game_answer WHERE game_id = ?1")
                .setParameter(1, game.id).getResultList();
        Map<Long, Integer[]> points = new HashMap<>();
        Map<Long, int[]> counts = new HashMap<>();
        for (Object[] a : answers) {
            long player = ((Number) a[0]).longValue();
            Integer[] row = points.computeIfAbsent(player, p -> zeros(game.size()));
            row[((Number) a[1]).intValue() - 1] = ((Number) a[3]).intValue();
            int[] c = counts.computeIfAbsent(player, p -> new int[2]);
            c[0] += (Boolean) a[2] ? 1 : 0;
            c[1]++;
        }
        List<Row> rows = standings.stream().map(s -> new Row(s.rank(), s.id(), s.nickname(), s.score(),
                counts.getOrDefault(s.id(), new int[2])[0], counts.getOrDefault(s.id(), new int[2])[1],
                List.of(points.getOrDefault(s.id(), zeros(game.size()))))).toList();
        return new Results(game.id, game.pin, game.topic, game.stateAt(clock.instant()), game.size(), rows);
    }

    private static Integer[] zeros(int n) {
        Integer[] z = new Integer[n];
        java.util.Arrays.fill(z, 0);
        return z;
    }

    /** UTF-8 with a BOM so spreadsheet programs read Vietnamese; a cell never starts a formula. */
    public static String csv(Results results) {
        StringBuilder csv = new StringBuilder("\uFEFFrank,nickname,score,correct,answered");
        for (int i = 1; i <= results.total(); i++) {
            csv.append(",q").append(i);
        }
        csv.append("\r\n");
        for (Row r : results.players()) {
            csv.append(r.rank()).append(',').append(cell(r.nickname())).append(',').append(r.score()).append(',')
                    .append(r.correct()).append(',').append(r.answered());
            r.points().forEach(p -> csv.append(',').append(p));
            csv.append("\r\n");
        }
        return csv.toString();
    }

    private static String cell(String value) {
        String v = value.matches("^[=+\\-@].*") ? "'" + value : value;
        return v.matches(".*[\",\r\n].*") ? "\"" + v.replace("\"", "\"\"") + "\"" : v;
    }
}
