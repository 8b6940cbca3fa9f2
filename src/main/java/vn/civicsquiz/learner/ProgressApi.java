package vn.civicsquiz.learner;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The current learner's progress (signed in with HTTP Basic, or a guest with X-Guest-Token). */
@Path("/api/v1/me/progress")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Learner quizzes")
@SecurityRequirement(name = "basic")
@SecurityRequirement(name = "guest")
public class ProgressApi {

    private final CurrentLearner current;
    private final ProgressService progress;

    public ProgressApi(CurrentLearner current, ProgressService progress) {
        this.current = current;
        this.progress = progress;
    }

    @GET
    @Operation(summary = "Scores, mastery per topic, study streak and weakest facts",
            description = "A learner who has not answered anything yet gets an empty progress, not an error.")
    public Progress get() {
        return current.find().map(l -> progress.of(l.learnerId()))
                .orElseGet(progress::empty);
    }
}
