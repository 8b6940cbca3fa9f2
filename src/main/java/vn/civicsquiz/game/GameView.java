package vn.civicsquiz.game;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A game as a screen shows it. The host's view lists the players; a player's adds their own standing. Nothing
 * tells the answer of an open question: option ids are this game's opaque ids, the reveal comes once it closes,
 * and scores count only revealed questions.
 *
 * @param index     0 in the lobby, else the question open or last shown (1-based)
 * @param answers   how many players answered the current question
 * @param paused    the host paused the open question: its clock stands still and no answer is taken
 * @param remainingMs time left to answer the open question, by the server's clock
 */
@Schema(name = "Game")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record GameView(long id, String pin, String topic, GameState state, boolean paused, int index, int total,
                       int secondsPerQuestion, OffsetDateTime openedAt, OffsetDateTime closesAt, Long remainingMs,
                       long players, long answers, Question question, Reveal reveal, List<Entry> leaderboard,
                       List<PlayerRow> playerList, You you) {

    /** @param options choice kinds: in this game's order with opaque ids; empty for a number or a short text */
    @Schema(name = "GameQuestion")
    public record Question(int index, String kind, String stem, List<Option> options) {

        /** Several options may be right: checkboxes and a send button instead of one tap. */
        public boolean multiple() {
            return "MULTIPLE".equals(kind);
        }

        /** A number or a short text is typed. */
        public boolean typed() {
            return options.isEmpty();
        }

        public boolean numeric() {
            return "NUMERIC".equals(kind);
        }
    }

    @Schema(name = "GameOption")
    public record Option(long id, String text) {
    }

    /**
     * @param distribution choice kinds: how many chose each option; other kinds: right and wrong counts
     * @param rightOptionIds choice kinds: the right options' ids
     */
    @Schema(name = "GameReveal")
    public record Reveal(List<Long> rightOptionIds, List<String> rightAnswer, List<Bar> distribution,
                         long answered, long correct) {
    }

    /** @param optionId null for the right/wrong bars of a number or short text question */
    @Schema(name = "GameBar")
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Bar(Long optionId, String text, boolean right, long count) {
    }

    @Schema(name = "GameEntry")
    public record Entry(int rank, long playerId, String nickname, int score) {
    }

    @Schema(name = "GamePlayerRow")
    public record PlayerRow(long id, String nickname, int score, boolean answered) {
    }

    /**
     * @param answered whether the player answered the current question
     * @param last     their result at the last revealed question, once it is revealed
     */
    @Schema(name = "GameYou")
    public record You(long playerId, String nickname, int score, int rank, boolean answered, Last last) {
    }

    /** @param correct null when not answered */
    @Schema(name = "GameLast")
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Last(int index, boolean answered, Boolean correct, int points) {
    }

    /** The same screen with one player's own standing. */
    public GameView withYou(You you) {
        return new GameView(id, pin, topic, state, paused, index, total, secondsPerQuestion, openedAt, closesAt,
                remainingMs, players, answers, question, reveal, leaderboard, playerList, you);
    }

    public boolean lobby() {
        return state == GameState.LOBBY;
    }

    public boolean open() {
        return state == GameState.QUESTION;
    }

    public boolean revealed() {
        return state == GameState.REVEAL;
    }

    public boolean ended() {
        return state == GameState.ENDED;
    }

    /** The first three of the leaderboard, for the podium. */
    public List<Entry> podium() {
        return leaderboard == null ? List.of() : leaderboard.stream().limit(3).toList();
    }

    /** The top five, as every screen shows them after a question. */
    public List<Entry> topFive() {
        return leaderboard == null ? List.of() : leaderboard.stream().limit(5).toList();
    }

    /** Whole seconds left, for a page without script. */
    public long remainingSeconds() {
        return remainingMs == null ? 0 : (remainingMs + 999) / 1000;
    }
}
