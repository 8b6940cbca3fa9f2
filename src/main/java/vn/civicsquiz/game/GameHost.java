package vn.civicsquiz.game;

import jakarta.enterprise.context.ApplicationScoped;
import vn.civicsquiz.platform.problem.Say;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import vn.civicsquiz.classes.Assignments;
import vn.civicsquiz.platform.problem.Problem;
import vn.civicsquiz.platform.problem.ProblemException;
import vn.civicsquiz.quiz.QuizTopics;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * What the host does: create a game, start it, move on, end it, remove a player. Every change locks the game row,
 * so "next" and a closing question never cross. Only the host's own games are found; others' are "not found".
 */
@ApplicationScoped
public class GameHost {

    public static final int MAX_SIZE = 30;
    public static final int MIN_SECONDS = 5;
    public static final int MAX_SECONDS = 120;

    /** A new game's settings; exactly one of topic and assignmentId. */
    public record NewGame(String topic, Long assignmentId, Integer size, Integer secondsPerQuestion) {
    }

    private final EntityManager em;
    private final GameQuestions questions;
    private final Clock clock;
    private final Event<GameChanged> changed;
    private final GameTimer timer;
    private final Assignments assignments;
    private final SecureRandom random = new SecureRandom();

    public GameHost(EntityManager em, GameQuestions questions, Clock clock, Event<GameChanged> changed,
                    GameTimer timer, Assignments assignments) {
        this.assignments = assignments;
        this.em = em;
        this.questions = questions;
        this.clock = clock;
        this.changed = changed;
        this.timer = timer;
    }

    /** @throws ProblemException 400 for invalid settings, 404 for another teacher's assignment, 409 without questions */
    @Transactional
    public Game create(long hostId, NewGame request) {
        List<ProblemException.Fault> errors = new ArrayList<>();
        boolean byTopic = request.topic() != null && !request.topic().isBlank();
        if (byTopic == (request.assignmentId() != null)) {
            errors.add(ProblemException.fault("topic", "cần đúng một trong hai: topic hoặc assignmentId",
                    "give exactly one of topic and assignmentId"));
        } else if (byTopic && !QuizTopics.known(request.topic().strip())) {
            errors.add(ProblemException.fault("topic", "phải là một trong " + QuizTopics.ALL,
                    "must be one of " + QuizTopics.ALL));
        }
        int seconds = request.secondsPerQuestion() == null ? 20 : request.secondsPerQuestion();
        if (seconds < MIN_SECONDS || seconds > MAX_SECONDS) {
            errors.add(ProblemException.fault("secondsPerQuestion", "từ 5 đến 120", "must be from 5 to 120"));
        }
        if (request.size() != null && (request.size() < 1 || request.size() > MAX_SIZE)) {
            errors.add(ProblemException.fault("size", "từ 1 đến 30", "must be from 1 to 30"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalidFields(new Say("Cài đặt trò chơi không hợp lệ",
                    "The game settings are not valid"), errors);
        }
        String topic;
        List<Long> ids;
        if (byTopic) {
            topic = request.topic().strip();
            ids = questions.pick(topic, request.size() == null ? 10 : request.size());
        } else {
            requireOwnAssignment(hostId, request.assignmentId());
            Assignments.Settings assignment = assignments.settings(request.assignmentId());
            topic = assignment.topic();
            ids = questions.ofAssignment(assignment,
                    request.size() != null ? request.size() : Math.min(MAX_SIZE, assignment.size()));
        }
        if (ids.isEmpty()) {
            throw ProblemException.conflict(byTopic
                    ? new Say("Chủ đề này không có câu hỏi đã đăng nào chơi trực tiếp được",
                            "This topic has no published questions that a live game can play")
                    : new Say("Bài tập này không có câu hỏi đã đăng nào chơi trực tiếp được (câu sắp xếp và câu ghép"
                            + " cặp không chơi trực tiếp)", "This assignment has no published question that a live"
                            + " game can play (ordering and matching questions are not played live)"));
        }
        OffsetDateTime now = now();
        for (int tries = 0; tries < 20; tries++) {
            String pin = String.valueOf(100_000 + random.nextInt(900_000));
            List<?> inserted = em.createNativeQuery("""
                            INSERT INTO game (pin, host_id, topic, assignment_id, question_ids, seconds_per_question,
                                              state, current_index, created_at)
                            VALUES (?1, ?2, ?3, ?4, CAST(?5 AS bigint[]), ?6, 'LOBBY', 0, ?7)
                            ON CONFLICT (pin) WHERE state <> 'ENDED' DO NOTHING RETURNING id""")
                    .setParameter(1, pin).setParameter(2, hostId).setParameter(3, topic)
                    .setParameter(4, request.assignmentId() == null ? null : request.assignmentId())
                    .setParameter(5, ids.stream().map(String::valueOf)
                            .collect(java.util.stream.Collectors.joining(",", "{", "}")))
                    .setParameter(6, (short) seconds).setParameter(7, now).getResultList();
            if (!inserted.isEmpty()) {
                return em.find(Game.class, ((Number) inserted.get(0)).longValue());
            }
        }
        throw new ProblemException.Unavailable(new Say("Không tìm được mã PIN trống; hãy thử lại",
                "No free game PIN was found; try again"));
    }

    /** @throws ProblemException 404 unless the assignment is of one of the host's classes */
    private void requireOwnAssignment(long hostId, long assignmentId) {
        List<?> rows = em.createNativeQuery("""
                        SELECT a.id FROM class_assignment a JOIN school_class c ON c.id = a.class_id
                        WHERE a.id = ?1 AND c.teacher_id = ?2""")
                .setParameter(1, assignmentId).setParameter(2, hostId).getResultList();
        if (rows.isEmpty()) {
            throw ProblemException.notFound(new Say("Bài tập " + assignmentId, "Assignment " + assignmentId));
        }
    }

    /** Opens the first question. @throws ProblemException 409 once started */
    @Transactional
    public Game start(long hostId, long gameId) {
        Game game = locked(hostId, gameId);
        if (game.state != GameState.LOBBY) {
            throw ProblemException.conflict(new Say("Trò chơi " + gameId + " đã bắt đầu",
                    "Game " + gameId + " has started already"));
        }
        open(game, 1);
        return game;
    }

    /**
     * From the lobby: the first question. An open question: closes it and shows its answer. A shown answer: the
     * next question, or the end after the last. @throws ProblemException 409 once ended
     */
    @Transactional
    public Game next(long hostId, long gameId) {
        Game game = locked(hostId, gameId);
        switch (game.stateAt(clock.instant())) {
            case LOBBY -> open(game, 1);
            case QUESTION -> close(game, now());
            case REVEAL -> {
                if (game.last()) {
                    end(game);
                } else {
                    open(game, game.currentIndex + 1);
                }
            }
            case ENDED -> throw ProblemException.conflict(new Say("Trò chơi " + gameId + " đã kết thúc",
                    "Game " + gameId + " has ended"));
        }
        return game;
    }

    /**
     * Stops the open question's clock: no answer is taken until it goes on (pausing again changes nothing).
     * @throws ProblemException 409 when no question is open
     */
    @Transactional
    public Game pause(long hostId, long gameId) {
        Game game = locked(hostId, gameId);
        if (game.stateAt(clock.instant()) != GameState.QUESTION) {
            throw ProblemException.conflict(new Say("Trò chơi " + gameId + " không có câu hỏi đang mở để tạm dừng",
                    "Game " + gameId + " has no open question to pause"));
        }
        if (game.pausedAt == null) {
            timer.cancel(game.id);
            game.pausedAt = now();
            changed.fire(GameChanged.forEveryone(game.id));
        }
        return game;
    }

    /**
     * The paused question goes on with the time it had left; its opening moves by the pause, so points for speed
     * count only the time it was open (resuming a question not paused changes nothing).
     */
    @Transactional
    public Game resume(long hostId, long gameId) {
        Game game = locked(hostId, gameId);
        if (game.paused()) {
            java.time.Duration pause = java.time.Duration.between(game.pausedAt, now());
            game.openedAt = game.openedAt.plus(pause);
            game.closesAt = game.closesAt.plus(pause);
            game.pausedAt = null;
            changed.fire(GameChanged.forEveryone(game.id));
            timer.closeAt(game.id, game.currentIndex, game.closesAt.toInstant());
        }
        return game;
    }

    /** Ends the game (ending again changes nothing). */
    @Transactional
    public Game end(long hostId, long gameId) {
        Game game = locked(hostId, gameId);
        if (game.state != GameState.ENDED) {
            end(game);
        }
        return game;
    }

    /** Takes a player out of the game: their token stops working and they leave the leaderboard. */
    @Transactional
    public void remove(long hostId, long gameId, long playerId) {
        Game game = locked(hostId, gameId);
        int removed = em.createNativeQuery("UPDATE game_player SET removed = TRUE WHERE id = ?1 AND game_id = ?2")
                .setParameter(1, playerId).setParameter(2, game.id).executeUpdate();
        if (removed == 0) {
            throw ProblemException.notFound(new Say("Người chơi " + playerId + " của trò chơi " + gameId, "Player " + playerId + " of game " + gameId));
        }
        changed.fire(GameChanged.forEveryone(game.id));
    }

    /** The host's game, unlocked. */
    @Transactional
    public Game find(long hostId, long gameId) {
        Game game = em.find(Game.class, gameId);
        if (game == null || !game.hostId.equals(hostId)) {
            throw ProblemException.notFound(new Say("Trò chơi " + gameId, "Game " + gameId));
        }
        return game;
    }

    /** Closes the open question at this index if its time is up or every player answered it. */
    @Transactional
    public void closeIfDone(long gameId, int index) {
        Game game = em.find(Game.class, gameId, LockModeType.PESSIMISTIC_WRITE);
        if (game == null || game.state != GameState.QUESTION || game.currentIndex != index || game.paused()) {
            return;
        }
        Instant now = clock.instant();
        if (!game.open(now)) {
            close(game, game.closesAt);
            return;
        }
        Number missing = (Number) em.createNativeQuery("""
                        SELECT count(*) FROM game_player p WHERE p.game_id = ?1 AND NOT p.removed
                          AND NOT EXISTS (SELECT 1 FROM game_answer a
                                          WHERE a.game_id = p.game_id AND a.player_id = p.id AND a.idx = ?2)""")
                .setParameter(1, gameId).setParameter(2, (short) index).getSingleResult();
        boolean anyPlayer = ((Number) em.createNativeQuery(
                        "SELECT count(*) FROM game_player WHERE game_id = ?1 AND NOT removed")
                .setParameter(1, gameId).getSingleResult()).longValue() > 0;
        if (anyPlayer && missing.longValue() == 0) {
            close(game, now());
        }
    }

    private Game locked(long hostId, long gameId) {
        Game game = em.find(Game.class, gameId, LockModeType.PESSIMISTIC_WRITE);
        if (game == null || !game.hostId.equals(hostId)) {
            throw ProblemException.notFound(new Say("Trò chơi " + gameId, "Game " + gameId));
        }
        return game;
    }

    private void open(Game game, int index) {
        OffsetDateTime now = now();
        game.state = GameState.QUESTION;
        game.currentIndex = (short) index;
        game.openedAt = now;
        game.closesAt = now.plusSeconds(game.secondsPerQuestion);
        changed.fire(GameChanged.forEveryone(game.id));
        timer.closeAt(game.id, index, game.closesAt.toInstant());
    }

    private void close(Game game, OffsetDateTime at) {
        timer.cancel(game.id);
        if (game.pausedAt != null) {
            at = game.pausedAt; // closed while paused: the time it was open ended at the pause
            game.pausedAt = null;
        }
        game.state = GameState.REVEAL;
        if (at.isBefore(game.closesAt)) {
            game.closesAt = at;
        }
        changed.fire(GameChanged.forEveryone(game.id));
    }

    private void end(Game game) {
        timer.cancel(game.id);
        game.pausedAt = null;
        game.state = GameState.ENDED;
        game.endedAt = now();
        changed.fire(GameChanged.forEveryone(game.id));
    }

    private OffsetDateTime now() {
        return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }
}
