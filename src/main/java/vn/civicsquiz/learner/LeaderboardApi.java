package vn.civicsquiz.learner;

import jakarta.ws.rs.GET;
import vn.civicsquiz.platform.problem.Say;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.civicsquiz.platform.problem.ProblemException;

import java.time.OffsetDateTime;
import java.util.List;

/** The leaderboard as the learner pages show it (signed in with HTTP Basic, or a guest with X-Guest-Token). */
@Path("/api/v1/me/leaderboard")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Learner quizzes")
@SecurityRequirement(name = "basic")
@SecurityRequirement(name = "guest")
public class LeaderboardApi {

    /**
     * @param period    "week" or "all"
     * @param classId   the class whose members are ranked, or null for every learner
     * @param weekStart Monday 00:00 (Asia/Ho_Chi_Minh) of this week, for the weekly board
     * @param classes   the classes the learner may rank among
     */
    public record BoardDto(String period, Long classId, OffsetDateTime weekStart, List<Leaderboard.Row> rows,
                           List<Leaderboard.ClassChoice> classes) {
    }

    private final CurrentLearner current;
    private final Leaderboard leaderboard;

    public LeaderboardApi(CurrentLearner current, Leaderboard leaderboard) {
        this.current = current;
        this.leaderboard = leaderboard;
    }

    @GET
    @Operation(summary = "Leaderboard, all time or this week, of every learner or of one of the learner's classes",
            description = "Only learners who opted in appear. All time counts the different questions a learner ever"
                    + " answered right; a week, those answered right since Monday 00:00 Asia/Ho_Chi_Minh. A class"
                    + " the learner is not a member of is 404.")
    public BoardDto get(@Parameter(description = "week or all (default)") @QueryParam("period") String period,
                        @Parameter(description = "id of one of the learner's classes") @QueryParam("class") String classId) {
        if (period != null && !period.equals("week") && !period.equals("all")) {
            throw ProblemException.badRequest(new Say("period phải là week hoặc all",
                    "period must be week or all"), ProblemException.fault("period", "week hoặc all", "week or all"));
        }
        Long learnerId = current.find().map(LearnerRef::learnerId).orElse(null);
        Long accountId = current.accountId();
        Leaderboard.Board board = leaderboard.board(learnerId, accountId, Leaderboard.Period.parse(period),
                classId(classId));
        return new BoardDto(board.period().name(), board.classId(), board.weekStart(), board.rows(),
                leaderboard.classesOf(accountId));
    }

    /** A class id as given in a query, or null for none; anything but a number is a 400. */
    static Long classId(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw ProblemException.badRequest(new Say("class phải là mã số của một lớp",
                    "class must be a class id"), ProblemException.fault("class", "mã số của một lớp", "a class id"));
        }
    }
}
