package vn.civicsquiz.game;

import jakarta.enterprise.context.ApplicationScoped;
import vn.civicsquiz.platform.problem.Say;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import vn.civicsquiz.learner.AccountException;
import vn.civicsquiz.learner.DisplayNames;
import vn.civicsquiz.platform.problem.Problem;
import vn.civicsquiz.learner.AnswerHistory;
import vn.civicsquiz.learner.Learner;
import vn.civicsquiz.platform.problem.ProblemException;
import vn.civicsquiz.quiz.QuestionFacts;
import vn.civicsquiz.question.Question;
import vn.civicsquiz.quiz.grading.AnswerInput;
import vn.civicsquiz.quiz.grading.AnswerReader;
import vn.civicsquiz.quiz.grading.ItemLayout;
import vn.civicsquiz.quiz.grading.LearnerResponse;
import vn.civicsquiz.quiz.grading.ResponseCodec;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/** What a player does: join a live game by its PIN, and answer the open question. */
@ApplicationScoped
public class GamePlay {

    public static final int MAX_PLAYERS = 500;

    /** A new player and the token that is their only key. */
    public record Joined(GamePlayer player, String token) {
    }

    /** @param replayed the same answer was stored before; nothing changed */
    public record Answered(Game game, GamePlayer player, int index, boolean correct, int points, boolean replayed) {
    }

    private final EntityManager em;
    private final GameQuestions questions;
    private final Clock clock;
    private final Event<GameChanged> changed;
    private final AnswerHistory history;
    private final QuestionFacts facts;
    private final SecureRandom random = new SecureRandom();

    public GamePlay(EntityManager em, GameQuestions questions, Clock clock, Event<GameChanged> changed,
                    AnswerHistory history, QuestionFacts facts) {
        this.em = em;
        this.questions = questions;
        this.clock = clock;
        this.changed = changed;
        this.history = history;
        this.facts = facts;
    }

    /** The game not yet ended with this PIN. @throws ProblemException 404 */
    @Transactional
    public Game live(String pin) {
        return live(pin, LockModeType.NONE);
    }

    private Game live(String pin, LockModeType lock) {
        if (pin == null || !pin.matches("[0-9]{6}")) {
            throw ProblemException.notFound(new Say("Mã PIN trò chơi", "Game PIN"));
        }
        List<Game> games = em.createQuery("select g from Game g where g.pin = ?1 and g.state <> ?2", Game.class)
                .setParameter(1, pin).setParameter(2, GameState.ENDED).setLockMode(lock).getResultList();
        if (games.isEmpty()) {
            throw ProblemException.notFound(new Say("Mã PIN trò chơi " + pin, "Game PIN " + pin));
        }
        return games.get(0);
    }

    /** The game of this PIN, ended or not, for a player who holds a token of it (to see the final result). */
    @Transactional
    public Game ofPlayer(String pin, GamePlayer player) {
        Game game = em.find(Game.class, player.gameId);
        if (game == null || !game.pin.equals(pin)) {
            throw ProblemException.notFound(new Say("Mã PIN trò chơi " + pin, "Game PIN " + pin));
        }
        return game;
    }

    /**
     * @throws ProblemException 400 for a nickname that breaks the naming rule, 404 for an unknown PIN, 409 for a
     *                          nickname taken in this game, a game that has ended or is full
     */
    @Transactional
    public Joined join(String pin, String nickname, Long accountId) {
        String name;
        try {
            name = DisplayNames.require(nickname, DisplayNames.Kind.GAME_NICKNAME);
        } catch (AccountException e) {
            throw ProblemException.badRequest(new Say("Biệt danh gồm 1 đến 20 chữ cái, chữ số, dấu cách hoặc . ' - _",
                    "A nickname is 1 to 20 letters, digits, spaces or . ' - _"), ProblemException.fault("nickname",
                    "1 đến 20 ký tự nhìn thấy được: chữ cái, chữ số, dấu cách, . ' - _",
                    "1 to 20 visible characters: letters, digits, spaces, . ' - _"));
        }
        Game game = live(pin, LockModeType.PESSIMISTIC_READ);
        long players = ((Number) em.createNativeQuery("SELECT count(*) FROM game_player WHERE game_id = ?1")
                .setParameter(1, game.id).getSingleResult()).longValue();
        if (players >= MAX_PLAYERS) {
            throw new GameFull();
        }
        byte[] bytes = new byte[24];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        List<?> inserted = em.createNativeQuery("""
                        INSERT INTO game_player (game_id, token_hash, nickname, nickname_key, account_id, joined_at)
                        VALUES (?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT (game_id, nickname_key) DO NOTHING RETURNING id""")
                .setParameter(1, game.id).setParameter(2, hash(token)).setParameter(3, name)
                .setParameter(4, DisplayNames.sameNameKey(name)).setParameter(5, accountId)
                .setParameter(6, now()).getResultList();
        if (inserted.isEmpty()) {
            throw ProblemException.conflict(new Say("Biệt danh này đã có người dùng trong trò chơi; hãy chọn tên khác",
                    "The nickname is taken in this game; choose another"),
                    ProblemException.fault("nickname", "đã có người dùng", "taken"));
        }
        changed.fire(GameChanged.forHosts(game.id));
        return new Joined(em.find(GamePlayer.class, ((Number) inserted.get(0)).longValue()), token);
    }

    /** The player holding this token, still in the game. */
    @Transactional
    public Optional<GamePlayer> player(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        return em.createQuery("select p from GamePlayer p where p.tokenHash = ?1 and p.removed = false",
                        GamePlayer.class).setParameter(1, hash(token.strip())).getResultStream().findFirst();
    }

    /**
     * Stores the first answer of a player at an index. Asking again with the same answer returns the same result;
     * a different one is refused.
     *
     * @throws ProblemException 400 for an answer that does not fit the question, 404 for an index outside the game,
     *                          409 for a question not open (closed or still to come) or a changed answer
     */
    @Transactional(dontRollbackOn = ProblemException.class)
    public Answered answer(GamePlayer player, int index, AnswerInput input) {
        // a shared lock: answers go in side by side, "next" waits until they are stored
        Game game = em.find(Game.class, player.gameId, LockModeType.PESSIMISTIC_READ);
        if (index < 1 || index > game.size()) {
            throw ProblemException.notFound(new Say("Câu hỏi " + index + " của trò chơi này", "Question " + index + " of this game"));
        }
        Question question = questions.question(game.questionAt(index)).orElseThrow();
        ItemLayout layout = questions.layout(game, index, question);
        Optional<Object[]> stored = storedAnswer(game.id, player.id, index);
        if (stored.isEmpty()) {
            if (game.currentIndex == index && game.paused()) {
                throw ProblemException.conflict(new Say("Câu " + index + " đang tạm dừng; hãy trả lời khi trò chơi tiếp tục",
                        "Question " + index + " is paused; answer when it goes on"));
            }
            if (game.currentIndex != index || !game.open(clock.instant())) {
                throw ProblemException.conflict(new Say("Câu " + index + " không mở để trả lời",
                        "Question " + index + " is not open for answers"));
            }
        }
        AnswerReader.Graded graded;
        try {
            graded = AnswerReader.grade(input, layout);
        } catch (vn.civicsquiz.quiz.grading.InvalidAnswer e) {
            throw ProblemException.badRequest(e.detail(), ProblemException.fault(e.field(), e.detail()));
        }
        if (stored.isPresent()) {
            return replay(game, player, index, stored.get(), graded.response());
        }
        OffsetDateTime now = now();
        int points = GameScoring.points(graded.correct(), Duration.between(game.openedAt, now),
                game.secondsPerQuestion);
        int inserted = em.createNativeQuery("""
                        INSERT INTO game_answer (game_id, player_id, idx, response, correct, points, answered_at,
                                                 question_id)
                        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) ON CONFLICT DO NOTHING""")
                .setParameter(1, game.id).setParameter(2, player.id).setParameter(3, (short) index)
                .setParameter(4, ResponseCodec.write(graded.response())).setParameter(5, graded.correct())
                .setParameter(6, points).setParameter(7, now).setParameter(8, question.id).executeUpdate();
        if (inserted == 0) { // the same player's request racing itself
            return replay(game, player, index, storedAnswer(game.id, player.id, index).orElseThrow(),
                    graded.response());
        }
        rememberForLearner(player, question.id, graded.correct(), now);
        changed.fire(GameChanged.forHosts(game.id));
        return new Answered(game, player, index, graded.correct(), points, false);
    }

    /** A signed-in player's answer joins their history and per-fact mastery, as a quiz answer does. */
    private void rememberForLearner(GamePlayer player, long questionId, boolean correct, OffsetDateTime at) {
        if (player.accountId == null) {
            return;
        }
        history.remember(Learner.ofAccount(player.accountId).id, questionId, facts.of(questionId), correct, at);
    }

    private Answered replay(Game game, GamePlayer player, int index, Object[] stored, LearnerResponse given) {
        if (!same(ResponseCodec.read((String) stored[0]), given)) {
            throw ProblemException.conflict(new Say("Câu " + index + " đã được trả lời; câu trả lời không đổi được",
                    "Question " + index + " was answered already; an answer cannot change"));
        }
        return new Answered(game, player, index, (Boolean) stored[1], ((Number) stored[2]).intValue(), true);
    }

    /** The same answer: the same set of options, the same number or the same text. */
    static boolean same(LearnerResponse a, LearnerResponse b) {
        if (a instanceof LearnerResponse.Choice x && b instanceof LearnerResponse.Choice y) {
            return new HashSet<>(x.optionIds()).equals(new HashSet<>(y.optionIds()));
        }
        if (a instanceof LearnerResponse.Numeric x && b instanceof LearnerResponse.Numeric y) {
            return x.value().compareTo(y.value()) == 0;
        }
        return a.equals(b);
    }

    private Optional<Object[]> storedAnswer(long gameId, long playerId, int index) {
        List<?> rows = em.createNativeQuery(
                        "SELECT response, correct, points FROM game_answer WHERE game_id = ?1 AND player_id = ?2 AND idx = ?3")
                .setParameter(1, gameId).setParameter(2, playerId).setParameter(3, (short) index).getResultList();
        return rows.isEmpty() ? Optional.empty() : Optional.of((Object[]) rows.get(0));
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private OffsetDateTime now() {
        return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }

    /** The game has as many players as it takes. */
    public static final class GameFull extends ProblemException.Conflict {
        GameFull() {
            super(new Say("Trò chơi đã đủ người", "This game is full"), null);
        }
    }
}
