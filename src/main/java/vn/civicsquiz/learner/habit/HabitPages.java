package vn.civicsquiz.learner.habit;

import jakarta.ws.rs.Consumes;
import vn.civicsquiz.platform.problem.Say;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;
import vn.civicsquiz.learner.CurrentLearner;
import vn.civicsquiz.platform.problem.ProblemException;

import java.net.URI;

/** The daily goal form of the home page. */
@Path("/habit")
public class HabitPages {

    private final CurrentLearner current;
    private final HabitService habits;

    public HabitPages(CurrentLearner current, HabitService habits) {
        this.current = current;
        this.habits = habits;
    }

    @POST
    @Path("goal")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response setGoal(@RestForm String goal) {
        int value;
        try {
            value = Integer.parseInt(goal == null ? "" : goal.strip());
        } catch (NumberFormatException e) {
            throw ProblemException.badRequest(new Say("goal phải là số nguyên từ 5 đến 200",
                    "goal must be a whole number from 5 to 200"));
        }
        habits.setGoal(current.require().learnerId(), value);
        return Response.seeOther(URI.create("/#habit")).build();
    }
}
