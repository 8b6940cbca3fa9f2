package vn.civicsquiz.game;

import jakarta.annotation.security.RolesAllowed;
import vn.civicsquiz.platform.problem.Say;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.civicsquiz.learner.Role;
import vn.civicsquiz.platform.problem.Problem;
import vn.civicsquiz.platform.problem.ProblemException;
import vn.civicsquiz.platform.security.Caller;

import java.net.URI;

/** A teacher hosts a live game: create it, start, move on, end, read the results. HTTP Basic, teacher role. */
@Path("/api/v1/games")
@RolesAllowed(Role.TEACHER)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Live games", description = "Host a live classroom game")
public class GameApi {

    /** Body of POST /api/v1/games: a topic or an assignment of one of the teacher's classes. */
    @Schema(name = "NewGame")
    public record NewGameRequest(@Schema(description = "a quiz topic, or \"mixed\"") String topic,
                                 @Schema(description = "instead of a topic: an assignment of the teacher's class")
                                 Long assignmentId,
                                 @Schema(description = "1 to 30 questions; default 10 (an assignment: its size)")
                                 Integer size,
                                 @Schema(description = "5 to 120; default 20") Integer secondsPerQuestion) {
    }

    @Schema(name = "CreatedGame")
    public record Created(long id, String pin) {
    }

    private final GameHost host;
    private final GameViews views;
    private final GameResults results;
    private final Caller caller;

    public GameApi(GameHost host, GameViews views, GameResults results, Caller caller) {
        this.host = host;
        this.views = views;
        this.results = results;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a game", description = "Questions are picked from the topic's published questions"
            + " (choices, numbers, short answers). Players join with the PIN while the game is in its lobby or later.")
    @APIResponse(responseCode = "201", description = "Created: its id and the PIN players join with",
            content = @Content(schema = @Schema(implementation = Created.class)))
    @APIResponse(responseCode = "400", description = "invalid settings",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "no question to play",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response create(NewGameRequest body) {
        if (body == null) {
            throw ProblemException.badRequest(new Say("Cần có nội dung JSON", "A JSON body is required"));
        }
        Game game = host.create(me(), new GameHost.NewGame(body.topic(), body.assignmentId(), body.size(),
                body.secondsPerQuestion()));
        return Response.created(URI.create("/api/v1/games/" + game.id)).entity(new Created(game.id, game.pin)).build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "The game: state, current question, answer count, players and the top ten")
    @APIResponse(responseCode = "404", description = "no such game of this teacher")
    public GameView get(@PathParam("id") long id) {
        return views.host(host.find(me(), id));
    }

    @POST
    @Path("{id}/start")
    @Operation(summary = "Open the first question")
    @APIResponse(responseCode = "409", description = "started already")
    public GameView start(@PathParam("id") long id) {
        return views.host(host.start(me(), id));
    }

    @POST
    @Path("{id}/next")
    @Operation(summary = "Move on", description = "An open question closes and its answer is shown; a shown answer"
            + " is followed by the next question, or the end after the last.")
    @APIResponse(responseCode = "409", description = "the game has ended")
    public GameView next(@PathParam("id") long id) {
        return views.host(host.next(me(), id));
    }

    @POST
    @Path("{id}/pause")
    @Operation(summary = "Pause the open question", description = "Its clock stops and no answer is taken until it"
            + " is resumed; pausing again changes nothing.")
    @APIResponse(responseCode = "409", description = "no question is open")
    public GameView pause(@PathParam("id") long id) {
        return views.host(host.pause(me(), id));
    }

    @POST
    @Path("{id}/resume")
    @Operation(summary = "Resume the paused question", description = "It goes on with the time it had left; points"
            + " for speed count only the time it was open. Resuming a question not paused changes nothing.")
    public GameView resume(@PathParam("id") long id) {
        return views.host(host.resume(me(), id));
    }

    @POST
    @Path("{id}/end")
    @Operation(summary = "End the game (again: no change)")
    public GameView end(@PathParam("id") long id) {
        return views.host(host.end(me(), id));
    }

    @DELETE
    @Path("{id}/players/{playerId}")
    @Operation(summary = "Remove a player", description = "Their token stops working; they leave the leaderboard.")
    @APIResponse(responseCode = "204", description = "removed")
    @APIResponse(responseCode = "404", description = "no such player in this game")
    public Response remove(@PathParam("id") long id, @PathParam("playerId") long playerId) {
        host.remove(me(), id, playerId);
        return Response.noContent().build();
    }

    @GET
    @Path("{id}/results")
    @Produces({MediaType.APPLICATION_JSON, "text/csv"})
    @Operation(summary = "Every player's points per question", description = "JSON by default; Accept: text/csv"
            + " gives CSV (UTF-8 with BOM).")
    public Response results(@PathParam("id") long id, @HeaderParam("Accept") String accept) {
        GameResults.Results r = results.of(host.find(me(), id));
        if (accept != null && accept.contains("text/csv") && !accept.contains(MediaType.APPLICATION_JSON)) {
            return Response.ok(GameResults.csv(r), "text/csv; charset=UTF-8")
                    .header("Content-Disposition", "attachment; filename=\"game-" + id + ".csv\"").build();
        }
        return Response.ok(r, MediaType.APPLICATION_JSON).build();
    }

    private long me() {
        return caller.accountId();
    }
}
