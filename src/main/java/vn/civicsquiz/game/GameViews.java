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
import java.time.Duration;
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
        return build(reload(game), true, null);
    }

    /** What every player's screen shows: the question, once closed its answer and the top five. */
    @Transactional
    public GameView everyone(Game game) {
        return build(reload(game), false, null);
    }

    /** What one player's screen shows: as {@link #everyone} and their own standing. */
    @Transactional
    public GameView player(Game game, GamePlayer player) {
        return build(reload(game), false, player);
    }

    /**
     * What a push sends: the host's view and the players' view, as asked (null for a view not asked), and each
     * player's own standing, so a phone gets its whole screen without asking again.
     */
    public record Pushed(GameView forHosts, GameView forPlayers, Map<Long, GameView.You> players) {
    }

    /**
     * The views a push sends, read together in one transaction of their own (a fresh read: nothing to refresh);
     * empty when the game is gone. The players' standings are read once for all of them.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public java.util.Optional<Pushed> pushed(long gameId, boolean forHosts, boolean forPlayers) {
        Game game = em.find(Game.class, gameId);
        if (game == null) {
            return java.util.Optional.empty();
        }
        List<Standing> standings = standingsNow(game);
        GameView players = forPlayers ? build(game, false, null, standings) : null;
        return java.util.Optional.of(new Pushed(forHosts ? build(game, true, null, standings) : null, players,
                forPlayers ? everyoneOwn(game, standings) : Map.of()));
    }

    /** Every player's own standing, as {@link #you} gives one player's, in two statements for all of them. */
    private Map<Long, GameView.You> everyoneOwn(Game game, List<Standing> standings) {
        GameState state = game.stateAt(clock.instant());
        int index = game.currentIndex;
        int shown = state == GameState.QUESTION ? index - 1 : index;
        java.util.Set<Long> answered = new java.util.HashSet<>(answeredAt(game.id, index));
        Map<Long, Object[]> lastAnswers = new HashMap<>();
        if (shown > 0) {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery(
                            "SELECT player_id, correct, points FROM game_answer WHERE game_id = ?1 AND idx = ?2")
                    .setParameter(1, game.id).setParameter(2, (short) shown).getResultList();
            rows.forEach(r -> lastAnswers.put(((Number) r[0]).longValue(), r));
        }
        Map<Long, GameView.You> own = new HashMap<>();
        for (Standing s : standings) {
            GameView.Last last = null;
            if (shown > 0) {
                Object[] row = lastAnswers.get(s.id);
                last = new GameView.Last(shown, row != null, row == null ? null : (Boolean) row[1],
                        row == null ? 0 : ((Number) row[2]).intValue());
            }
            own.put(s.id, new GameView.You(s.id, s.nickname, s.score, s.rank, index > 0 && answered.contains(s.id),
                    last));
        }
        return own;
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

    private GameView build(Game game, boolean host, GamePlayer player) {
        return build(game, host, player, standingsNow(game));
    }

    /** The standings a screen shows now: over the questions revealed so far. */
    private List<Standing> standingsNow(Game game) {
        int index = game.currentIndex;
        return standings(game.id, game.stateAt(clock.instant()) == GameState.QUESTION ? index - 1 : index);
    }

    private GameView build(Game game, boolean host, GamePlayer player, List<Standing> standings) {
        Instant now = clock.instant();
        GameState state = game.stateAt(now);
        int index = game.currentIndex;
        long players = standings.size();
        long answers = index == 0 ? 0 : ((Number) em.createNativeQuery("""
                        SELECT count(*) FROM game_answer a JOIN game_player p ON p.id = a.player_id
                        WHERE a.game_id = ?1 AND a.idx = ?2 AND NOT p.removed""")
                .setParameter(1, game.id).setParameter(2, (short) index).getSingleResult()).longValue();
        GameView.Question question = null;
        GameView.Reveal reveal = null;
        Long remaining = null;
        if (index > 0 && state != GameState.ENDED) {
            Question q = questions.question(game.questionAt(index)).orElseThrow();
            ItemLayout layout = questions.layout(game, index, q);
            question = question(index, q, layout);
            if (state == GameState.REVEAL) {
                reveal = reveal(game.id, index, layout);
            } else {
                remaining = game.remaining(now).toMillis();
            }
        }
        int top = host ? HOST_TOP : PUBLIC_TOP;
        List<GameView.Entry> leaderboard = standings.stream().limit(top)
                .map(s -> new GameView.Entry(s.rank, s.id, s.nickname, s.score)).toList();
        List<GameView.PlayerRow> rows = null;
        if (host) {
            List<Long> answered = answeredAt(game.id, index);
            rows = standings.stream().map(s -> new GameView.PlayerRow(s.id, s.nickname, s.score,
                    answered.contains(s.id))).toList();
        }
        GameView.You you = player == null ? null : you(game, player, state, standings);
        return new GameView(game.id, game.pin, game.topic, state, game.paused(), index, game.size(),
                game.secondsPerQuestion,
                index == 0 ? null : game.openedAt, index == 0 ? null : game.closesAt, remaining, players, answers,
                question, reveal, leaderboard, rows, you);
    }

    private GameView.You you(Game game, GamePlayer player, GameState state, List<Standing> standings) {
        Standing mine = standings.stream().filter(s -> s.id == player.id).findFirst()
                .orElse(new Standing(player.id, player.nickname, 0, standings.size() + 1));
        int index = game.currentIndex;
        boolean answered = index > 0 && answeredAt(game.id, index).contains(player.id);
        GameView.Last last = null;
        int shown = state == GameState.QUESTION ? index - 1 : index;
        if (shown > 0) {
            List<?> rows = em.createNativeQuery(
                            "SELECT correct, points FROM game_answer WHERE game_id = ?1 AND player_id = ?2 AND idx = ?3")
                    .setParameter(1, game.id).setParameter(2, player.id).setParameter(3, (short) shown).getResultList();
            Object[] row = rows.isEmpty() ? null : (Object[]) rows.get(0);
            last = new GameView.Last(shown, row != null, row == null ? null : (Boolean) row[0],
                    row == null ? 0 : ((Number) row[1]).intValue());
        }
        return new GameView.You(player.id, player.nickname, mine.score, mine.rank, answered, last);
    }

    private static GameView.Question question(int index, Question q, ItemLayout layout) {
        GradingKey key = layout.key();
        List<GameView.Option> options = layout.optionOrder().stream()
                .map(id -> new GameView.Option(layout.clientOptionId(id), key.option(id).orElseThrow().text()))
                .toList();
        return new GameView.Question(index, q.kind.name(), q.stem, options);
    }

    private GameView.Reveal reveal(long gameId, int index, ItemLayout layout) {
        GradingKey key = layout.key();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        SELECT a.response, a.correct FROM game_answer a JOIN game_player p ON p.id = a.player_id
                        WHERE a.game_id = ?1 AND a.idx = ?2 AND NOT p.removed""")
                .setParameter(1, gameId).setParameter(2, (short) index).getResultList();
        long correct = rows.stream().filter(r -> (Boolean) r[1]).count();
        List<GameView.Bar> bars = new ArrayList<>();
        if (layout.optionOrder().isEmpty()) {
            bars.add(new GameView.Bar(null, "right", true, correct));
            bars.add(new GameView.Bar(null, "wrong", false, rows.size() - correct));
        } else {
            Map<Long, Long> chosen = new HashMap<>();
            for (Object[] r : rows) {
                if (ResponseCodec.read((String) r[0]) instanceof LearnerResponse.Choice c) {
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
        return new GameView.Reveal(rightIds, AnswerText.rightAnswer(key), bars, rows.size(), correct);
    }

    private List<Long> answeredAt(long gameId, int index) {
        if (index == 0) {
            return List.of();
        }
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("SELECT player_id FROM game_answer WHERE game_id = ?1 AND idx = ?2")
                .setParameter(1, gameId).setParameter(2, (short) index).getResultList();
        return ids.stream().map(Number::longValue).toList();
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
