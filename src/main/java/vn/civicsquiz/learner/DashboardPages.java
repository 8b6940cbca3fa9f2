package vn.civicsquiz.learner;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;

import java.net.URI;
import java.util.List;

/** The learner's dashboard (scores, mastery, streak, weakest facts) and the opt-in leaderboard. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class DashboardPages {

    /** The learner's leaderboard choice as the form shows it. */
    public record BoardSettings(boolean signedIn, boolean onBoard, String nickname) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance dashboard(Progress progress, ScoreChart chart, BoardSettings board,
                                                 String status);

        static native TemplateInstance leaderboard(List<Leaderboard.Row> rows, boolean signedIn);
    }

    private final CurrentLearner current;
    private final ProgressService progress;
    private final Leaderboard leaderboard;

    public DashboardPages(CurrentLearner current, ProgressService progress, Leaderboard leaderboard) {
        this.current = current;
        this.progress = progress;
        this.leaderboard = leaderboard;
    }

    @GET
    @Path("dashboard")
    public Response dashboard(@QueryParam("saved") boolean saved, @QueryParam("invalid") boolean invalid,
                              @QueryParam("taken") boolean taken) {
        Progress mine = current.find().map(l -> progress.of(l.learnerId())).orElseGet(progress::empty);
        ScoreChart chart = ScoreChart.of(mine.history().stream().map(Progress.ScorePoint::percent).toList());
        BoardSettings board = current.find().map(l -> (Learner) Learner.findById(l.learnerId()))
                .map(l -> new BoardSettings(l.accountId != null, l.onLeaderboard, l.nickname == null ? "" : l.nickname))
                .orElse(new BoardSettings(current.accountId() != null, false, ""));
        String status = saved ? "leaderboard_saved" : invalid ? "nickname_invalid" : taken ? "nickname_taken" : null;
        return Response.ok(Templates.dashboard(mine, chart, board, status)).header("Cache-Control", "no-store").build();
    }

    @POST
    @Path("dashboard/leaderboard")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response chooseLeaderboard(@RestForm boolean onBoard, @RestForm String nickname) {
        if (current.accountId() == null) {
            return Response.seeOther(URI.create("/signup")).build();
        }
        LearnerRef learner = current.require();
        String outcome = switch (leaderboard.choose(learner.learnerId(), onBoard, nickname)) {
            case SAVED -> "saved";
            case INVALID -> "invalid";
            case TAKEN -> "taken";
        };
        return Response.seeOther(URI.create("/dashboard?" + outcome + "=true#leaderboard")).build();
    }

    @GET
    @Path("leaderboard")
    public TemplateInstance leaderboard() {
        Long learnerId = current.find().map(LearnerRef::learnerId).orElse(null);
        return Templates.leaderboard(leaderboard.top(learnerId), current.accountId() != null);
    }
}
