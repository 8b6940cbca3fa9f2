package vn.civicsquiz.learner;

import io.quarkus.security.Authenticated;
import vn.civicsquiz.platform.problem.Say;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.civicsquiz.platform.problem.Problem;
import vn.civicsquiz.platform.problem.ProblemException;
import vn.civicsquiz.platform.security.Caller;
import vn.civicsquiz.platform.security.ClientAddress;
import io.vertx.ext.web.RoutingContext;

import java.util.List;

/** Who the API caller is: lets a client check its credentials. */
@Path("/api/v1/me")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Accounts")
public class MeResource {

    public record Me(long id, String username, String role) {
    }

    /** A password change by the account holder. */
    public record PasswordChange(@Schema(example = "mật khẩu hiện tại") String currentPassword,
                                 @Schema(example = "một cụm từ mới đủ dài 2025",
                                         description = "10 characters to 72 bytes, not a common password")
                                 String newPassword) {
    }

    private final Caller caller;
    private final AccountService accounts;
    private final RoutingContext http;

    public MeResource(Caller caller, AccountService accounts, RoutingContext http) {
        this.caller = caller;
        this.accounts = accounts;
        this.http = http;
    }

    @GET
    @Authenticated
    @Operation(summary = "The signed-in account (HTTP Basic)")
    public Me me() {
        Long id = caller.accountId();
        String role = caller.isTeacher() ? Role.TEACHER : Role.LEARNER;
        return new Me(id, caller.username(), role);
    }

    @PUT
    @Path("password")
    @Authenticated
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change my password", description = "Needs the current password; ends every browser "
            + "session of the account, on every instance.")
    @APIResponse(responseCode = "204", description = "Changed")
    @APIResponse(responseCode = "400", description = "The current password is wrong or the new one is not acceptable",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public void changePassword(PasswordChange change) {
        try {
            accounts.changePassword(caller.accountId(), change == null ? null : change.currentPassword(),
                    change == null ? null : change.newPassword(), ClientAddress.of(http));
        } catch (AccountException e) {
            String field = "password".equals(e.field()) ? "newPassword" : e.field();
            Say expected = switch (e.reason()) {
                case "wrong" -> new Say("không phải mật khẩu hiện tại của tài khoản",
                        "not the account's current password");
                case "short" -> new Say("cần ít nhất " + PasswordPolicy.MIN_LENGTH + " ký tự",
                        "at least " + PasswordPolicy.MIN_LENGTH + " characters");
                case "long" -> new Say("tối đa " + PasswordPolicy.MAX_BYTES + " byte theo UTF-8",
                        "at most " + PasswordPolicy.MAX_BYTES + " bytes in UTF-8");
                case "common" -> new Say("là một trong những mật khẩu phổ biến nhất; hãy chọn một cụm từ dài hơn của"
                        + " riêng bạn", "one of the most common passwords; choose a longer phrase of your own");
                case "same" -> new Say("trùng với mật khẩu hiện tại", "the same as the current password");
                default -> Say.same(e.reason());
            };
            throw ProblemException.badRequest(new Say("Mật khẩu chưa được đổi", "The password was not changed"),
                    ProblemException.fault(field, expected));
        }
    }
}
