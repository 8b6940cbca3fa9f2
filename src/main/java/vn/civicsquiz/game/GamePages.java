package vn.civicsquiz.game;

import io.quarkus.qute.CheckedTemplate;
import vn.civicsquiz.platform.problem.Say;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.RestForm;
import vn.civicsquiz.platform.problem.ErrorResponses;
import vn.civicsquiz.platform.problem.ProblemException;
import vn.civicsquiz.platform.security.Caller;
import vn.civicsquiz.platform.security.ReturnPath;
import vn.civicsquiz.quiz.QuizTopics;

import java.net.URI;
import java.util.List;

/** The host's pages: create a game, then run it on the classroom screen. Forms work without script. */
@Path("/host")
@Produces(MediaType.TEXT_HTML)
public class GamePages {

    /** A topic to choose, with the quiz message key of its name. */
    public record TopicChoice(String slug, String key, boolean selected) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance create(List<TopicChoice> topics, int size, int seconds, String errorKey);

        static native TemplateInstance host(GameView view, String joinUrl, String joinQr);
    }

    private final GameHost host;
    private final GameViews views;
    private final GameResults results;
    private final Caller caller;
    private final java.util.Optional<URI> publicUrl;

    /**
     * @param publicUrl where learners reach the app ({@code quiz.public-url}, e.g. https://on-tap.example.vn/): the
     *                  join link and QR code use it; without it they use the address the host's request came to,
     *                  which behind a proxy may be one learners cannot reach
     */
    public GamePages(GameHost host, GameViews views, GameResults results, Caller caller,
                     @org.eclipse.microprofile.config.inject.ConfigProperty(name = "quiz.public-url")
                     java.util.Optional<URI> publicUrl) {
        this.publicUrl = publicUrl;
        this.host = host;
        this.views = views;
        this.results = results;
        this.caller = caller;
    }

    @GET
    public Response form() {
        return teacher("/host").orElseGet(() -> page(Templates.create(topics("mixed"), 10, 20, null), 200));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(@RestForm String topic, @RestForm String size, @RestForm String seconds) {
        var away = teacher("/host");
        if (away.isPresent()) {
            return away.get();
        }
        Integer n = number(size);
        Integer s = number(seconds);
        try {
            Game game = host.create(caller.accountId(), new GameHost.NewGame(topic, null, n, s));
            return Response.seeOther(URI.create("/host/" + game.id)).build();
        } catch (ProblemException e) {
            String errorKey = e instanceof ProblemException.Conflict ? "error_no_questions" : "error_settings";
            return page(Templates.create(topics(topic), n == null ? 10 : n, s == null ? 20 : s, errorKey),
                    ErrorResponses.statusOf(e));
        }
    }

    @GET
    @Path("{id}")
    public Response game(@PathParam("id") long id, @Context UriInfo uri) {
        var away = teacher("/host/" + id);
        if (away.isPresent()) {
            return away.get();
        }
        GameView view = views.host(host.find(caller.accountId(), id));
        String joinUrl = jakarta.ws.rs.core.UriBuilder.fromUri(publicUrl.orElse(uri.getBaseUri())).path("play")
                .queryParam("pin", view.pin()).build().toString();
        return page(Templates.host(view, joinUrl, JoinCode.svg(joinUrl)), 200);
    }

    @POST
    @Path("{id}/{action: start|next|pause|resume|end}")
    public Response act(@PathParam("id") long id, @PathParam("action") String action) {
        var away = teacher("/host/" + id);
        if (away.isPresent()) {
            return away.get();
        }
        long me = caller.accountId();
        switch (action) {
            case "start" -> host.start(me, id);
            case "next" -> host.next(me, id);
            case "pause" -> host.pause(me, id);
            case "resume" -> host.resume(me, id);
            default -> host.end(me, id);
        }
        return Response.seeOther(URI.create("/host/" + id)).build();
    }

    @POST
    @Path("{id}/players/{playerId}/remove")
    public Response remove(@PathParam("id") long id, @PathParam("playerId") long playerId) {
        var away = teacher("/host/" + id);
        if (away.isPresent()) {
            return away.get();
        }
        host.remove(caller.accountId(), id, playerId);
        return Response.seeOther(URI.create("/host/" + id)).build();
    }

    @GET
    @Path("{id}/results.csv")
    @Produces("text/csv")
    public Response csv(@PathParam("id") long id) {
        var away = teacher("/host/" + id);
        if (away.isPresent()) {
            return away.get();
        }
        return Response.ok(GameResults.csv(results.of(host.find(caller.accountId(), id))), "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"game-" + id + ".csv\"").build();
    }

    /** Empty for a signed-in teacher; else the way to sign in (or a refusal for a learner). */
    private java.util.Optional<Response> teacher(String next) {
        if (caller.isAnonymous()) {
            return java.util.Optional.of(Response.seeOther(URI.create(ReturnPath.signInFor(next))).build());
        }
        if (!caller.isTeacher()) {
            throw ProblemException.notPermitted(new Say("Chỉ giáo viên tổ chức trò chơi",
                    "Only teachers host games"));
        }
        return java.util.Optional.empty();
    }

    private static List<TopicChoice> topics(String selected) {
        return QuizTopics.ALL.stream().map(t -> new TopicChoice(t, "topic_" + QuizTopics.key(t), t.equals(selected)))
                .toList();
    }

    private static Integer number(String text) {
        try {
            return text == null || text.isBlank() ? null : Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static Response page(TemplateInstance page, int status) {
        return Response.status(status).entity(page).header("Cache-Control", "no-store").build();
    }
}
