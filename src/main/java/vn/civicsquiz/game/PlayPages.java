package vn.civicsquiz.game;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;
import vn.civicsquiz.platform.problem.ErrorResponses;
import vn.civicsquiz.platform.problem.ProblemException;
import vn.civicsquiz.platform.security.Caller;
import vn.civicsquiz.question.QuestionKind;
import vn.civicsquiz.quiz.grading.FormAnswers;
import vn.civicsquiz.quiz.grading.InvalidAnswer;
import vn.civicsquiz.web.Https;

import java.net.URI;
import java.util.List;
import java.util.Optional;

/**
 * The player's pages: join with PIN and nickname, then one page that shows whatever the game is at. The player's
 * token lives in an HttpOnly cookie on /play, so a reload (or a new tab) carries on with the same score.
 */
@Path("/play")
@Produces(MediaType.TEXT_HTML)
public class PlayPages {

    static final String COOKIE = "quiz-game";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance join(String pin, String nickname, String errorKey, String resumePin);

        static native TemplateInstance play(GameView view, String token, boolean late, String csrf);

        /*
         * The game section's content, as a player's phone gets it pushed over its socket, in two parts: the phone's
         * own line (name, score, rank), and the rest, which is the same for every phone that answered alike.
         */
        static native TemplateInstance play$me(GameView view);

        static native TemplateInstance play$body(GameView view, boolean late, String csrf);
    }

    private final GamePlay play;
    private final GameHost host;
    private final GameViews views;
    private final GameJoins joins;
    private final Caller caller;
    private final vn.civicsquiz.web.PageContext page;

    public PlayPages(GamePlay play, GameHost host, GameViews views, GameJoins joins, Caller caller,
                     vn.civicsquiz.web.PageContext page) {
        this.play = play;
        this.host = host;
        this.views = views;
        this.joins = joins;
        this.caller = caller;
        this.page = page;
    }

    @GET
    public Response form(@QueryParam("pin") String pin, @CookieParam(COOKIE) String token) {
        String resume = play.player(token).map(p -> {
            Game game = Game.findById(p.gameId);
            return game == null || game.state == GameState.ENDED ? null : game.pin;
        }).orElse(null);
        return page(Templates.join(pin == null ? "" : pin.strip(), "", null, resume), 200);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response join(@RestForm String pin, @RestForm String nickname, @Context ContainerRequestContext request) {
        String p = pin == null ? "" : pin.replaceAll("\\s", "");
        joins.take();
        try {
            GamePlay.Joined joined = play.join(p, nickname, caller.accountId());
            NewCookie cookie = new NewCookie.Builder(COOKIE).value(joined.token()).path("/play").httpOnly(true)
                    .secure(Https.isHttps(request)).sameSite(NewCookie.SameSite.LAX).maxAge(12 * 3600).build();
            return Response.seeOther(URI.create("/play/" + p)).cookie(cookie).build();
        } catch (ProblemException e) {
            String errorKey = e instanceof ProblemException.NotFound ? "error_pin"
                    : e instanceof ProblemException.InvalidRequest ? "error_nickname"
                    : e instanceof GamePlay.GameFull ? "error_full" : "error_taken";
            return page(Templates.join(p, nickname == null ? "" : nickname, errorKey, null),
                    ErrorResponses.statusOf(e));
        }
    }

    @GET
    @Path("{pin}")
    public Response game(@PathParam("pin") String pin, @CookieParam(COOKIE) String token,
                         @QueryParam("late") String late) {
        Optional<GamePlayer> player = play.player(token);
        if (player.isEmpty()) {
            return toJoin(pin);
        }
        Game game;
        try {
            game = play.ofPlayer(pin, player.get());
        } catch (ProblemException otherGame) {
            return toJoin(pin);
        }
        return page(Templates.play(views.player(game, player.get()), token, late != null, page.csrf()), 200);
    }

    @POST
    @Path("{pin}/answer")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response answer(@PathParam("pin") String pin, @CookieParam(COOKIE) String token,
                           @RestForm int index, @RestForm("option") List<String> options, @RestForm String value,
                           @RestForm String text) {
        Optional<GamePlayer> player = play.player(token);
        if (player.isEmpty()) {
            return toJoin(pin);
        }
        Game game = play.ofPlayer(pin, player.get());
        String back = "/play/" + game.pin;
        try {
            GameView.Question shown = views.everyone(game).question();
            QuestionKind kind = QuestionKind.valueOf(shown == null ? "SINGLE" : shown.kind());
            play.answer(player.get(), index, FormAnswers.parse(kind, options, List.of(), List.of(), value, text));
            host.closeIfDone(game.id, index);
        } catch (InvalidAnswer | ProblemException refused) {
            return Response.seeOther(URI.create(back + "?late=1")).build();
        }
        return Response.seeOther(URI.create(back)).build();
    }

    private static Response toJoin(String pin) {
        String p = pin != null && pin.matches("[0-9]{6}") ? "?pin=" + pin : "";
        return Response.seeOther(URI.create("/play" + p)).build();
    }

    private static Response page(TemplateInstance page, int status) {
        return Response.status(status).entity(page).header("Cache-Control", "no-store").build();
    }
}
