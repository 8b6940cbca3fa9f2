package vn.civicsquiz.teacher.accounts;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.civicsquiz.learner.Role;
import vn.civicsquiz.platform.access.Permissions;
import vn.civicsquiz.platform.security.Caller;
import vn.civicsquiz.platform.problem.Problem;
import vn.civicsquiz.platform.problem.QueryParams;

/** Teachers manage learner and teacher accounts. */
@Path("/api/v1/accounts")
@RolesAllowed(Role.TEACHER)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Accounts")
public class AccountResource {

    private final AccountAdmin admin;
    private final Permissions permissions;
    private final Caller caller;

    private final QueryParams params;

    public AccountResource(AccountAdmin admin, Permissions permissions, Caller caller, QueryParams params) {
        this.params = params;
        this.admin = admin;
        this.permissions = permissions;
        this.caller = caller;
    }

    private long caller() {
        return caller.accountId();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a learner or teacher account", description = "Teacher accounts only by an "
            + "administrator")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = AccountInput.class), examples = @ExampleObject(name = "learner", value = """
            {"username": "lan.nguyen", "password": "mật-khẩu-đủ-dài", "role": "learner",
             "displayName": "Nguyễn Thị Lan"}""")))
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(schema = @Schema(implementation = AccountView.class)))
    @APIResponse(responseCode = "400", description = "A field is not valid", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "invalid", value = """
                    {"type": "about:blank", "title": "Yêu cầu không hợp lệ", "status": 400,
                     "detail": "Tài khoản không hợp lệ", "instance": "/api/v1/accounts",
                     "errors": [{"field": "role", "message": "learner hoặc teacher"}]}""")))
    @APIResponse(responseCode = "409", description = "The username is taken",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response create(AccountInput input, UriInfo uri) {
        if (input != null && input.role() != null) {
            permissions.mayCreateAccount(caller(), input.role());
        }
        AccountView created = admin.create(input);
        permissions.recordCreator(created.id(), caller());
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .entity(created).build();
    }

    @GET
    @Operation(summary = "Accounts by username, a page at a time", description = "An administrator sees every "
            + "account; another teacher their own and the learners they created or who are in their classes")
    public AccountPage list(@Parameter(description = "learner or teacher") @QueryParam("role") String role,
                            @Parameter(description = "0-based", example = "0") @QueryParam("page") String page,
                            @Parameter(description = "1 to 200", example = "50") @QueryParam("size") String size) {
        return admin.list(role == null || role.isBlank() ? null : role.strip(),
                params.intIn(page, 0, 0, 1_000_000, "page"), params.intIn(size, 50, 1, 200, "size"),
                permissions.visibleAccounts(caller()));
    }

    @PUT
    @Path("{id}/password")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Set a new password for an account", description = "Another teacher's only by an "
            + "administrator")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = PasswordInput.class),
            examples = @ExampleObject(name = "password", value = "{\"password\": \"mật-khẩu-mới-2025\"}")))
    @APIResponse(responseCode = "204", description = "Changed; the old password no longer works")
    @APIResponse(responseCode = "400", description = "Password shorter than 8 or longer than 72 bytes",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such account",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response resetPassword(@PathParam("id") long id, PasswordInput input) {
        permissions.mayResetPassword(caller(), id);
        admin.resetPassword(id, input);
        return Response.noContent().build();
    }
}
