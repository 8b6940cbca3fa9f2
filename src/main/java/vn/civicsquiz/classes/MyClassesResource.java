package vn.civicsquiz.classes;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.civicsquiz.learner.Role;
import vn.civicsquiz.platform.problem.Problem;
import vn.civicsquiz.platform.security.Caller;

import java.util.List;

/** A learner joins classes and sees what their classes were assigned. */
@Path("/api/v1/me")
@RolesAllowed(Role.LEARNER)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Classes")
public class MyClassesResource {

    private final ClassService classes;
    private final Caller caller;

    public MyClassesResource(ClassService classes, Caller caller) {
        this.classes = classes;
        this.caller = caller;
    }

    @POST
    @Path("classes/join")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Join a class with the code the teacher gave", description = "Joining twice is harmless.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = JoinInput.class),
            examples = @ExampleObject(name = "code", value = "{\"code\": \"K7QW2MZP\"}")))
    @APIResponse(responseCode = "200", description = "Member of the class",
            content = @Content(schema = @Schema(implementation = ClassView.class)))
    @APIResponse(responseCode = "400", description = "Not shaped like a join code",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No class has that code",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ClassView join(JoinInput input) {
        return classes.join(accountId(), input == null ? null : input.code());
    }

    @GET
    @Path("assignments")
    @Operation(summary = "Quizzes assigned to the learner's classes, nearest deadline first")
    public List<AssignmentView> assignments() {
        return classes.assignmentsOfMember(accountId());
    }

    private long accountId() {
        return caller.accountId();
    }
}
