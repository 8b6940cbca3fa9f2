package vn.civicsquiz.learner;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;
import vn.civicsquiz.platform.security.Caller;
import vn.civicsquiz.platform.security.ClientAddress;
import vn.civicsquiz.platform.security.SessionMarks;

import java.net.URI;
import java.time.Instant;

/**
 * A signed-in user changes their own password (form with the CSRF token, current password and new one). Every
 * other session of the account ends; the browser that changed it stays signed in.
 */
@Path("/account/password")
@Produces(MediaType.TEXT_HTML)
public class PasswordPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance password(boolean changed, boolean first, String errorKey);
    }

    private final AccountService accounts;
    private final Caller caller;
    private final RoutingContext http;

    public PasswordPages(AccountService accounts, Caller caller, RoutingContext http) {
        this.accounts = accounts;
        this.caller = caller;
        this.http = http;
    }

    @GET
    public Response form(@QueryParam("changed") boolean changed, @QueryParam("first") boolean first) {
        if (caller.accountId() == null) {
            return Response.seeOther(URI.create("/login")).build();
        }
        return Response.ok(Templates.password(changed, first && !changed, null)).header("Cache-Control", "no-store").build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response change(@RestForm String currentPassword, @RestForm String newPassword) {
        Long accountId = caller.accountId();
        if (accountId == null) {
            return Response.seeOther(URI.create("/login")).build();
        }
        try {
            Instant from = accounts.changePassword(accountId, currentPassword, newPassword,
                    ClientAddress.of(http));
            SessionMarks.issue(http, caller.username(), from); // this browser keeps its session, the others end
            return Response.seeOther(URI.create("/account/password?changed=true")).build();
        } catch (AccountException e) {
            return Response.status(400).entity(Templates.password(false, false, "error_" + e.field() + "_" + e.reason()))
                    .header("Cache-Control", "no-store").build();
        }
    }
}
