package vn.civicsquiz.game;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import vn.civicsquiz.question.Question;
import vn.civicsquiz.question.QuestionKind;
import vn.civicsquiz.quiz.grading.AnswerText;
import vn.civicsquiz.quiz.grading.GradingKey;
import vn.civicsquiz.quiz.grading.ItemLayout;
import vn.civicsquiz.quiz.grading.LearnerResponse;
import vn.civicsquiz.quiz.grading.ResponseCodec;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Builds {@link GameView}s: for the host, for everyone (the pushed news) and for one player. */
@ApplicationScoped
public class GameViews {

    static final int HOST_TOP = 10;
    static final int PUBLIC_TOP = 5;

    private final EntityManager em;
    private final GameQuestions questions;
    private final Clock clock;

    public GameViews(EntityManager em, GameQuestions questions, Clock clock) {
        this.em = em;
        this.questions = questions;
        this.clock = clock;
    }

    /** The host's screen: every player with their score, the top ten. */
    @Transactional
    public GameView host(Game game) {
        return read(reload(game)).view(true, null);
    }

    /** What every player's screen shows: the question, once closed its answer and the top five. */
    @Transactional
    public GameView everyone(Game game) {
        return read(reload(game)).view(false, null);
    }

    /** What one player's screen shows: as {@link #everyone} and their own standing. */
    @Transactional
    public GameView player(Game game, GamePlayer player) {
        Snapshot now = read(reload(game));
        return now.view(false, now.you(player.id).orElseGet(() -> removed(now, player)));
    }

    /**
     * What a push sends: the host's view and the players' view, as asked (null for a view not asked), and each
     * player's own standing, so a phone gets its whole screen without asking again.
     */
    public record Pushed(GameView forHosts, GameView forPlayers, Map<Long, GameView.You> players) {
    }

    /**
     * The views a push sends, read together in one transaction of their own (a fresh read: nothing to refresh) in
     * three statements whatever the number of players: the game, every player's answers folded per player, and the
     * open question. Empty when the game is gone.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public java.util.Optional<Pushed> pushed(long gameId, boolean forHosts, boolean forPlayers) {
        Game game = em.find(Game.class, gameId);
        if (game == null) {
            return java.util.Optional.empty();
        }
        Snapshot now = read(game);
        Map<Long, GameView.You> own = new HashMap<>();
        if (forPlayers) {
            now.players.forEach(p -> own.put(p.id, now.you(p)));
        }
        return java.util.Optional.of(new Pushed(forHosts ? now.view(true, null) : null,
                forPlayers ? now.view(false, null) : null, own));
    }

    /** Whether the question at this index has closed (its answer may be told). */
    @Transactional
    public boolean closed(long gameId, int index) {
        Game game = em.find(Game.class, gameId);
        em.refresh(game);
        GameState state = game.stateAt(clock.instant());
        return game.currentIndex > index || state == GameState.REVEAL || state == GameState.ENDED;
    }

    private Game reload(Game game) {
        Game fresh = em.find(Game.class, game.id);
        em.refresh(fresh);
        return fresh;
    }

    /**
     * One player still in the game, with their answers folded: the score over the revealed questions, the open
     * (or last shown) question's answer, and the last revealed question's result.
     */
    private record PlayerNow(long id, String nickname, int score, int rank, boolean answeredCurrent,
                             String currentResponse, boolean currentCorrect, boolean answeredShown,
                             Boolean correctShown, int pointsShown) {
    }

    /** A game at one moment, from which every screen's view is built without reading again. */
    private final class Snapshot {
        final Game game;
        final Instant now;
        final GameState state;
        final int index;
        /** The last question whose answer is told: the one before the open question, else the current one. */
        final int shown;
        final List<PlayerNow> players;
        final GameView.Question question;
        final GameView.Reveal reveal;

        Snapshot(Game game, Instant now, List<PlayerNow> players, Question q, ItemLayout layout) {
            this.game = game;
            this.now = now;
            this.state = game.stateAt(now);
            this.index = game.currentIndex;
            this.shown = state == GameState.QUESTION ? index - 1 : index;
            this.players = players;
            this.question = q == null ? null : question(index, q, layout);
            this.reveal = q != null && state == GameState.REVEAL ? reveal(players, layout) : null;
        }

        GameView view(boolean host, GameView.You you) {
            long answers = players.stream().filter(PlayerNow::answeredCurrent).count();
            Long remaining = question != null && state == GameState.QUESTION ? game.remaining(now).toMillis() : null;
            List<GameView.Entry> leaderboard = players.stream().limit(host ? HOST_TOP : PUBLIC_TOP)
                    .map(p -> new GameView.Entry(p.rank, p.id, p.nickname, p.score)).toList();
            List<GameView.PlayerRow> rows = host ? players.stream()
                    .map(p -> new GameView.PlayerRow(p.id, p.nickname, p.score, p.answeredCurrent)).toList() : null;
            return new GameView(game.id, game.pin, game.topic, state, game.paused(), index, game.size(),
                    game.secondsPerQuestion, index == 0 ? null : game.openedAt, index == 0 ? null : game.closesAt,
                    remaining, players.size(), answers, question, reveal, leaderboard, rows, you);
        }

        java.util.Optional<GameView.You> you(long playerId) {
            return players.stream().filter(p -> p.id == playerId).findFirst().map(this::you);
        }

        GameView.You you(PlayerNow p) {
            GameView.Last last = shown > 0 ? new GameView.Last(shown, p.answeredShown, p.correctShown, p.pointsShown)
                    : null;
            return new GameView.You(p.id, p.nickname, p.score, p.rank, p.answeredCurrent, last);
        }
    }

    /** Reads the game's players with their answers (one statement) and its current question. */
    private Snapshot read(Game game) {
        Instant now = clock.instant();
        GameState state = game.stateAt(now);
        int index = game.currentIndex;
        int shown = Math.max(0, state == GameState.QUESTION ? index - 1 : index);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        SELECT p.id, p.nickname,
                               COALESCE(SUM(a.points) FILTER (WHERE a.idx <= ?2), 0) AS score,
                               RANK() OVER (ORDER BY COALESCE(SUM(a.points) FILTER (WHERE a.idx <= ?2), 0) DESC),
                               MAX(a.response) FILTER (WHERE a.idx = ?3),
                               COALESCE(BOOL_OR(a.correct) FILTER (WHERE a.idx = ?3), FALSE),
                               COUNT(a.idx) FILTER (WHERE a.idx = ?2) > 0,
                               BOOL_OR(a.correct) FILTER (WHERE a.idx = ?2),
                               COALESCE(SUM(a.points) FILTER (WHERE a.idx = ?2), 0)
                        FROM game_player p
                        LEFT JOIN game_answer a ON a.player_id = p.id AND a.game_id = p.game_id AND a.idx <= ?3
                        WHERE p.game_id = ?1 AND NOT p.removed
                        GROUP BY p.id, p.nickname, p.nickname_key
                        ORDER BY score DESC, p.nickname_key, p.id""")
                .setParameter(1, game.id).setParameter(2, (short) shown).setParameter(3, (short) index)
                .getResultList();
        List<PlayerNow> players = rows.stream().map(r -> new PlayerNow(((Number) r[0]).longValue(), (String) r[1],
                ((Number) r[2]).intValue(), ((Number) r[3]).intValue(), index > 0 && r[4] != null, (String) r[4],
                (Boolean) r[5], (Boolean) r[6], (Boolean) r[7], ((Number) r[8]).intValue())).toList();
        Question q = null;
        ItemLayout layout = null;
        if (index > 0 && state != GameState.ENDED) {
            q = questions.question(game.questionAt(index)).orElseThrow();
            layout = questions.layout(game, index, q);
        }
        return new Snapshot(game, now, players, q, layout);
    }

    /** A player removed from the game: no score, ranked after everyone, their own answers as they stand. */
    private GameView.You removed(Snapshot now, GamePlayer player) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                        "SELECT idx, correct, points FROM game_answer WHERE game_id = ?1 AND player_id = ?2 AND idx IN (?3, ?4)")
                .setParameter(1, now.game.id).setParameter(2, player.id).setParameter(3, (short) now.index)
                .setParameter(4, (short) now.shown).getResultList();
        boolean answered = now.index > 0 && rows.stream().anyMatch(r -> ((Number) r[0]).intValue() == now.index);
        Object[] shown = rows.stream().filter(r -> ((Number) r[0]).intValue() == now.shown).findFirst().orElse(null);
        GameView.Last last = now.shown > 0 ? new GameView.Last(now.shown, shown != null,
                shown == null ? null : (Boolean) shown[1], shown == null ? 0 : ((Number) shown[2]).intValue()) : null;
        return new GameView.You(player.id, player.nickname, 0, now.players.size() + 1, answered, last);
    }

    private static GameView.Question question(int index, Question q, ItemLayout layout) {
        GradingKey key = layout.key();
        List<GameView.Option> options = layout.optionOrder().stream()
                .map(id -> new GameView.Option(layout.clientOptionId(id), key.option(id).orElseThrow().text()))
                .toList();
        return new GameView.Question(index, q.kind.name(), q.stem, options);
    }

    /** The closed question's answer and how the players still in the game answered it. */
    private static GameView.Reveal reveal(List<PlayerNow> players, ItemLayout layout) {
        GradingKey key = layout.key();
        List<PlayerNow> answered = players.stream().filter(PlayerNow::answeredCurrent).toList();
        long correct = answered.stream().filter(PlayerNow::currentCorrect).count();
        List<GameView.Bar> bars = new ArrayList<>();
        if (layout.optionOrder().isEmpty()) {
            bars.add(new GameView.Bar(null, "right", true, correct));
            bars.add(new GameView.Bar(null, "wrong", false, answered.size() - correct));
        } else {
            Map<Long, Long> chosen = new HashMap<>();
            for (PlayerNow p : answered) {
                if (ResponseCodec.read(p.currentResponse()) instanceof LearnerResponse.Choice c) {
                    c.optionIds().forEach(id -> chosen.merge(id, 1L, Long::sum));
                }
            }
            for (Long id : layout.optionOrder()) {
                GradingKey.KeyOption o = key.option(id).orElseThrow();
                bars.add(new GameView.Bar(layout.clientOptionId(id), o.text(), o.correct(), chosen.getOrDefault(id, 0L)));
            }
        }
        List<Long> rightIds = key.kind() == QuestionKind.NUMERIC || key.kind() == QuestionKind.SHORT_ANSWER
                ? List.of() : layout.optionOrder().stream().filter(id -> key.option(id).orElseThrow().correct())
                .map(layout::clientOptionId).toList();
        return new GameView.Reveal(rightIds, AnswerText.rightAnswer(key), bars, answered.size(), correct);
    }

    /** A player's score over the revealed questions and rank (equal scores share a rank). */
    public record Standing(long id, String nickname, int score, int rank) {
    }

    /** Every player still in the game, best first; ties in nickname order. */
    public List<Standing> standings(long gameId, int revealedUpTo) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        SELECT p.id, p.nickname, COALESCE(SUM(a.points), 0) AS score,
                               RANK() OVER (ORDER BY COALESCE(SUM(a.points), 0) DESC) AS place
                        FROM game_player p
                        LEFT JOIN game_answer a ON a.player_id = p.id AND a.game_id = p.game_id AND a.idx <= ?2
                        WHERE p.game_id = ?1 AND NOT p.removed
                        GROUP BY p.id, p.nickname, p.nickname_key
                        ORDER BY score DESC, p.nickname_key, p.id""")
                .setParameter(1, gameId).setParameter(2, (short) Math.max(0, revealedUpTo)).getResultList();
        return rows.stream().map(r -> new Standing(((Number) r[0]).longValue(), (String) r[1],
                ((Number) r[2]).intValue(), ((Number) r[3]).intValue())).toList();
    }
}
