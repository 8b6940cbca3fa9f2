package vn.civicsquiz.learner.habit;

import jakarta.ws.rs.Consumes;
import vn.civicsquiz.platform.problem.Say;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.civicsquiz.learner.CurrentLearner;
import vn.civicsquiz.learner.LearnerRef;
import vn.civicsquiz.platform.problem.ProblemException;

/** The current learner's daily goal, XP, level and last four weeks (HTTP Basic, or a guest with X-Guest-Token). */
@Path("/api/v1/me/habit")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Learner quizzes")
@SecurityRequirement(name = "basic")
@SecurityRequirement(name = "guest")
public class HabitApi {

    /** @param dailyGoal questions a day, 5–200 */
    public record GoalInput(Integer dailyGoal) {
    }

    private final CurrentLearner current;
    private final HabitService habits;

    public HabitApi(CurrentLearner current, HabitService habits) {
        this.current = current;
        this.habits = habits;
    }

    @GET
    @Operation(summary = "Daily goal and today's answers, XP (10 per right answer, 20 per finished quiz), level, "
            + "and answers per day over the last four weeks")
    public Habit get() {
        return current.find().map(l -> habits.of(l.learnerId())).orElseGet(habits::empty);
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Set the daily goal", description = "Body: {\"dailyGoal\": 30}, a whole number from 5 to 200.")
    public Habit setGoal(GoalInput input) {
        if (input == null || input.dailyGoal() == null) {
            throw ProblemException.badRequest(new Say("Cần có dailyGoal: một số nguyên từ 5 đến 200",
                    "dailyGoal is required: a whole number from 5 to 200"),
                    ProblemException.fault("dailyGoal", "bắt buộc, số nguyên từ 5 đến 200",
                            "required, a whole number from 5 to 200"));
        }
        long learnerId = learner().learnerId();
        habits.setGoal(learnerId, input.dailyGoal());
        return habits.of(learnerId);
    }

    /** An account always has a learner; a guest has one once it started a quiz. */
    private LearnerRef learner() {
        if (current.accountId() != null) {
            return current.require();
        }
        return current.find().orElseThrow(() -> new ProblemException.NotFound(new Say(
                "Chưa có tiến độ nào: hãy bắt đầu một bài ôn tập trước", "No progress yet: start a quiz first")));
    }
}
