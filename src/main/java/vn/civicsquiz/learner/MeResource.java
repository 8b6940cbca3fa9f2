package vn.civicsquiz.learner;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.civicsquiz.platform.security.Caller;

/** Who the API caller is: lets a client check its credentials. */
@Path("/api/v1/me")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Accounts")
public class MeResource {

    public record Me(long id, String username, String role) {
    }

    private final Caller caller;

    public MeResource(Caller caller) {
        this.caller = caller;
    }

    @GET
    @Authenticated
    @Operation(summary = "The signed-in account (HTTP Basic)")
    public Me me() {
        Long id = caller.accountId();
        String role = caller.isTeacher() ? Role.TEACHER : Role.LEARNER;
        return new Me(id, caller.username(), role);
    }
}
