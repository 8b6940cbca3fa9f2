package vn.civicsquiz.game;

import jakarta.validation.Valid;
import vn.civicsquiz.platform.problem.Say;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.civicsquiz.platform.problem.ProblemException;
import vn.civicsquiz.platform.security.Caller;
import vn.civicsquiz.quiz.api.AnswerRequest;

import java.net.URI;

/**
 * Playing a live game, no account needed: join with the PIN and a nickname, then send the returned token in
 * {@code X-Player-Token} with every request.
 */
@Path("/api/v1/play/{pin}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Live games", description = "Host a live classroom game")
public class PlayApi {

    public static final String TOKEN_HEADER = "X-Player-Token";

    @Schema(name = "JoinGame")
    public record JoinRequest(@Schema(description = "1 to 20 characters, unique in the game") String nickname) {
    }

    @Schema(name = "JoinedGame")
    public record Joined(String playerToken, long playerId, String nickname) {
    }

    /**
     * @param accepted always true for a stored answer
     * @param correct  and points: only once the question has closed
     */
    @Schema(name = "GameAnswerResult")
    @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
    public record AnswerReply(int index, boolean accepted, boolean replayed, Boolean correct, Integer points) {
    }

    private final GamePlay play;
    private final GameHost host;
    private final GameViews views;
    private final GameJoins joins;
    private final Caller caller;

    public PlayApi(GamePlay play, GameHost host, GameViews views, GameJoins joins, Caller caller) {
        this.play = play;
        this.host = host;
        this.views = views;
        this.joins = joins;
        this.caller = caller;
    }

    @POST
    @Path("players")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Join a game", description = "Returns the token that identifies the player from now on.")
    @APIResponse(responseCode = "201", description = "joined")
    @APIResponse(responseCode = "400", description = "nickname empty, too long or with hidden characters")
    @APIResponse(responseCode = "404", description = "no live game with this PIN")
    @APIResponse(responseCode = "409", description = "nickname taken in this game, or the game is full")
    @APIResponse(responseCode = "429", description = "too many joins from this address")
    public Response join(@PathParam("pin") String pin, JoinRequest body) {
        joins.take();
        GamePlay.Joined joined = play.join(pin, body == null ? null : body.nickname(), caller.accountId());
        return Response.created(URI.create("/api/v1/play/" + pin + "/me"))
                .entity(new Joined(joined.token(), joined.player().id, joined.player().nickname)).build();
    }

    @GET
    @Path("current")
    @Operation(summary = "The game now: the open question (never its answer), or the revealed answer and top five")
    @APIResponse(responseCode = "401", description = "no or unknown player token")
    public GameView current(@PathParam("pin") String pin, @HeaderParam(TOKEN_HEADER) String token) {
        GamePlayer player = player(token);
        return views.player(play.ofPlayer(pin, player), player);
    }

    @GET
    @Path("me")
    @Operation(summary = "The player's score, rank and last revealed result")
    public GameView.You me(@PathParam("pin") String pin, @HeaderParam(TOKEN_HEADER) String token) {
        GamePlayer player = player(token);
        return views.player(play.ofPlayer(pin, player), player).you();
    }

    @PUT
    @Path("answers/{index}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Answer the open question", description = "Same body as an attempt's answer. The first"
            + " answer counts; sending it again returns the same reply, a different one is refused (409). Whether"
            + " it was right is told only once the question closes.")
    @APIResponse(responseCode = "400", description = "answer of the wrong shape for the question")
    @APIResponse(responseCode = "409", description = "the question is closed or not open yet, or answered otherwise")
    public AnswerReply answer(@PathParam("pin") String pin, @PathParam("index") int index,
                              @HeaderParam(TOKEN_HEADER) String token, @Valid @NotNull AnswerRequest body) {
        GamePlayer player = player(token);
        play.ofPlayer(pin, player);
        GamePlay.Answered answered = play.answer(player, index, body.toInput());
        if (!answered.replayed()) {
            host.closeIfDone(player.gameId, index);
        }
        return reply(answered);
    }

    AnswerReply reply(GamePlay.Answered answered) {
        boolean closed = views.closed(answered.game().id, answered.index());
        return new AnswerReply(answered.index(), true, answered.replayed(), closed ? answered.correct() : null,
                closed ? answered.points() : null);
    }

    private GamePlayer player(String token) {
        return play.player(token).orElseThrow(() -> ProblemException.notSignedIn(
                new Say("Hãy gửi mã người chơi nhận được khi tham gia trong " + TOKEN_HEADER,
                        "Send the player token from joining in " + TOKEN_HEADER)));
    }
}
