package vn.civicsquiz.learner;

import io.quarkus.qute.CheckedTemplate;
import vn.civicsquiz.platform.problem.Say;
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

import vn.civicsquiz.platform.problem.ProblemException;
import vn.civicsquiz.quiz.QuizMode;
import vn.civicsquiz.quiz.QuizSettings;
import vn.civicsquiz.quiz.QuizTopics;

import java.net.URI;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Optional;
import java.util.List;

/** The learner's dashboard (scores, mastery, streak, weakest facts) and the opt-in leaderboard. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class DashboardPages {

    /** The learner's leaderboard choice as the form shows it. */
    public record BoardSettings(boolean signedIn, boolean onBoard, String nickname) {
    }

    /**
     * The score chart's filter as the form shows it: a topic and a mode, empty for all.
     *
     * @param any whether the learner has finished any attempt at all (else there is nothing to filter)
     */
    public record HistoryFilter(String topic, String mode, boolean any) {

        public boolean active() {
            return !topic.isEmpty() || !mode.isEmpty();
        }

        public List<String> topics() {
            return QuizTopics.ALL;
        }

        public List<String> modes() {
            return Arrays.stream(QuizMode.values()).map(QuizMode::name).toList();
        }

        public String topicKey(String value) {
            return "topic_" + QuizTopics.key(value);
        }

        public String modeKey(String value) {
            return "mode_" + value;
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance dashboard(Progress progress, ScoreChart chart, HistoryFilter filter,
                                                 BoardSettings board, String status);

        static native TemplateInstance leaderboard(Leaderboard.Board board, List<Leaderboard.ClassChoice> classes,
                                                   String className, boolean signedIn);
    }

    private final CurrentLearner current;
    private final ProgressService progress;
    private final Leaderboard leaderboard;
    private final ZoneId zone;

    public DashboardPages(CurrentLearner current, ProgressService progress, Leaderboard leaderboard,
                          QuizSettings settings) {
        this.current = current;
        this.progress = progress;
        this.leaderboard = leaderboard;
        this.zone = settings.studyZone();
    }

    @GET
    @Path("dashboard")
    public Response dashboard(@QueryParam("saved") boolean saved, @QueryParam("invalid") boolean invalid,
                              @QueryParam("taken") boolean taken,
                              @QueryParam("topic") String topic, @QueryParam("mode") String mode) {
        String chosenTopic = topic == null ? "" : topic.strip();
        String chosenMode = mode == null ? "" : mode.strip();
        if (!chosenTopic.isEmpty() && !QuizTopics.known(chosenTopic)) {
            throw ProblemException.badRequest(new Say("topic phải là một trong " + QuizTopics.ALL,
                    "topic must be one of " + QuizTopics.ALL));
        }
        Optional<QuizMode> quizMode = QuizMode.parse(chosenMode);
        if (!chosenMode.isEmpty() && quizMode.isEmpty()) {
            throw ProblemException.badRequest(new Say("mode phải là practice hoặc test",
                    "mode must be practice or test"));
        }
        Optional<LearnerRef> learner = current.find();
        Progress mine = learner.map(l -> progress.of(l.learnerId())).orElseGet(progress::empty);
        HistoryFilter filter = new HistoryFilter(chosenTopic, chosenMode, !mine.history().isEmpty());
        List<Progress.ScorePoint> shown = filter.any() && filter.active()
                ? progress.history(learner.orElseThrow().learnerId(),
                        chosenTopic.isEmpty() ? null : chosenTopic, quizMode.orElse(null))
                : mine.history();
        ScoreChart chart = ScoreChart.of(shown, zone);
        BoardSettings board = current.find().map(l -> (Learner) Learner.findById(l.learnerId()))
                .map(l -> new BoardSettings(l.accountId != null, l.onLeaderboard, l.nickname == null ? "" : l.nickname))
                .orElse(new BoardSettings(current.accountId() != null, false, ""));
        String status = saved ? "leaderboard_saved" : invalid ? "nickname_invalid" : taken ? "nickname_taken" : null;
        return Response.ok(Templates.dashboard(mine, chart, filter, board, status)).header("Cache-Control", "no-store").build();
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

    /** @param period "week" for this week, else all time; @param classId a class of the learner's, or none */
    @GET
    @Path("leaderboard")
    public TemplateInstance leaderboard(@QueryParam("period") String period, @QueryParam("class") String classId) {
        Long learnerId = current.find().map(LearnerRef::learnerId).orElse(null);
        Long accountId = current.accountId();
        List<Leaderboard.ClassChoice> classes = leaderboard.classesOf(accountId);
        Long chosen = LeaderboardApi.classId(classId);
        Leaderboard.Board board = leaderboard.board(learnerId, accountId, Leaderboard.Period.parse(period), chosen);
        String className = classes.stream().filter(c -> chosen != null && c.id() == chosen)
                .map(Leaderboard.ClassChoice::name).findFirst().orElse(null);
        return Templates.leaderboard(board, classes, className, accountId != null);
    }
}
